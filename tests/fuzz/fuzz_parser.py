# Coverage-guided fuzzing of the chat-export parser (not collected by pytest).
# Run: .venv/bin/pip install atheris && .venv/bin/python tests/fuzz/fuzz_parser.py -max_total_time=600
# Only exceptions other than moddesk.ingest.ParseError count as crashes.
"""Atheris harness: arbitrary bytes into parse_bytes under several file names."""

from __future__ import annotations

import sys

NAMES = ("chat.txt", "WhatsApp Chat - Fuzz.zip", "result.json", "_chat.txt")


def main() -> None:
    """Start the fuzzer (atheris is imported here so pytest never needs it)."""
    import atheris

    with atheris.instrument_imports():
        from moddesk.ingest import ParseError, parse_bytes

    def test_one_input(data: bytes) -> None:
        if not data:
            return
        try:
            parse_bytes(data[1:], name=NAMES[data[0] % len(NAMES)])
        except ParseError:
            pass

    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
