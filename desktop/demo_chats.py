"""Synthetic chat exports for the demo vault, imported through the real importer.

Six groups in the shapes real phones write (`moddesk.demo_texts` holds the
words): a German/English mothers' group (Android, d.m.yy, 24 h), an English
school parents' group (iOS archive, m/d/yy with seconds and a narrow
no-break space before AM/PM) exported twice with a message deleted in
between, a Hindi/Hinglish neighbourhood group (Android, 12 h "pm"), a French
parents' group (Android "à"), a small Arabic carpool group whose dates fit
either day order (so its date order is uncertain), and a Telegram JSON chat.

Dates run up to yesterday, so the demo always looks recent. Everything is
deterministic for a given day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import json
import logging
import random
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import sqlite_utils

from moddesk import demo_texts as texts

log = logging.getLogger("moddesk.demo")
MEDIA, DELETED, EDITED, GONE = "<media>", "<deleted>", " <edited>", "<gone> "
SPAN_DAYS = 60
FIRST_EXPORT_DAYS = 35


@dataclasses.dataclass(frozen=True)
class Line:
    """One message or notice of a demo chat (author None: a system notice)."""

    when: dt.datetime
    author: str | None
    text: str
    edited: bool = False
    gone: bool = False


@dataclasses.dataclass(frozen=True)
class DemoExport:
    """One export file: where it would sit in a folder, and its bytes."""

    path: str
    data: bytes

    @property
    def name(self) -> str:
        """The file name the importer sees."""
        return self.path.rsplit("/", 1)[-1]


# -- script and chatter -------------------------------------------------------------


def parse_script(script: str, start: dt.date) -> list[Line]:
    """The lines of a script (format in `moddesk.demo_texts`), day 0 = `start`."""
    lines: list[Line] = []
    day = start
    for raw in script.strip().splitlines():
        if raw.startswith("@"):
            spec = raw[1:]
            day = dt.date.fromisoformat(spec) if "-" in spec else start + dt.timedelta(int(spec))
        elif raw.startswith("+ "):
            last = lines.pop()
            lines.append(dataclasses.replace(last, text=f"{last.text}\n{raw[2:]}"))
        else:
            lines.append(_script_line(raw, day))
    return lines


def _script_line(raw: str, day: dt.date) -> Line:
    clock, rest = raw.split(" ", 1)
    when = dt.datetime.combine(day, dt.time.fromisoformat(clock))
    if rest.startswith("~ "):
        return Line(when, None, rest[2:])
    author, text = rest.split(": ", 1)
    edited, gone = text.endswith(EDITED), text.startswith(GONE)
    text = text.removesuffix(EDITED).removeprefix(GONE)
    return Line(when, author, text, edited, gone)


Exchange = tuple[tuple[str, str], ...]


def chatter(pool: tuple[Exchange, ...], members: tuple[str, ...], lang: str,
            start: dt.date, days: int, rng: random.Random) -> list[Line]:
    """Everyday exchanges spread over `days`, speakers drawn from `members`."""
    # Each exchange happens at most twice, on random days: real groups do
    # repeat themselves, but not word for word every week.
    picks = rng.sample(pool * 2, len(pool) * 2)
    lines: list[Line] = []
    for exchange, offset in zip(picks, sorted(rng.choices(range(days), k=len(picks)))):
        when = dt.datetime.combine(start + dt.timedelta(offset),
                                   dt.time(rng.randint(7, 20), rng.randint(0, 59)))
        lines.extend(_exchange(exchange, members, lang, when, rng))
    return lines


def _exchange(exchange: Exchange, members: tuple[str, ...], lang: str, when: dt.datetime,
              rng: random.Random) -> Iterator[Line]:
    cast = dict(zip("ABC", rng.sample(members, 3)))
    day = rng.choice(texts.WEEKDAYS[lang])
    for speaker, text in exchange:
        text = text.replace("{wd}", day).replace("{thanks}", rng.choice(texts.THANKS[lang]))
        yield Line(when, cast[speaker], text)
        when += dt.timedelta(minutes=rng.randint(1, 9))


def timeline(script: str, pool: tuple[Exchange, ...], members: tuple[str, ...], lang: str,
             start: dt.date, seed: str) -> list[Line]:
    """Scripted scenes and chatter merged in time order (script first within a minute)."""
    rng = random.Random(seed)
    chat = chatter(pool, members, lang, start, SPAN_DAYS, rng) if pool else []
    return sorted(parse_script(script, start) + chat, key=lambda line: line.when)


# -- WhatsApp text ------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Style:
    """How one phone writes an export: header, placeholders, line ends."""

    header: Callable[[dt.datetime], str]
    media: str
    deleted: str
    edited: str
    system_prefix: str = ""
    newline: str = "\n"


def _hour12(t: dt.datetime) -> tuple[int, str]:
    return (t.hour % 12 or 12), ("AM" if t.hour < 12 else "PM")


def _german(t: dt.datetime) -> str:
    return f"{t.day}.{t.month}.{t.year % 100:02d}, {t:%H:%M} - "


def _us_ios(t: dt.datetime) -> str:
    hour, mer = _hour12(t)
    return f"[{t.month}/{t.day}/{t.year % 100:02d}, {hour}:{t:%M:%S}\u202f{mer}] "


def _indian(t: dt.datetime) -> str:
    hour, mer = _hour12(t)
    return f"{t:%d/%m/%y}, {hour}:{t:%M} {mer.lower()} - "


def _french(t: dt.datetime) -> str:
    return f"{t:%d/%m/%Y} à {t:%H:%M} - "


def _arabic(t: dt.datetime) -> str:
    return f"{t:%d/%m/%Y}, {t:%H:%M} - "


GERMAN = Style(_german, "<Medien ausgeschlossen>", "Diese Nachricht wurde gelöscht",
               " <Diese Nachricht wurde bearbeitet>")
US_IOS = Style(_us_ios, "\u200eimage omitted", "\u200eThis message was deleted.",
               " <This message was edited>", system_prefix="\u200e", newline="\r\n")
INDIAN = Style(_indian, "<Media omitted>", "This message was deleted", " <This message was edited>")
FRENCH = Style(_french, "<Médias omis>", "Ce message a été supprimé", " <Ce message a été modifié>")
ARABIC = Style(_arabic, "<تم استبعاد الوسائط>", "تم حذف هذه الرسالة", "")


def whatsapp_text(lines: list[Line], style: Style, *, gone_shown: bool = True) -> bytes:
    """The export file's bytes; `gone_shown=False` writes "gone" lines as deleted."""
    out = []
    for line, when in zip(lines, _with_seconds(lines)):
        out.append(style.header(when) + _body(line, style, gone_shown))
    return (style.newline.join(out) + style.newline).encode("utf-8")


