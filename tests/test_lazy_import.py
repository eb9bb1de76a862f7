"""``import zi_timeline`` loads what validate() needs; the readers, diff and portfolio load on first use.

The lazy names are resolved by the package's ``__getattr__`` (PEP 562). What a fresh
interpreter has loaded is checked in a subprocess, since this test process has long
imported everything.
"""

from __future__ import annotations

import json
import pydoc
import subprocess
import sys

import pytest

import zi_timeline as zt

LAZY_MODULES = (
    "zi_timeline.io",
    "zi_timeline._tables",
    "zi_timeline._table_files",
    "zi_timeline._table_cells",
    "zi_timeline._diff",
    "zi_timeline._portfolio",
    "zi_timeline._portfolio_load",
    "zi_timeline.rules.portfolio",
    "zi_timeline._dicts",
)
HEAVY = ("pandas", "matplotlib", "openpyxl", "yaml", "holidays")
LAZY_NAMES = {
    "FindingChange": "zi_timeline._diff",
    "FindingDict": "zi_timeline._dicts",
    "LoadDay": "zi_timeline._portfolio_load",
    "MilestoneChange": "zi_timeline._diff",
    "PortfolioFinding": "zi_timeline._portfolio_load",
    "PortfolioReport": "zi_timeline._portfolio",
    "ReportDict": "zi_timeline._dicts",
    "SignDict": "zi_timeline._dicts",
    "UnitDiff": "zi_timeline._diff",
    "compare": "zi_timeline._diff",
    "load": "zi_timeline.io",
    "validate_portfolio": "zi_timeline._portfolio",
    "validate": "zi_timeline._validate",
    "validate_many": "zi_timeline._validate",
}


def _fresh(code: str) -> dict[str, object]:
    """Run *code* in a fresh interpreter; it prints one JSON document, returned here."""
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)  # noqa: S603
    result: dict[str, object] = json.loads(out.stdout)
    return result


def test_all_is_alphabetised_and_every_name_resolves() -> None:
    assert zt.__all__ == sorted(zt.__all__)
    assert len(set(zt.__all__)) == len(zt.__all__)
    for name in zt.__all__:
        assert getattr(zt, name) is not None, name
    assert set(LAZY_NAMES) <= set(zt.__all__)


@pytest.mark.parametrize(("name", "module"), sorted(LAZY_NAMES.items()))
def test_a_lazy_name_is_the_object_of_its_module(name: str, module: str) -> None:
    assert getattr(zt, name) is getattr(sys.modules[module], name)
    assert name in dir(zt)


def test_import_leaves_the_readers_diff_portfolio_and_heavy_modules_unloaded() -> None:
    code = (
        "import json, sys, zi_timeline\n"
        f"print(json.dumps(sorted(m for m in {LAZY_MODULES + HEAVY!r} if m in sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)  # noqa: S603
    assert json.loads(out.stdout) == []


def test_validate_needs_none_of_the_lazy_modules() -> None:
    code = f"""
import json, sys
import zi_timeline as zt
plan = zt.Schedule.from_mapping({{
    "unit": "Lapas Contoh", "target": "WBK",
    "milestones": {{"perencanaan": "Juni 2024", "pengusulan": "Agustus 2024"}},
}})
report = zt.validate(plan, lang="en")
print(json.dumps([report.ok, sorted(m for m in {LAZY_MODULES!r} if m in sys.modules)]))
"""
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)  # noqa: S603
    assert json.loads(out.stdout) == [False, []]


def test_first_access_imports_the_module_and_keeps_the_name() -> None:
    code = """
import json, sys
import zi_timeline as zt
before = "load" in vars(zt), "zi_timeline.io" in sys.modules
from zi_timeline import load
from zi_timeline.io import load as io_load
diff = zt.compare
print(json.dumps({
    "before": before,
    "after": ["load" in vars(zt), "zi_timeline.io" in sys.modules],
    "same": load is io_load and diff is sys.modules["zi_timeline._diff"].compare,
    "portfolio": zt.validate_portfolio.__module__,
    "in_dir": [n in dir(zt) for n in ("load", "compare", "validate", "UnitDiff")],
}))
"""
    found = _fresh(code)
    assert found == {
        "before": [False, False],
        "after": [True, True],
        "same": True,
        "portfolio": "zi_timeline._portfolio",
        "in_dir": [True, True, True, True],
    }


