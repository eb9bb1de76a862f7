"""The figure every chart returns: a matplotlib Figure that shows itself in a notebook."""

from __future__ import annotations

import io

from matplotlib.figure import Figure

__all__ = ["Chart"]


class Chart(Figure):
    """A matplotlib `Figure` that shows itself in a notebook, no ``%matplotlib`` magic needed.

    Everything a Figure does still works (``savefig``, ``axes``); in Jupyter the chart is
    displayed as a PNG.
    """

    def _repr_png_(self) -> bytes:
        buffer = io.BytesIO()
        self.savefig(buffer, format="png", dpi=100)
        return buffer.getvalue()