def _with_seconds(lines: list[Line]) -> Iterator[dt.datetime]:
    # Seconds rise within a minute, so iOS stamps keep the script's order and
    # the same line gets the same stamp in every export of the chat.
    previous, seq = None, 0
    for line in lines:
        seq = seq + 1 if line.when == previous else 0
        previous = line.when
        yield line.when.replace(second=min(4 + 7 * seq, 59))


def _body(line: Line, style: Style, gone_shown: bool) -> str:
    if line.author is None:
        return style.system_prefix + line.text
    text = line.text
    if text == MEDIA:
        text = style.media
    elif text == DELETED or (line.gone and not gone_shown):
        text = style.deleted
    elif line.edited:
        text += style.edited
    return f"{line.author}: {text}"


def ios_zip(chat_txt: bytes) -> bytes:
    """An iOS export archive holding `_chat.txt` (fixed member time: same bytes each run)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("_chat.txt", date_time=(2024, 1, 1, 0, 0, 0)), chat_txt)
    return buf.getvalue()


# -- Telegram JSON ---------------------------------------------------------------------------


def telegram_json(name: str, lines: list[Line]) -> bytes:
    """A Telegram Desktop single-chat `result.json`."""
    messages = [_telegram_message(i, line) for i, line in enumerate(lines, start=1)]
    doc = {"name": name, "type": "private_supergroup", "id": 4242, "messages": messages}
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def _user_id(name: str) -> str:
    return "user" + str(int(hashlib.sha256(name.encode()).hexdigest()[:8], 16))


def _telegram_message(number: int, line: Line) -> dict[str, object]:
    when = line.when.replace(second=(number * 7) % 60)
    item: dict[str, object] = {"id": number, "date": when.isoformat(),
                               "date_unixtime": str(int(when.replace(tzinfo=dt.timezone.utc).timestamp()))}
    if line.author is None:
        action, actor, detail = line.text.split("|")
        item.update(type="service", actor=actor, actor_id=_user_id(actor), action=action)
        item.update({"title": detail} if "title" in action or action == "create_group"
                    else {"members": [m for m in detail.split(", ") if m]})
        return item
    item.update(type="message", **{"from": line.author, "from_id": _user_id(line.author)})
    if line.text == MEDIA:
        item.update(photo="(File not included. Change data exporting settings to download.)",
                    width=1280, height=960, text="")
    else:
        item["text"] = _telegram_text(line.text)
    if line.edited:
        item["edited"] = (when + dt.timedelta(minutes=3)).isoformat()
    return item


def _telegram_text(text: str) -> object:
    # Multi-line notes come as Telegram's entity list, the rest as plain strings.
    if "\n" not in text:
        return text
    head, rest = text.split("\n", 1)
    return [head + "\n", {"type": "bold", "text": rest}]


# -- the demo set -----------------------------------------------------------------------------------


def demo_exports(today: dt.date | None = None) -> list[DemoExport]:
    """Every demo export, in the order to import them (the later Class 3B export last but one)."""
    today = today or dt.date.today()
    start = today - dt.timedelta(days=SPAN_DAYS)
    german = timeline(texts.GERMAN_SCRIPT, texts.GERMAN_CHATTER, texts.GERMAN_MEMBERS, "de", start, "de")
    english = timeline(texts.ENGLISH_SCRIPT, texts.ENGLISH_CHATTER, texts.ENGLISH_MEMBERS, "en", start, "en")
    hindi = timeline(texts.HINDI_SCRIPT, texts.HINDI_CHATTER, texts.HINDI_MEMBERS, "hi", start, "hi")
    french = timeline(texts.FRENCH_SCRIPT, texts.FRENCH_CHATTER, texts.FRENCH_MEMBERS, "fr", start, "fr")
    arabic = parse_script(texts.ARABIC_SCRIPT.replace("{year}", str(today.year - 1)), start)
    telegram = timeline(texts.TELEGRAM_SCRIPT, texts.TELEGRAM_CHATTER, texts.TELEGRAM_MEMBERS, "en",
                        start, "tg")
    cut = dt.datetime.combine(start + dt.timedelta(days=FIRST_EXPORT_DAYS), dt.time())
    english_early = [line for line in english if line.when < cut]
    return [
        DemoExport("WhatsApp Chat mit Mamas Treff Südstadt.txt", whatsapp_text(german, GERMAN)),
        DemoExport("WhatsApp Chat - Parents of Class 3B.zip",
                   ios_zip(whatsapp_text(english_early, US_IOS))),
        DemoExport("WhatsApp Chat with Gulmohar Colony Sahayta.txt", whatsapp_text(hindi, INDIAN)),
        DemoExport("WhatsApp Chat with Entraide Parents Belleville.txt", whatsapp_text(french, FRENCH)),
        DemoExport("WhatsApp Chat with أمهات حي الزيتون.txt", whatsapp_text(arabic, ARABIC)),
        DemoExport("later/WhatsApp Chat - Parents of Class 3B.zip",
                   ios_zip(whatsapp_text(english, US_IOS, gone_shown=False))),
        DemoExport("Telegram/result.json", telegram_json("Foster Carers Circle", telegram)),
    ]


def write_demo_exports(folder: Path, today: dt.date | None = None) -> list[Path]:
    """Write the demo exports under `folder` (for trying `moddesk import`); return the paths."""
    paths = []
    for export in demo_exports(today):
        path = folder / export.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(export.data)
        paths.append(path)
    return paths


def fill_demo_chats(db: sqlite_utils.Database) -> None:
    """The demo filler: import every demo export into the vault behind `db`."""
    from moddesk.ingest.importer import import_bytes
    from moddesk.triage.import_overlap import overlapped_triage

    with overlapped_triage(db, now=dt.datetime.now()) as triage:
        results = [r for export in demo_exports()
                   for r in import_bytes(db, export.data, name=export.name)]
        found = triage.scan(results)
    total = sum(r.messages_new for r in results)
    log.info("demo chats imported: %d messages, %d inbox items", total, found.items_created)