def test_public_submodules_import_by_name() -> None:
    code = """
import json
import zi_timeline.io, zi_timeline.planning, zi_timeline.strategies
from zi_timeline import io
print(json.dumps([io is zi_timeline.io, callable(zi_timeline.io.load), callable(zi_timeline.planning.plan)]))
"""
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)  # noqa: S603
    assert json.loads(out.stdout) == [True, True, True]


def test_public_submodules_are_attributes_after_import_zi_timeline_as_zt() -> None:
    """The docs write ``zt.io.load_waivers(...)`` after ``import zi_timeline as zt``."""
    code = """
import json, sys
import zi_timeline as zt
loaded = "zi_timeline.io" in sys.modules
names = ["cli", "exceptions", "io", "pandas", "planning", "plot", "rules", "strategies"]
found = [getattr(zt, name).__name__ for name in names]
print(json.dumps([loaded, found, all(name in dir(zt) for name in names), callable(zt.io.load_waivers)]))
"""
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)  # noqa: S603
    names = ["cli", "exceptions", "io", "pandas", "planning", "plot", "rules", "strategies"]
    assert json.loads(out.stdout) == [False, [f"zi_timeline.{name}" for name in names], True, True]


def test_an_unknown_name_raises_the_usual_attribute_error() -> None:
    with pytest.raises(AttributeError, match=r"^module 'zi_timeline' has no attribute 'valdate'$"):
        zt.valdate  # type: ignore[attr-defined]  # noqa: B018
    with pytest.raises(ImportError, match="cannot import name 'valdate'"):
        exec("from zi_timeline import valdate", {})  # noqa: S102 - the import statement itself is under test
    assert not hasattr(zt, "nothing_here")


def test_help_shows_the_lazy_names() -> None:
    page = pydoc.plain(pydoc.render_doc(zt, renderer=pydoc.TextDoc()))
    for name in ("load", "compare", "validate_portfolio", "UnitDiff", "validate"):
        assert f"{name}(" in page or f"class {name}" in page, name


def test_threads_asking_for_a_lazy_name_first_all_get_the_same_object() -> None:
    code = """
import json, sys, threading
sys.setswitchinterval(1e-6)
import zi_timeline as zt
names = ["load", "compare", "UnitDiff", "validate_portfolio", "PortfolioReport", "LoadDay"]
seen, errors = [], []
def ask():
    try:
        seen.append(tuple(id(getattr(zt, n)) for n in names))
    except Exception as error:
        errors.append(repr(error))
threads = [threading.Thread(target=ask) for _ in range(16)]
for t in threads: t.start()
for t in threads: t.join()
print(json.dumps({"distinct": len(set(seen)), "count": len(seen), "errors": errors}))
"""
    assert _fresh(code) == {"distinct": 1, "count": 16, "errors": []}


def test_import_leaves_the_standard_modules_it_does_not_need_unloaded() -> None:
    """pathlib (and the ipaddress it pulls in) and json cost import time the library does not
    need until a file is read or a digest made; a module that imports one at its top undoes
    that (a regression once came from a new base module). (calendar comes with dateutil.)"""
    code = (
        "import sys, zi_timeline\n"
        "print(','.join(m for m in ('pathlib', 'ipaddress', 'json') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)  # noqa: S603
    assert out.stdout.strip() == ""


def test_the_policy_file_reader_loads_when_a_policy_is_first_made() -> None:
    code = """
import json, sys
import zi_timeline as zt
before = "zi_timeline._policy_read" in sys.modules
zt.Policy.default()
print(json.dumps({"at import": before, "after Policy.default()": "zi_timeline._policy_read" in sys.modules}))
"""
    assert _fresh(code) == {"at import": False, "after Policy.default()": True}
