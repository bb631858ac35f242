"""Time from process start to the unlock dialog: the frozen app against `python -m moddesk`.

Each run is a whole process, launched on a vault that already exists and timed
until the unlock dialog's first paint, where `startup_probe` ends the process.
The frozen app loads the probe itself (`MODDESK_STARTUP_PROBE=1`); the Python
run is `python -c "<load probe>; runpy.run_module('moddesk')" --vault DIR`,
which is `python -m moddesk --vault DIR` with the probe in front. Runs alternate
between the two so drifting machine load hits both alike; one warm-up each is
dropped. Prints the medians and their ratio.

    python3 packaging/measure_start.py [--runs 9] [--bundle dist/moddesk] [--python .venv/bin/python]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bundle_check import isolated_env
from bundle_config import EXE_NAME

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
PASSPHRASE = "measure start time"
TIMEOUT = 120
PROBED_PYTHON = (
    "import sys, runpy; sys.path.insert(0, {packaging!r}); import startup_probe; "
    "startup_probe.install(); runpy.run_module('moddesk', run_name='__main__', alter_sys=True)"
)


class MeasureFailed(Exception):
    """A run did not reach the unlock dialog."""


def make_vault(python: Path, folder: Path, home: Path) -> None:
    """An empty vault, so both apps open on the unlock dialog."""
    secret = home / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    result = subprocess.run([str(python), "-m", "moddesk", "init", "--vault", str(folder),
                             "--passphrase-file", str(secret)],
                            env=isolated_env(home), capture_output=True, text=True, cwd=home)
    if result.returncode != 0:
        raise MeasureFailed(f"could not create the vault: {result.stderr.strip()}")


def time_run(cmd: list[str], env: dict[str, str], cwd: Path) -> float:
    """Seconds from launch until the process ends at the unlock dialog."""
    started = time.perf_counter()
    try:
        result = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True,
                                timeout=TIMEOUT)
    except subprocess.TimeoutExpired as exc:
        raise MeasureFailed(f"{cmd[0]} never showed the unlock dialog "
                            f"(killed after {TIMEOUT} s)") from exc
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise MeasureFailed(f"{cmd[0]} exited {result.returncode} before the unlock dialog: "
                            + result.stderr.strip()[-400:])
    return elapsed


def measure(bundle: Path, python: Path, runs: int) -> dict[str, list[float]]:
    """Alternating timed runs of both; returns the times by name."""
    with tempfile.TemporaryDirectory(prefix="moddesk-measure-") as tmp:
        home = Path(tmp)
        vault = home / "vault"
        make_vault(python, vault, home)
        env = isolated_env(home, MODDESK_STARTUP_PROBE="1")
        commands = {
            "frozen": [str(bundle / EXE_NAME), "--vault", str(vault)],
            "python -m moddesk": [str(python), "-c",
                                  PROBED_PYTHON.format(packaging=str(PACKAGING)),
                                  "--vault", str(vault)],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for index in range(runs + 1):
            for name, cmd in commands.items():
                elapsed = time_run(cmd, env, home)
                if index:  # the first round warms the page cache and is dropped
                    times[name].append(elapsed)
        return times


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / EXE_NAME)
    parser.add_argument("--python", type=Path, default=ROOT / ".venv" / "bin" / "python",
                        help="interpreter with moddesk installed (default: the dev .venv)")
    args = parser.parse_args(argv)
    try:
        times = measure(args.bundle, args.python, args.runs)
    except MeasureFailed as exc:
        print(f"measure_start: FAILED: {exc}", file=sys.stderr)
        return 1
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, values in times.items():
        print(f"{name:>18}: median {medians[name]:.2f} s over {len(values)} runs "
              f"(min {min(values):.2f}, max {max(values):.2f})")
    ratio = medians["frozen"] / medians["python -m moddesk"]
    print(f"start to unlock dialog, frozen / python -m moddesk = {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
