"""The command line: `moddesk [--vault DIR] [--demo] [COMMAND ...]`.

Without a command the desktop app starts. Exit codes: 0 ok, 1 other failure,
2 usage, 3 wrong passphrase, 4 damaged or not a vault. Errors are one line on
stderr; nothing here prints message content.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

import moddesk
from moddesk import (
    cli_inbox,
    cli_incident,
    cli_ingest,
    cli_report,
    cli_rules,
    passphrase_source,
    paths,
)
from moddesk.cases import chain
from moddesk.hardening import harden_process
from moddesk.storage import (
    BadKdfParameters,
    KnownError,
    NotAVault,
    RekeyInterrupted,
    Vault,
    VaultDamaged,
    WrongPassphrase,
    backup_vault,
    create_vault,
    open_vault,
    restore_vault,
    verify_vault,
)

EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_PASSPHRASE, EXIT_DAMAGED = 0, 1, 2, 3, 4
Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, subcommands included."""
    parser = argparse.ArgumentParser(
        prog="moddesk",
        description="ModDesk: an offline, encrypted moderation desk. "
        "Without a command, the desktop app starts.",
    )
    parser.add_argument("--version", action="version", version=f"ModDesk {moddesk.__version__}")
    _add_common(parser)
    parser.add_argument("--demo", action="store_true",
                        help="open a throwaway demo vault (removed on exit)")
    parser.add_argument("--smoke", action="store_true",
                        help="with --demo: open, lock, unlock and quit on its own (for CI)")
    parser.add_argument("--screenshots", metavar="DIR", type=Path,
                        help="with --smoke: save a screenshot of each step into DIR")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in COMMANDS:
        add(sub)
    return parser


def _add_common(parser: argparse.ArgumentParser, *, in_subcommand: bool = False) -> None:
    # In a subcommand the defaults are suppressed, so `moddesk --vault X init`
    # keeps X instead of the subparser resetting it to None.
    default = argparse.SUPPRESS if in_subcommand else None
    parser.add_argument("--vault", metavar="DIR", default=default,
                        help="vault folder (default: $MODDESK_VAULT or the user data folder)")
    parser.add_argument("--passphrase-file", metavar="FILE", type=Path, default=default,
                        help="read the passphrase from the first line of FILE (for scripting)")


def _command(sub: argparse._SubParsersAction, name: str, help_text: str,  # type: ignore[type-arg]
             handler: Handler) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=help_text, description=help_text)
    _add_common(p, in_subcommand=True)
    p.set_defaults(handler=handler)
    return p


def _add_init(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    _command(sub, "init", "create a new, empty vault", _cmd_init)


def _add_passwd(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = _command(sub, "passwd", "change the vault passphrase", _cmd_passwd)
    p.add_argument("--new-passphrase-file", metavar="FILE", type=Path,
                   help="read the new passphrase from FILE (for scripting)")


def _add_backup(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = _command(sub, "backup", "write an encrypted, verified backup to DEST", _cmd_backup)
    p.add_argument("dest", type=Path, metavar="DEST")


def _add_restore(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = _command(sub, "restore", "restore a backup into an empty vault folder", _cmd_restore)
    p.add_argument("src", type=Path, metavar="SRC")


def _add_verify(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    _command(sub, "verify", "check the integrity of every page and the schema", _cmd_verify)


COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [  # type: ignore[type-arg]
    _add_init, _add_passwd, _add_backup, _add_restore, _add_verify, *cli_ingest.COMMANDS,
    *cli_inbox.COMMANDS, *cli_rules.COMMANDS, *cli_incident.COMMANDS, *cli_report.COMMANDS,
]


def main(argv: list[str]) -> int:
    """Parse `argv` and run the command, or the desktop app."""
    args = build_parser().parse_args(argv)
    harden_process()
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        return _run_app(args)
    try:
        return handler(args)
    except passphrase_source.PassphraseUnavailable as exc:
        return _fail(str(exc), EXIT_USAGE)
    except KnownError as exc:
        return _fail(exc.message, exit_code_for(exc))
    except KeyboardInterrupt:
        return _fail("interrupted; nothing was changed", EXIT_FAIL)
    except BrokenPipeError:
        # `moddesk search … | head`: the reader left; that is not an error.
        # Point stdout at nothing so the interpreter's final flush stays quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def exit_code_for(exc: KnownError) -> int:
    """The documented exit code for a known storage error."""
    if isinstance(exc, (WrongPassphrase, RekeyInterrupted)):
        return EXIT_PASSPHRASE
    if isinstance(exc, (VaultDamaged, NotAVault, BadKdfParameters)):
        return EXIT_DAMAGED
    return EXIT_FAIL


def _fail(message: str, code: int) -> int:
    print(f"moddesk: {message}", file=sys.stderr)
    return code


def _vault_dir(args: argparse.Namespace) -> Path:
    return paths.resolve_vault_dir(args.vault)


def _open(args: argparse.Namespace) -> Vault:
    pw = passphrase_source.existing(args.passphrase_file)
    try:
        return open_vault(_vault_dir(args), pw)
    finally:
        pw[:] = bytes(len(pw))


def _cmd_init(args: argparse.Namespace) -> int:
    folder = _vault_dir(args)
    pw = passphrase_source.new(args.passphrase_file)
    try:
        print("Measuring this computer to set the key cost (about a second)...", file=sys.stderr)
        create_vault(folder, pw).close()
    finally:
        pw[:] = bytes(len(pw))
    print(f"Created an empty vault in {folder}.")
    print("Keep the passphrase safe: if it is lost, nobody can recover the vault.")
    return EXIT_OK


def _cmd_passwd(args: argparse.Namespace) -> int:
    vault = _open(args)
    try:
        new = passphrase_source.new(args.new_passphrase_file, env="MODDESK_NEW_PASSPHRASE")
        try:
            chain.change_passphrase(vault, new)
        finally:
            new[:] = bytes(len(new))
    finally:
        vault.close()
    print("Passphrase changed. Backups made before now still open with the old passphrase.")
    return EXIT_OK


def _cmd_backup(args: argparse.Namespace) -> int:
    vault = _open(args)
    try:
        result = backup_vault(vault, args.dest)
    finally:
        vault.close()
    print(f"Backup written and verified: {result.path} ({result.size} bytes, "
          f"content digest {result.digest[:16]}).")
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    folder = _vault_dir(args)
    pw = passphrase_source.existing(args.passphrase_file, prompt="Passphrase of the backup: ")
    try:
        vault, digest = restore_vault(args.src, folder, pw)
    finally:
        pw[:] = bytes(len(pw))
    vault.close()
    print(f"Restored into {folder} (content digest {digest[:16]}).")
    return EXIT_OK


def _cmd_verify(args: argparse.Namespace) -> int:
    vault = _open(args)
    try:
        report = verify_vault(vault)
    finally:
        vault.close()
    for line in report.lines():
        print(line)
    return EXIT_OK if report.ok else EXIT_DAMAGED


def _run_app(args: argparse.Namespace) -> int:
    from moddesk import app, demo

    if args.smoke and not args.demo:
        return _fail("--smoke works only with --demo (it must not touch a real vault)", EXIT_USAGE)
    if not args.demo:
        return app.run_gui(_vault_dir(args))
    folder = demo.make_demo_folder()
    try:
        return app.run_gui(folder / "vault", demo=True, smoke=args.smoke,
                           smoke_shots=args.screenshots)
    finally:
        demo.remove_demo_folder(folder)
