"""The two languages every user-facing text exists in."""

from __future__ import annotations

from typing import Literal

import attrs

Lang = Literal["id", "en"]
LANGS: tuple[Lang, ...] = ("id", "en")


def check_lang(lang: str) -> Lang:
    """Return *lang* as a `Lang`, or raise ValueError naming the accepted values."""
    if lang == "id":
        return "id"
    if lang == "en":
        return "en"
    msg = f"bahasa {lang!r} tidak dikenal; gunakan 'id' atau 'en' / unknown language {lang!r}; use 'id' or 'en'"
    raise ValueError(msg)


@attrs.frozen
class Text:
    """One text in Indonesian and English."""

    id: str
    en: str

    def get(self, lang: Lang) -> str:
        return self.id if lang == "id" else self.en

    def format(self, **kwargs: object) -> Text:
        return Text(self.id.format(**kwargs), self.en.format(**kwargs))
