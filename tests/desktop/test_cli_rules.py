"""`moddesk rules`: packs listed, exported, edited, re-imported as a new version, checked."""

from __future__ import annotations

from pathlib import Path

from tests.desktop.test_cli_ingest import env, json_lines, run  # noqa: F401 - fixture

CHAT = ("14/03/2024, 09:00 - Olga: Guten Morgen\n"
        "14/03/2024, 09:05 - Joy: Wer kommt zum Flohmarkt? Es gibt Kuchen\n")


def test_list_shows_both_shipped_packs_with_their_rules(env: dict[str, str]) -> None:  # noqa: F811
    packs = {p["pack"]: p for p in json_lines(run(["rules", "list", "--json"], env).stdout)}
    assert set(packs) == {"support-community", "child-protection"}
    assert "urgent-help" in [r["id"] for r in packs["support-community"]["rules"]]
    assert all(p["version"] == 1 for p in packs.values())


def test_an_edited_pack_becomes_a_new_version_and_rescans_history(
        env: dict[str, str], tmp_path: Path) -> None:  # noqa: F811
    chat = tmp_path / "WhatsApp Chat with Nachbarn.txt"
    chat.write_text(CHAT, encoding="utf-8")
    assert run(["import", str(chat)], env).returncode == 0
    assert not [i for i in json_lines(run(["inbox", "--json"], env).stdout) if i["author"] == "Joy"]
    pack = tmp_path / "support.toml"
    exported = run(["rules", "export", str(pack), "--pack", "support-community"], env)
    assert exported.returncode == 0, exported.stderr
    text = pack.read_text(encoding="utf-8")
    # The moderator adds a word to the respectful-conduct keywords of their community.
    marker = 'id = "respectful-conduct"'
    assert marker in text
    head, tail = text.split(marker, 1)
    edited = head + marker + tail.replace('en = [', 'en = ["flohmarkt", ', 1)
    pack.write_text(edited, encoding="utf-8")
    result = run(["rules", "import", str(pack)], env)
    assert result.returncode == 0, result.stderr
    assert "saved as version 2" in result.stderr
    items = json_lines(run(["inbox", "--json"], env).stdout)
    assert [(i["author"], i["rule"]) for i in items if i["author"] == "Joy"] == [
        ("Joy", "respectful-conduct")]


def test_a_broken_pack_is_refused_with_where_and_nothing_changes(
        env: dict[str, str], tmp_path: Path) -> None:  # noqa: F811
    bad = tmp_path / "broken.toml"
    bad.write_text('id = "support-community"\nname = "Broken\n', encoding="utf-8")
    result = run(["rules", "import", str(bad)], env)
    assert result.returncode == 1
    assert "broken.toml" in result.stderr and "Nothing was changed" in result.stderr
    packs = json_lines(run(["rules", "list", "--json"], env).stdout)
    assert all(p["version"] == 1 for p in packs)


def test_export_without_a_pack_name_says_which_exist(env: dict[str, str],
                                                    tmp_path: Path) -> None:  # noqa: F811
    result = run(["rules", "export", str(tmp_path / "x.toml")], env)
    assert result.returncode == 2
    assert "child-protection" in result.stderr and "support-community" in result.stderr
    assert not (tmp_path / "x.toml").exists()
