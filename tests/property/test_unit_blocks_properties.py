"""Whatever the satker and No cells of a long table hold, no row is lost and none moves to another unit in silence."""

from __future__ import annotations

import warnings
from typing import Any

import hypothesis.strategies as st
import pytest
from hypothesis import given, settings

import zi_timeline as zt

pd = pytest.importorskip("pandas")
from zi_timeline.pandas import from_frame  # noqa: E402 - needs pandas

STAGES = ("Perencanaan", "Pencanangan", "Survei", "Evaluasi TPI", "Pengusulan")
# (named, rows) per unit: a unit's satker cell may be empty, as in an outside tester's gaps.csv
UNITS = st.lists(st.tuples(st.booleans(), st.integers(1, 4)), min_size=1, max_size=6)


def _frame(units: list[tuple[bool, int]], *, every_row: bool) -> tuple[Any, list[int]]:
    """The table, and each row's block (the index of its unit in *units*)."""
    rows, blocks, number = [], [], 0
    for index, (named, count) in enumerate(units):
        for line in range(count):
            number += 1
            first = line == 0
            no = str(number if every_row else index + 1) if first or every_row else ""
            name = f"Satker {index}" if first and named else ""
            rows.append([no, name, "WBK" if first else "", STAGES[line], "Juni 2024"])
            blocks.append(index)
    columns = ["No", "Nama Satker", "Predikat", "Tahapan", "Waktu Pelaksanaan"]
    return pd.DataFrame(rows, columns=columns), blocks


def _read(frame: Any) -> tuple[list[zt.Schedule], list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        schedules = from_frame(frame)
    return schedules, [str(w.message) for w in caught]


@settings(max_examples=150, deadline=None)
@given(UNITS, st.booleans())
def test_every_row_is_read_once_and_every_name_is_a_unit(units: list[tuple[bool, int]], every_row: bool) -> None:
    frame, _ = _frame(units, every_row=every_row)
    schedules, _ = _read(frame)
    assert sum(len(s.milestones) for s in schedules) == len(frame)
    names = {s.unit for s in schedules}
    assert {f"Satker {i}" for i, (named, _) in enumerate(units) if named} <= names


@settings(max_examples=150, deadline=None)
@given(UNITS, st.booleans())
def test_rows_of_two_numbers_share_a_unit_only_with_a_word_about_it(
    units: list[tuple[bool, int]], every_row: bool
) -> None:
    frame, blocks = _frame(units, every_row=every_row)
    schedules, messages = _read(frame)
    for schedule in schedules:
        rows = {m.origin.row for m in schedule.milestones if m.origin is not None and m.origin.row is not None}
        mixed = len({blocks[row - 1] for row in rows}) > 1
        said = any(p.code == "ZI903" for p in schedule.problems) or any(
            "numbers rows" in m or "menomori" in m for m in messages
        )
        assert not mixed or said, (schedule.unit, sorted(rows))
