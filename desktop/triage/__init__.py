"""Triage: guideline packs, detectors and the engine that flags messages.

Qt-free on purpose (tests/test_layout.py checks it): the inbox UI and the
storage of inbox items build on this package, never the other way round.

    from moddesk.triage import Triage, builtin_packs, records_from_parsed

    triage = Triage(builtin_packs(), admins={"Amina"})
    for flag in triage.scan(records_from_parsed(export.messages, chat_id=1)):
        print(flag.rule_id, flag.severity, flag.spans)

A pack is a TOML file (pack_loader.py documents the format); `load_pack`
checks it and `export_pack`/`dump_pack` write it back.
"""

from .chat_state import ScanState
from .engine import Triage
from .errors import PackError
from .grouping import FlagGroup, group_flags
from .model import SEVERITIES, Allowlist, DetectorSpec, Flag, Match, MessageRecord, Pack, Rule
from .pack_loader import builtin_pack, builtin_packs, load_pack, load_pack_text
from .pack_writer import dump_pack, export_pack
from .records import records_from_parsed

__all__ = [
    "SEVERITIES", "Allowlist", "DetectorSpec", "Flag", "FlagGroup", "Match", "MessageRecord",
    "Pack", "PackError", "Rule", "ScanState", "Triage", "builtin_pack", "builtin_packs",
    "dump_pack", "export_pack", "group_flags", "load_pack", "load_pack_text",
    "records_from_parsed",
]
