"""The date order is decided once per file, can be forced and re-decided."""

from __future__ import annotations

from datetime import datetime

from moddesk.ingest import redate
from tests.ingest.conftest import parse_text


def test_a_first_field_above_twelve_decides_day_first_for_the_whole_file() -> None:
    export = parse_text("03/04/2024, 10:00 - Ana: a\n13/04/2024, 10:00 - Ana: b\n")
    assert (export.date_order, export.date_order_certain) == ("dmy", True)
    assert export.messages[0].timestamp == datetime(2024, 4, 3, 10, 0)


def test_a_second_field_above_twelve_decides_month_first() -> None:
    export = parse_text("04/03/2024, 10:00 - Ana: a\n04/13/2024, 10:00 - Ana: b\n")
    assert (export.date_order, export.date_order_certain) == ("mdy", True)
    assert export.messages[0].timestamp == datetime(2024, 4, 3, 10, 0)


def test_no_comma_headers_from_pustur_237_are_decided_per_file() -> None:
    export = parse_text("30/12/2020 13:00 - a: m\n13/1/2021 13:00 - a: m\n")
    assert [m.timestamp for m in export.messages] == [datetime(2020, 12, 30, 13), datetime(2021, 1, 13, 13)]


def test_monotonic_rule_picks_the_order_that_keeps_time_moving_forward() -> None:
    export = parse_text("06/03/2017, 00:45 - A: x\n08/05/2017, 01:48 - B: y\n09/04/2017, 01:50 - C: z\n")
    assert (export.date_order, export.date_order_certain) == ("mdy", True)
    assert export.messages[2].timestamp == datetime(2017, 9, 4, 1, 50)


def test_ambiguous_file_defaults_to_day_first_with_a_warning() -> None:
    export = parse_text("03/04/2024, 10:00 - Ana: a\n05/04/2024, 10:00 - Ana: b\n")
    assert (export.date_order, export.date_order_certain) == ("dmy", False)
    assert "date order uncertain; assumed day/month/year" in export.warnings


def test_locale_hint_sets_the_uncertain_default() -> None:
    export = parse_text("03/04/2024, 10:00 - Ana: a\n", locale_hint="en_US")
    assert (export.date_order, export.date_order_certain) == ("mdy", False)
    assert export.messages[0].timestamp == datetime(2024, 3, 4, 10, 0)


def test_forced_order_wins_and_redate_re_dates_every_message() -> None:
    text = "03/04/2024, 10:00 - Ana: a\n05/04/2024, 11:00 - Ana: b\n"
    forced = parse_text(text, date_order="mdy")
    assert forced.messages[0].timestamp == datetime(2024, 3, 4, 10, 0)
    back = redate(forced, "dmy")
    assert [m.timestamp for m in back.messages] == [datetime(2024, 4, 3, 10), datetime(2024, 4, 5, 11)]
    assert (back.date_order, back.date_order_certain) == ("dmy", True)
    assert [m.text for m in back.messages] == ["a", "b"]


def test_year_first_and_two_digit_years() -> None:
    export = parse_text("2024/03/04, 10:00 - Ana: a\n")
    assert (export.date_order, export.messages[0].timestamp) == ("ymd", datetime(2024, 3, 4, 10))
    assert parse_text("14.03.24, 10:00 - Ana: a\n").messages[0].timestamp == datetime(2024, 3, 14, 10)


def test_impossible_date_under_forced_order_is_a_failed_line_kept_as_text() -> None:
    export = parse_text("03/04/2024, 10:00 - Ana: a\n25/04/2024, 10:00 - Ana: b\n", date_order="mdy")
    assert len(export.messages) == 1
    assert export.failed_lines == [2]
    assert export.messages[0].text == "a\n25/04/2024, 10:00 - Ana: b"
