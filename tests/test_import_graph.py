"""The package's import graph follows DESIGN.md's data flow and has no circles.

Data flow: load -> Schedule -> validate -> Report -> render. The value objects that
travel along it (Schedule, Report and what they hold) sit at the bottom of the import
graph: the modules that make them (load, validate) and show them (render) import
them, never the other way round. Read from the source with `ast`, imports inside
functions included; imports under ``if TYPE_CHECKING:`` are for the type checker and
do not run, so they are left out. `zi_timeline._views` is the one documented place
where a value object reaches a view above it; its table is checked here too.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from zi_timeline import _views

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "zi_timeline"

# Lower layers may be imported by higher ones, never the reverse.
LAYERS: dict[str, tuple[str, ...]] = {
    "base": (  # words, errors, small tools every layer uses
        "exceptions",
        "_atomic",
        "_where",
        "_i18n",
        "_version",
        "_memo",
        "_frozen",
        "_lazyre",
        "_oserrors",
        "_syntax",
        "_files",
        "_args",
        "_fields",
        "_dicts",
        "_fieldnames",
        "_views",
    ),
    "values": (  # Schedule, Report and the values they hold; the policy and calendar a check applies
        "_dates",
        "_word_guards",
        "_aliases",
        "_stages",
        "_people",
        "_schedule_fields",
        "_schedule",
        "_findings",
        "_windows",
        "_calendar",
        "_threshold",
        "_policy_read",
        "_policy",
    ),
    "load": (
        "_limits",
        "_duplicates",
        "_xlsx",
        "_datewords",
        "_date_guards",
        "_weekdays",
        "_headers",
        "_parse",
        "_layout",
        "_structure",
        "_sheet_notes",
        "_title_form",
        "_table_files",
        "_table_cells",
        "_unit_fields",
        "_unit_blocks",
        "_tables",
        "io",
    ),
    "validate": (
        "_messages",
        "_planner",
        "rules",
        "_signs",
        "_waivers",
        "_validate",
        "_backward",
        "_diff",
        "_suggest",
        "_portfolio_messages",
        "_portfolio_load",
        "_portfolio",
        "_portfolio_plan",
    ),
    "render": (  # views, writers and fronts; planning writes plans in the input shape
        "_chart",
        "_load_chart",
        "_portfolio_html",
        "_writeback",
        "_inplace",
        "planning",
        "_reader_doc",
        "_schema_loop",
        "_portfolio_strategies",
        "_html",
        "_export",
        "pandas",
        "plot",
        "_docs",
        "_schema",
        "_cli",
        "cli",
        "strategies",
        "__init__",
    ),
}
ORDER = list(LAYERS)


def _module(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _layer(module: str) -> int:
    if module == "zi_timeline":
        return ORDER.index("render")
    first = module.split(".")[1]
    for index, names in enumerate(LAYERS.values()):
        if first in names:
            return index
    msg = f"{module} is in no layer of tests/test_import_graph.py: add it where it belongs in the data flow"
    raise AssertionError(msg)


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    hidden: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            hidden |= {id(n) for stmt in node.body for n in ast.walk(stmt)}
    return hidden


def _imports(path: Path, known: set[str]) -> Iterator[tuple[str, int]]:
    """The package modules *path* imports at run time (at the top or inside a function), with the line."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    hidden = _type_checking_nodes(tree)
    for node in ast.walk(tree):
        if id(node) in hidden:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("zi_timeline"):
            for alias in node.names:
                name = f"{node.module}.{alias.name}"
                yield (name if name in known else node.module), node.lineno
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("zi_timeline"):
                    yield alias.name, node.lineno


def _graph() -> dict[str, set[tuple[str, int]]]:
    paths = sorted(PACKAGE.rglob("*.py"))
    known = {_module(p) for p in paths}
    graph: dict[str, set[tuple[str, int]]] = {}
    for path in paths:
        module = _module(path)
        graph[module] = {(m, line) for m, line in _imports(path, known) if m != module and m in known}
    return graph


GRAPH = _graph()


def test_every_module_belongs_to_a_layer() -> None:
    homeless = []
    for module in GRAPH:
        try:
            _layer(module)
        except AssertionError:
            homeless.append(module)
    assert homeless == [], f"modules in no layer of tests/test_import_graph.py: {homeless}"


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_no_module_imports_one_above_it_in_the_data_flow(module: str) -> None:
    mine = _layer(module)
    above = sorted(
        f"line {line}: {target} ({ORDER[_layer(target)]})" for target, line in GRAPH[module] if _layer(target) > mine
    )
    assert above == [], f"{module} ({ORDER[mine]}) imports upward"


def test_the_import_graph_has_no_circle() -> None:
    edges = {m: {t for t, _ in targets} for m, targets in GRAPH.items()}
    # A package's __init__ runs before its submodules; "rules" importing "rules.x" is not a circle.
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for target in sorted(edges.get(node, ())):
            if target.startswith(node + "."):
                continue
            if state.get(target) == 1:
                circle = [*path[path.index(target) :], target]
                pytest.fail("import circle: " + " -> ".join(circle))
            if target not in state:
                visit(target)
        path.pop()
        state[node] = 2

    for module in sorted(edges):
        if module not in state:
            visit(module)
    assert set(state) >= set(edges)  # every module was walked, each finished without a circle
    assert set(state.values()) == {2}


def test_the_views_table_names_real_functions_above_the_value_objects() -> None:
    for name, module in _views.VIEWS.items():
        source = (SRC / Path(*module.split("."))).with_suffix(".py").read_text(encoding="utf-8")
        assert f"def {name}(" in source, f"{module} defines no {name}"
        assert _layer(module) > ORDER.index("values")


def test_a_planted_upward_import_is_caught(tmp_path: Path) -> None:
    # The check itself can fail: a value object importing the renderer inside a method.
    planted = tmp_path / "zi_timeline" / "_schedule.py"
    planted.parent.mkdir()
    planted.write_text("def f():\n    from zi_timeline._html import report_html\n", encoding="utf-8")
    found = list(_imports(planted, {"zi_timeline._html", "zi_timeline._schedule"}))
    assert found == [("zi_timeline._html", 2)]
    assert _layer("zi_timeline._html") > _layer("zi_timeline._schedule")
