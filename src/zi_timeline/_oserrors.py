"""Why the system refused a file, in the user's language.

``OSError.strerror`` is the C library's English ("No such file or directory"); an
Indonesian message must not carry it. The common reasons are said in both languages;
a rare one keeps the system's words with its errno name, so nothing is hidden.
"""

from __future__ import annotations

import errno

from zi_timeline._i18n import Text

__all__ = ["os_reason"]

_REASONS = {
    errno.ENOENT: Text("berkas atau folder tidak ada", "no such file or folder"),
    errno.EACCES: Text("tidak ada izin", "permission denied"),
    errno.EPERM: Text("tidak diizinkan", "operation not permitted"),
    errno.EISDIR: Text("ini sebuah folder", "it is a folder"),
    errno.ENOTDIR: Text("sebagian jalurnya bukan folder", "a part of the path is not a folder"),
    errno.ENOSPC: Text("disk penuh", "no space left on the disk"),
    errno.EROFS: Text("sistem berkas hanya-baca", "read-only file system"),
    errno.ENAMETOOLONG: Text("nama berkas terlalu panjang", "file name too long"),
    errno.ELOOP: Text("tautan simbolik berputar", "symbolic links loop"),
    errno.EBUSY: Text("sedang dipakai", "busy"),
    errno.EEXIST: Text("sudah ada", "already exists"),
    errno.EMFILE: Text("terlalu banyak berkas terbuka", "too many open files"),
    errno.EIO: Text("galat masukan/keluaran disk", "disk input/output error"),
    errno.EFBIG: Text("berkas terlalu besar bagi sistem berkas", "file too large for the file system"),
    errno.EDQUOT: Text("kuota disk habis", "disk quota exceeded"),
}


def os_reason(exc: BaseException) -> Text:
    """``tidak ada izin`` / ``permission denied`` for an OSError; the system's own words otherwise."""
    number = getattr(exc, "errno", None)
    known = _REASONS.get(number) if isinstance(number, int) else None
    if known is not None:
        return known
    words = getattr(exc, "strerror", None) or type(exc).__name__
    name = errno.errorcode.get(number, "") if isinstance(number, int) else ""
    detail = f"{words} [{name}]" if name else str(words)
    return Text(f"galat sistem: {detail}", f"system error: {detail}")
