"""The figure every chart returns: a matplotlib Figure that shows itself in a notebook."""

from __future__ import annotations

import io
import numbers
from typing import cast

from matplotlib.figure import Figure

from zi_timeline._args import check_type
from zi_timeline._i18n import Text, short_repr
from zi_timeline.exceptions import InvalidArgumentError

__all__ = ["MAX_WIDTH", "Chart", "check_width"]


class Chart(Figure):
    """A matplotlib `Figure` that shows itself in a notebook, no ``%matplotlib`` magic needed.

    Everything a Figure does still works (``savefig``, ``axes``); in Jupyter the chart is
    displayed as a PNG.
    """

    def _repr_png_(self) -> bytes:
        buffer = io.BytesIO()
        self.savefig(buffer, format="png", dpi=100)
        return buffer.getvalue()


MAX_WIDTH = 50.0
"""The widest chart drawn, in inches (5,000 pixels at 100 dpi): 0 draws nothing, 10**6 fills memory."""


def check_width(width: object) -> None:
    """A chart's width: a real number of inches from 1 to `MAX_WIDTH` (not NaN, inf, a text or a bool)."""
    if isinstance(width, bool) or not isinstance(width, numbers.Real):
        check_type(width, (), "width", Text("bilangan (inci)", "a number (inches)"))
    elif not 1 <= cast("float", width) <= MAX_WIDTH:  # NaN fails both comparisons; 10**400 compares exactly
        raise InvalidArgumentError(
            Text(
                f"argumen width harus 1-{MAX_WIDTH:g} inci, bukan {short_repr(width)}",
                f"argument width must be 1-{MAX_WIDTH:g} inches, not {short_repr(width)}",
            ),
            value=width,
            field="width",
            field_in_text=True,
        )
