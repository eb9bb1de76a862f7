"""Working days against hand-counted months, and national windows from data and from users."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import zi_timeline as zt
from zi_timeline import Calendar
from zi_timeline.exceptions import CalendarError

D = dt.date


@pytest.fixture(scope="module")
def cal() -> Calendar:
    return Calendar.default()


@pytest.mark.parametrize(
    ("start", "end", "expected", "why"),
    [
        # June 2025: 21 weekdays from 2 June, less Idul Adha (6 Jun), its cuti bersama (9 Jun) and
        # Tahun Baru Islam (27 Jun) = 18; July: 23 weekdays, no holiday; August to the 29th:
        # 21 weekdays less the cuti bersama of 18 August = 20.
        (D(2025, 6, 2), D(2025, 8, 29), 61, "18 + 23 + 20"),
        # April 2025: 22 weekdays less Idul Fitri 2nd day (1 Apr), cuti bersama 2, 3, 4, 7 Apr
        # and Good Friday (18 Apr) = 16.
        (D(2025, 4, 1), D(2025, 4, 30), 16, "Lebaran month"),
        # July 2024: 23 weekdays, 7 July (Tahun Baru Islam) is a Sunday.
        (D(2024, 7, 1), D(2024, 7, 31), 23, "no weekday holiday"),
        # 18-31 July 2024, the 2024 window: 10 weekdays.
        (D(2024, 7, 18), D(2024, 7, 31), 10, "the 2024 window"),
        # Across the new year: 29-31 Dec 2025 (3), 1 Jan holiday, 2 Jan (1).
        (D(2025, 12, 29), D(2026, 1, 2), 4, "new year"),
        (D(2025, 6, 7), D(2025, 6, 8), 0, "a weekend"),
        (D(2025, 6, 10), D(2025, 6, 9), 0, "end before start"),
    ],
)
def test_working_days_match_hand_counts(cal: Calendar, start: D, end: D, expected: int, why: str) -> None:
    assert cal.working_days(start, end) == expected, why


@pytest.mark.parametrize(
    ("day", "n", "expected"),
    [
        (D(2025, 6, 2), 10, D(2025, 6, 18)),  # skips 6 and 9 June
        (D(2025, 6, 2), -1, D(2025, 5, 28)),  # 29 May Kenaikan, 30 May cuti bersama
        (D(2025, 1, 2), -3, D(2024, 12, 27)),  # 1 Jan and 26 Dec 2024 (cuti bersama) skipped
        (D(2025, 12, 30), 3, D(2026, 1, 5)),
        (D(2025, 6, 7), 0, D(2025, 6, 7)),
        (D(2025, 3, 28), 1, D(2025, 4, 8)),  # Nyepi leave, Lebaran and its cuti bersama
    ],
)
def test_adding_working_days(cal: Calendar, day: D, n: int, expected: D) -> None:
    assert cal.add_working_days(day, n) == expected
    if n:
        assert cal.working_days_after(day, expected) == n


def test_adding_then_counting_round_trips(cal: Calendar) -> None:
    day = D(2024, 1, 1)
    for n in (1, 5, 20, 100, 250, 400):
        later = cal.add_working_days(day, n)
        assert cal.working_days_after(day, later) == n
        assert cal.is_working_day(later)
        assert cal.add_working_days(later, -n) == cal.previous_working_day(day)


def test_holiday_names_in_both_languages(cal: Calendar) -> None:
    assert cal.non_working_reason(D(2025, 6, 9), "id") == "Cuti Bersama Hari Raya Idul Adha"
    assert cal.non_working_reason(D(2025, 3, 29), "id") == "Sabtu; Hari Suci Nyepi"
    assert cal.non_working_reason(D(2025, 3, 29), "en") is not None
    assert "Saturday" in (cal.non_working_reason(D(2025, 3, 29), "en") or "")
    assert cal.non_working_reason(D(2025, 6, 10)) is None


def test_years_without_cuti_bersama_are_known(cal: Calendar) -> None:
    assert cal.has_leave_data(2025)
    assert cal.has_leave_data(2027)
    assert not cal.has_leave_data(2030)


def test_user_holidays_and_working_days(tmp_path: Path) -> None:
    path = tmp_path / "kalender.toml"
    path.write_text(
        '[calendar]\nextra_holidays = { "2030-04-08" = "Cuti bersama Idul Fitri (SKB 2029)" }\n'
        'extra_working_days = ["2030-04-06"]\n',
        encoding="utf-8",
    )
    cal = Calendar.load(path)
    assert cal.has_leave_data(2030)
    assert cal.non_working_reason(D(2030, 4, 8)) == "Cuti bersama Idul Fitri (SKB 2029)"
    assert cal.is_working_day(D(2030, 4, 6))  # a Saturday made a working day
    base = Calendar.default()
    assert cal.working_days(D(2030, 4, 1), D(2030, 4, 30)) == base.working_days(D(2030, 4, 1), D(2030, 4, 30))


def test_bundled_windows_carry_their_source(cal: Calendar) -> None:
    w2024 = cal.window(2024)
    assert (w2024.opens, w2024.closes, w2024.strength, w2024.assumed) == (D(2024, 7, 18), D(2024, 7, 31), "P", False)
    assert "putraindonews" in w2024.source
    assert cal.window(2022).format("id") == "31 Mei - 30 Juni 2022"
    assumed = cal.window(2025)
    assert (assumed.closes, assumed.opens, assumed.strength, assumed.assumed) == (D(2025, 5, 31), None, "R", True)
    assert "90/2021" in assumed.source
    award = cal.award(2025)
    assert award is not None
    assert award.day == D(2026, 2, 11)


def test_a_user_adds_next_years_window(tmp_path: Path) -> None:
    path = tmp_path / "jendela.toml"
    path.write_text(
        '[windows.2025]\nopens = 2025-06-02\ncloses = 2025-07-15\nsource = "Surat MenPANRB B/123/2025"\n',
        encoding="utf-8",
    )
    cal = Calendar.load(path)
    window = cal.window(2025)
    assert (window.opens, window.closes, window.assumed, window.strength) == (D(2025, 6, 2), D(2025, 7, 15), False, "P")
    assert cal.award(2025) is not None  # the bundled award date is kept
    policy = zt.Policy.default()
    schedule = zt.Schedule.from_mapping({"unit": "U", "target": "WBK", "milestones": {"pengusulan": "23 Juni 2025"}})
    assert {"ZI301", "ZI305"} <= set(zt.validate(schedule, policy, select=["ZI3"]).codes())
    assert zt.validate(schedule, policy, calendar=cal, select=["ZI3"]).codes() == ()


def test_a_policy_can_carry_a_window() -> None:
    policy = zt.Policy.from_mapping(
        {"extends": "default", "windows": {"2025": {"opens": "2025-06-02", "closes": "2025-07-15", "source": "x"}}}
    )
    assert not policy.calendar.window(2025).assumed
    assert zt.Policy.default().calendar.window(2025).assumed


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("[windows.2025]\ncloses = 2025-07-15\n", "'source'"),
        ('[windows.2025]\nopens = 2025-08-01\ncloses = 2025-07-15\nsource = "x"\n', "'opens'"),
        ('[windows.25]\ncloses = 2025-07-15\nsource = "x"\n', "'25'"),
        ('[windows.2025]\ncloses = "15 Juli"\nsource = "x"\n', "'15 Juli'"),
        ('[windows.2025]\nclose = 2025-07-15\nsource = "x"\n', "'close'"),
        ('[windows.2025]\ncloses = 2025-07-15\nsource = "x"\nstrength = "Q"\n', "'strength'"),
        ("[calendar]\nextra_working_days = 3\n", "'extra_working_days'"),
        ("windows = 3\n", "'windows'"),
        ("[jendela]\n", "'jendela'"),
        ("[windows.2025\n", "TOML"),
    ],
)
def test_bad_windows_files_are_named(tmp_path: Path, text: str, quoted: str) -> None:
    path = tmp_path / "jendela.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CalendarError) as info:
        Calendar.load(path)
    assert str(path) in info.value.message("id")
    assert quoted in info.value.message("id")
    assert quoted in info.value.message("en")


def test_missing_windows_file(tmp_path: Path) -> None:
    with pytest.raises(CalendarError, match="tidak dapat dibaca"):
        Calendar.load(tmp_path / "nope.toml")


def test_the_2021_window_was_extended_to_the_end_of_july() -> None:
    window = zt.Calendar.default().window(2021)
    assert (window.opens, window.closes, window.strength) == (dt.date(2021, 7, 1), dt.date(2021, 7, 31), "P")
    assert "B/526/RB.06/2021" in window.source


def test_the_2018_and_2019_awards_are_on_10_december() -> None:
    calendar = zt.Calendar.default()
    awards = [calendar.award(year) for year in (2018, 2019)]
    assert [a.day if a else None for a in awards] == [dt.date(2018, 12, 10), dt.date(2019, 12, 10)]


def test_an_unknown_window_is_said_to_be_an_assumption_with_what_is_known() -> None:
    calendar = zt.Calendar.default()
    assert "asumsi ketentuan regulasi" in calendar.window(2025).format("id")
    assert "12 Juni 2025" in calendar.window(2025).format("id")
    assert "4 Juli 2023" in calendar.window(2023).format("id")
    assert "no announcement for that year" in calendar.window(2031).format("en")
    assert "asumsi" not in calendar.window(2024).format("id")


def test_a_plan_for_an_unknown_year_says_its_deadline_is_assumed() -> None:
    from zi_timeline import planning  # noqa: PLC0415 - the planning module is imported on demand

    texts = json.dumps(planning.plan(2025).to_dict()["milestones"], ensure_ascii=False)
    assert "asumsi ketentuan regulasi" in texts
    assert "12 Juni 2025" in texts


def test_month_lengths_agree_with_the_standard_library_for_every_supported_year() -> None:
    import calendar  # noqa: PLC0415 - the reference, which the library no longer imports

    from zi_timeline._dates import last_day  # noqa: PLC0415

    for year in range(1900, 2201):
        for month in range(1, 13):
            assert last_day(year, month) == calendar.monthrange(year, month)[1], (year, month)


@pytest.mark.parametrize(
    ("windows", "quoted"),
    [
        ({"2026": {"opens": "2027-06-01", "closes": "2027-07-01", "source": "s"}}, "2027-06-01"),
        ({"2026": {"closes": "2025-12-31", "source": "s"}}, "2025-12-31"),
        ({"2024": {"award": "2026-02-11", "award_source": "s"}}, "2026-02-11"),
        ({"2026.0": {}}, "2026.0"),
        ({"2026": {"closes": "2026-07-01", "source": ["a"]}}, "['a']"),
    ],
)
def test_a_window_outside_its_cycle_year_or_a_wrong_value_is_refused(
    cal: Calendar, windows: dict[str, object], quoted: str
) -> None:
    with pytest.raises(CalendarError) as caught:
        cal.merged({"windows": windows})
    assert quoted in caught.value.message("en")


def test_a_python_mapping_may_key_windows_by_int_and_award_in_the_next_year(cal: Calendar) -> None:
    merged = cal.merged(
        {"windows": {2026: {"opens": "2026-06-01", "closes": "2026-07-01", "source": "s", "award": "2027-02-10"}}}
    )
    assert merged.window(2026).opens == D(2026, 6, 1)
    award = merged.award(2026)
    assert award is not None
    assert award.day == D(2027, 2, 10)


def test_a_holiday_name_that_is_not_text_is_refused_without_recursing(cal: Calendar) -> None:
    nested: object = "x"
    for _ in range(100_000):
        nested = {"a": nested}
    with pytest.raises(CalendarError) as caught:
        cal.merged({"calendar": {"extra_holidays": {"2026-01-02": nested}}})
    assert "must be text" in caught.value.message("en")


def test_a_plan_late_in_2200_is_checked_and_its_fix_moves_to_the_2201_cycle() -> None:
    plan = zt.Schedule.from_mapping(
        {"unit": "A", "target": "WBK", "milestones": {"perencanaan": "Juni 2200", "pengusulan": "Agustus 2200"}}
    )
    report = zt.validate(plan)
    fixes = [f.fix for f in report.findings if f.code == "ZI301"]
    assert fixes
    assert "2201" in fixes[0]
    json.dumps(report.to_dict())
