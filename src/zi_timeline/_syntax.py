"""What a parser (json, tomllib, PyYAML) said about a broken file, in the user's language.

The parsers speak English ("Expecting ',' delimiter"); an Indonesian message must not
carry that alone. The usual complaints are said in both languages; any other keeps the
parser's words, marked as the parser's, after an Indonesian lead.
"""

from __future__ import annotations

from zi_timeline._i18n import Text
from zi_timeline._lazyre import LazyPattern

__all__ = ["parser_says"]

_KNOWN = (
    ("Expecting value", Text("nilai tidak ada di tempat yang diharapkan", "a value was expected")),
    (
        "Expecting property name enclosed in double quotes",
        Text("nama isian harus diapit tanda kutip ganda", "a field name must be in double quotes"),
    ),
    ("Expecting ',' delimiter", Text("tanda koma ',' kurang", "a ',' is missing")),
    ("Expecting ':' delimiter", Text("tanda titik dua ':' kurang", "a ':' is missing")),
    ("Unterminated string", Text("teks tidak ditutup tanda kutip", "a text is not closed by a quote")),
    ("Extra data", Text("ada isi lain sesudah akhir data", "there is more after the end of the data")),
    ("Invalid control character", Text("karakter kendali di dalam teks", "a control character inside a text")),
    ("Invalid \\escape", Text("garis miring terbalik yang tidak sah", "an invalid backslash escape")),
    ("Invalid value", Text("nilai tidak sah", "invalid value")),
    ("Invalid statement", Text("baris tidak sah", "invalid statement")),
    ("Expected '=' after a key", Text("tanda '=' kurang sesudah nama kunci", "'=' is missing after a key")),
    ("Unclosed array", Text("daftar [...] tidak ditutup", "an array [...] is not closed")),
    ("Unclosed inline table", Text("tabel {...} tidak ditutup", "an inline table {...} is not closed")),
    ("Cannot declare", Text("kunci atau tabel ditulis dua kali", "a key or table is declared twice")),
    ("Cannot overwrite a value", Text("nilai ditulis dua kali", "a value is written twice")),
    ("Illegal character", Text("karakter tidak sah", "illegal character")),
    ("did not find expected", Text("tanda yang diharapkan tidak ditemukan", "an expected mark was not found")),
    ("mapping values are not allowed here", Text("tanda ':' di tempat yang salah", "a ':' in the wrong place")),
    (
        "found character that cannot start any token",
        Text("karakter yang tidak boleh mengawali nilai", "a character that cannot start a value"),
    ),
    ("could not find expected ':'", Text("tanda ':' kurang", "a ':' is missing")),
    ("found undefined alias", Text("alias YAML yang tidak didefinisikan", "an undefined YAML alias")),
    ("found unexpected end of stream", Text("berkas berakhir sebelum waktunya", "the file ends too early")),
)
_AT = LazyPattern(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)\s*$")


def parser_says(message: str) -> Text:
    """The parser's complaint in Indonesian and English (its own words kept when unknown)."""
    found = _AT.search(message)
    where_id = where_en = ""
    if found and found.group(1):
        where_id = f" (baris {found.group(1)}, kolom {found.group(2)})"
        where_en = f" (line {found.group(1)}, column {found.group(2)})"
    elif found:
        where_id, where_en = " (di akhir berkas)", " (at the end of the file)"
    bare = message[: found.start()] if found else message
    for start, said in _KNOWN:
        if bare.startswith(start):
            return Text(said.id + where_id, said.en + where_en)
    return Text(f"menurut pembaca berkas: {bare}{where_id}", f"{bare}{where_en}")
