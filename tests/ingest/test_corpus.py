"""Conformance with the facts the peers' tests state (shared/corpus/peers/EXPECTED.md)."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from moddesk.ingest import NotAChatExport, parse_path, parse_telegram_account

pytestmark = pytest.mark.corpus
WJ = "starkdmi__whats_json/test/data"
IOS_LANGS = ["arabic2", "arabic", "czech", "deutch", "english", "french", "hindi", "indonesian", "italian",
             "japanese", "portugal", "russian", "spanish", "thai", "ukrainian", "vietnamese"]
CHAT_MINER_TARGET = [
    (datetime(2019, 1, 1, 11, 25), "John Doe", "Lorem ipsum dolor sit amet."),
    (datetime(2019, 1, 30, 20, 49), "Jahn Doe", None),
    (datetime(2020, 6, 10, 15, 55), "John-John Doe", "Lorem ipsum : dolor sit amet."),
    (datetime(2021, 12, 10, 10, 10), "John Doe 🤓", "Lorem ipsum 🤓"),
    (datetime(2021, 12, 20, 12, 10), "🤓", "Lorem ipsum 🤓"),
    (datetime(2021, 12, 30, 22, 1), "John Doe", None),
]


def _kinds(path: Path) -> Counter[str]:
    return Counter(m.kind for m in parse_path(path).messages)


@pytest.mark.parametrize("name", ["test_ddmmyy_24hrs", "test_mmddyy_24hrs", "test_mmddyyyy_12hrs",
                                  "test_yyyymmdd_24hrs", "test_[mmddyy]_24hrs"])
def test_chat_miner_five_formats_give_the_same_messages(corpus: Path, name: str) -> None:
    export = parse_path(corpus / "joweich__chat-miner/test/whatsapp" / f"{name}.txt")
    texts = [m for m in export.messages if m.kind == "text" and m.text != "."]
    assert len(texts) == 6
    for msg, (when, author, text) in zip(texts, CHAT_MINER_TARGET):
        assert (msg.timestamp, msg.author) == (when, author)
        if text:
            assert msg.text == text
        else:
            assert "\n" in msg.text  # two-line message: we keep the line break
    assert [m.system_kind for m in export.messages if m.kind == "system"].count("add") >= 1


@pytest.mark.parametrize("lang", IOS_LANGS)
def test_whats_json_ios_languages(corpus: Path, lang: str) -> None:
    export = parse_path(corpus / WJ / "languages" / f"{lang}_ios.txt")
    kinds = Counter(m.kind for m in export.messages)
    assert len(export.messages) == 23
    assert (kinds["text"], kinds["location"]) == (4, 2)
    assert kinds["system"] + kinds["media"] + kinds["deleted"] + kinds["contact"] == 17
    assert export.messages[0].timestamp.replace(second=0) == datetime(2022, 3, 18, 14, 56)
    assert export.messages[-1].timestamp.replace(second=0) == datetime(2022, 3, 27, 21, 56)


def test_whats_json_ios_media(corpus: Path) -> None:
    export = parse_path(corpus / WJ / "languages/english_ios_media.txt")
    kinds = Counter(m.kind for m in export.messages)
    assert (len(export.messages), kinds["text"], kinds["location"]) == (25, 4, 2)
    names = {m.attachment for m in export.messages if m.attachment}
    assert {"00000035-PHOTO-2022-03-27-21-41-55.jpg", "00000057-VIDEO-2022-03-27-21-55-12.mp4",
            "00000038-AUDIO-2022-03-27-21-44-47.opus", "00000051-GIF-2022-03-27-21-51-57.mp4",
            "00000046-Some file.txt", "00000047-Resume-Dmitry-Starkov.pdf", "00000048-Template.docx",
            "00000042-TR.vcf", "00000043-STICKER-2022-03-27-21-49-16.webp"} <= names
    assert [m.system_kind for m in export.messages if m.kind == "system"].count("security_code") == 2
    assert export.messages[-1].timestamp == datetime(2023, 1, 7, 23, 32, 30)
    assert "image omitted" not in [m.text for m in export.messages if m.kind == "text"]


@pytest.mark.parametrize("lang", ["czech", "english", "russian"])
def test_whats_json_android_no_media(corpus: Path, lang: str) -> None:
    kinds = _kinds(corpus / WJ / "languages" / f"{lang}_android.txt")
    assert (sum(kinds.values()), kinds["text"], kinds["location"], kinds["contact"]) == (60, 15, 3, 2)
    assert kinds["system"] + kinds["media"] + kinds["deleted"] == 40


def test_whats_json_android_media(corpus: Path) -> None:
    export = parse_path(corpus / WJ / "languages/english_android_media.txt")
    kinds = Counter(m.kind for m in export.messages)
    assert (len(export.messages), kinds["text"], kinds["location"]) == (60, 15, 3)
    assert export.messages[0].timestamp == datetime(2022, 3, 23, 13, 31)
    assert export.messages[1].timestamp == datetime(2022, 3, 18, 14, 56)
    assert export.messages[-1].timestamp == datetime(2023, 1, 7, 23, 32)


def test_whats_json_dmitry_s(corpus: Path) -> None:
    export = parse_path(corpus / WJ / "chats_unique/WhatsApp Chat - Dmitry S.txt")
    stamps = [m.timestamp for m in export.messages]
    assert (len(export.messages), min(stamps), max(stamps)) == (
        23, datetime(2022, 3, 18, 14, 56, 1), datetime(2022, 3, 27, 21, 56, 46))
    # 1648418010 s = 2022-03-27 21:53:30 (the export's wall time).
    assert any((m.author, m.text, m.timestamp) == ("Dmitry S", "Hello World", datetime(2022, 3, 27, 21, 53, 30))
               for m in export.messages)
    texts = [m.text for m in export.messages if m.kind == "text"]
    assert texts.count("Hello World") == 2 and "😊" in texts
    locations = [m.text for m in export.messages if m.kind == "location"]
    assert "https://maps.google.com/?q=51.5021456,-0.127397" in locations[-1]
    assert any(t.startswith("Pimlico Gardens (London, United Kingdom)") for t in locations)


def test_whats_json_group_and_broken_files(corpus: Path) -> None:
    unique = corpus / WJ / "chats_unique"
    assert len(parse_path(next(unique.glob("WhatsApp Chat - Bad*.txt"))).messages) == 8
    football = parse_path(unique / "WhatsApp Chat - Group_NoMedia Football Sunday 10am.txt")
    assert len(football.messages) == 12
    long_one = next(m for m in football.messages if m.timestamp == datetime(2022, 2, 1, 18, 13, 27))
    assert long_one.author == "+90\u00a0514\u00a0771\u00a005\u00a038" and len(long_one.text.split("\n")) == 8
    assert [m.kind for m in parse_path(unique / "WhatsApp Chat - Group_NoMedia 2017.txt").messages
            ].count("text") == 3
    assert [m.kind for m in parse_path(unique / "WhatsApp Chat - Group_NoMedia 2019 RU.txt").messages
            ].count("text") == 12


def test_whats_json_calendars(corpus: Path) -> None:
    for name in ("Buddhist iOS.txt", "Japanese iOS.txt", "Gregorian iOS.txt"):
        export = parse_path(corpus / WJ / "calendars" / name)
        assert export.messages[0].timestamp.date() == datetime(2022, 3, 18).date()


def test_whatsr_fixtures_have_fifty_rows(corpus: Path) -> None:
    for path in sorted((corpus / "gesiscss__WhatsR/inst").glob("*.txt")):
        export = parse_path(path)
        assert len(export.messages) == 50, path.name
        assert export.messages[0].timestamp.date() == datetime(2018, 1, 29).date(), path.name
        assert any(m.attachment == "PTT-20180129-WA0025.opus" for m in export.messages), path.name


def test_pustur_samples(corpus: Path) -> None:
    root = corpus / "Pustur__whatsapp-chat-parser"
    short = parse_path(root / "@75f11bd/samples/short-chat.txt")
    assert len(short.messages) == 5
    assert short.messages[0].kind == "system" and short.messages[0].system_kind == "encryption"
    # Pustur's own parser keeps the file's final newline; we do not.
    assert short.messages[-1].text == "How are you?\n\nIs everything alright?"
    assert short.date_order == "mdy"
    with pytest.raises(NotAChatExport, match="empty"):
        parse_path(root / "@75f11bd/samples/empty.txt")
    with pytest.raises(NotAChatExport):
        parse_path(root / "@6e6b662/samples/not-a-whatsapp-chat.txt")


def test_pustur_demo_zip(corpus: Path) -> None:
    export = parse_path(corpus / "Pustur__whatsapp-chat-parser-website/src/assets/whatsapp-chat-parser-example.zip")
    assert export.messages[0].timestamp == datetime(2019, 6, 20, 15, 58, 47)
    assert export.messages[0].kind == "system"
    assert {m.author for m in export.messages if m.author} == {"Loris", "John", "Emily"}
    attached = [m.attachment for m in export.messages if m.attachment]
    assert len(attached) == 4 and all(a in export.attachments for a in attached)
    assert [m.kind for m in export.messages].count("poll") == 1
    assert not any(name.startswith("._") for name in export.attachments)


def test_chat_analytics_whatsapp(corpus: Path) -> None:
    root = corpus / "mlomb__chat-analytics/tests/samples/whatsapp"
    two = parse_path(root / "2A_5M.txt")
    assert [m.author for m in two.messages] == ["A", "B", "A", "B", "A"]
    assert two.messages[3].kind == "media" and two.messages[4].text == "This message should be reordered"
    for name in ("4A_11M.txt", "4A_11M.zip"):
        export = parse_path(root / name)
        boiii = next(m for m in export.messages if m.text == "boiii")
        assert (boiii.author, boiii.timestamp) == ("Alice", datetime(2020, 9, 12, 23, 55))
        assert {m.author for m in export.messages if m.author} == {"Alice", "Bob", "Eve", "Mallory", "Trent"}
        assert [m.kind for m in export.messages[:3]] == ["system"] * 3


def test_whatstk_samples(corpus: Path) -> None:
    root = corpus / "lucasrodes__whatstk/chats/whatsapp"
    lorem = parse_path(root / "lorem.txt")
    first = lorem.messages[0]
    assert (len(lorem.messages), first.timestamp, first.author, first.text.rstrip()) == (
        500, datetime(2020, 1, 15, 2, 22, 56), "Mary", "Nostrud exercitation magna id.")
    assert len(parse_path(root / "lorem-2000.txt").messages) == 2000
    assert parse_path(root / "lorem-2000.txt").messages[0].author == "+1 123 456 789"
    part1 = parse_path(root / "lorem-merge-part1.txt").messages[0]
    assert (part1.timestamp, part1.author) == (datetime(2019, 10, 20, 10, 16), "John")
    pokemon = parse_path(root / "pokemon.txt").messages
    assert (pokemon[0].timestamp, pokemon[0].kind) == (datetime(2016, 4, 15, 15, 4), "system")
    ash = next(m for m in pokemon if m.text == "Hey guys!")
    assert (ash.author, ash.timestamp) == ("Ash Ketchum", datetime(2016, 8, 6, 13, 23))


def test_whatstk_historical_formats_agree(corpus: Path) -> None:
    root = corpus / "lucasrodes__whatstk/@f0a0af1/tests/chats"
    exports = [parse_path(root / name).messages
               for name in ("example_1.txt", "example_2.txt", "example-12h.txt", "example-12h-2.txt")]
    contents = [[(m.author, (m.text or "").rstrip()) for m in msgs] for msgs in exports]
    assert all(c == contents[0] for c in contents)
    # The 12h copies disagree with the 24h ones on some hours in the files
    # themselves (11:45 vs 11:45 PM), so only the 24h copies are compared.
    assert [m.timestamp for m in exports[0]] == [m.timestamp for m in exports[1]]


def test_chat_miner_historical(corpus: Path) -> None:
    root = corpus / "joweich__chat-miner/@71990a9/test/whatsapp"
    two = parse_path(root / "test_dateformat2.txt").messages
    assert {m.timestamp for m in two} >= {datetime(2019, 12, 24, 11, 30), datetime(2019, 9, 24, 23, 30)}
    three = parse_path(root / "test_dateformat3.txt").messages
    assert {m.timestamp for m in three} >= {datetime(2022, 12, 21, 17, 2), datetime(2022, 12, 14, 13, 34)}
    four = parse_path(root / "test_dateformat4.txt").messages
    assert [m.timestamp for m in four] == [datetime(2022, 10, 9, 23, 37), datetime(2022, 10, 10, 12, 37),
                                           datetime(2022, 10, 11, 13, 37), datetime(2022, 10, 12, 14, 37)]
    for path in (root / "test_dateformat5.txt", corpus / "joweich__chat-miner/@62d255f/test/whatsapp/test_dateformat6.txt"):
        stamps = {m.timestamp for m in parse_path(path).messages}
        assert {datetime(2021, 10, 24, 15, 21, 48), datetime(2021, 10, 21, 15, 21, 45)} <= stamps
    unicode = parse_path(root / "test_unicode.txt").messages
    assert len(unicode) == 3 and all(m.timestamp == datetime(2022, 10, 9, 22, 37) for m in unicode)
    assert len(parse_path(root / "test_dateformat1.txt").messages) == 10
    parse_path(corpus / "joweich__chat-miner/@a7e9d8c/test/whatsapp/testlog.txt")  # mixed: must not crash


def test_telegram_samples(corpus: Path) -> None:
    for name in ("test_single_export.json", "test_batch_export.json"):
        export = parse_path(corpus / "joweich__chat-miner/test/telegram" / name)
        assert [(m.timestamp, m.author) for m in export.messages] == [
            (datetime(2018, 12, 5, 10, 39, 10), "Author 1"), (datetime(2018, 12, 5, 10, 49, 24), "Author 2")]
        assert "Link:" in export.messages[1].text and "https://telegram.org/" in export.messages[1].text
    dm = parse_path(corpus / "mlomb__chat-analytics/tests/samples/telegram/DM_2A_7M.json")
    assert {m.author for m in dm.messages if m.author} == {"Alice", "Bob"}
    assert [m.kind for m in dm.messages].count("media") == 2
    assert dm.messages[1].text == "https://google.com 👀"
    assert len(parse_path(corpus / "mlomb__chat-analytics/tests/samples/telegram/BIG_20A_5475M.json").messages) == 5475
    multi = parse_telegram_account(
        (corpus / "mlomb__chat-analytics/@56e1531/tests/samples/telegram/MultiChat_2C_6M.json").read_bytes())
    assert [e.chat_name for e in multi] == ["Chat One", "Chat Two"]
