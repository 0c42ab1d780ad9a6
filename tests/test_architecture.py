"""The package's shape, read from its source: no module imports itself through others
(import cycles), and no page hangs data on ``Site`` – what pages read is the build
context (``kommunale_jobcenter.context``), built once in the parent."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "kommunale_jobcenter"
NAME = PACKAGE.name


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or \
        (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(module: str, path: Path, known: set[str]) -> set[str]:
    """Modules of the package that ``module`` imports, at module level or inside a
    function (annotation-only imports under ``if TYPE_CHECKING`` do not run)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
               and _is_type_checking(node) for n in ast.walk(node)}
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[:len(package.split(".")) - node.level + 1]
                                + ([base] if base else []))
            names = [f"{base}.{a.name}" for a in node.names] + [base]
        else:
            continue
        for name in names:
            while name and name not in known:  # «from pkg import module» or a name in it
                name = name.rpartition(".")[0]
            if name and name != module and name != NAME:
                found.add(name)
    return found


def import_graph() -> dict[str, set[str]]:
    modules = _modules()
    return {m: _imports(m, p, set(modules)) for m, p in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                out.append(component)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return out


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle as a list of modules (first == last), or [] if there is none."""
    state: dict[str, int] = {}  # 1: on the path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt):], nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return []

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return []


def test_the_graph_sees_imports_at_module_and_function_level() -> None:
    graph = import_graph()
    assert f"{NAME}.site" in graph[f"{NAME}.pages.jobcenter"]
    assert f"{NAME}.validate" in graph[f"{NAME}.context"]  # imported inside a function
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert cycles({"a": {"b"}, "b": {"a"}, "c": {"a"}}) == [{"a", "b"}]


def test_the_package_has_no_import_cycle() -> None:
    graph = import_graph()
    found = cycles(graph)
    assert not found, [" → ".join(find_cycle({m: graph[m] & c for m in c})) for c in found]


def test_the_pages_import_each_other_in_one_direction() -> None:
    graph = import_graph()
    pages = {m: {n for n in graph[m] if n.startswith(f"{NAME}.pages")}
             for m in graph if m.startswith(f"{NAME}.pages")}
    assert not find_cycle(pages), " → ".join(find_cycle(pages))
    assert f"{NAME}.build" not in set().union(*pages.values(), *(graph[m] for m in pages))


SCRATCHPAD = ("site.__dict__", "self.__dict__", "getattr(site", "setattr(site")


def test_no_page_hangs_data_on_site() -> None:
    """Every input a page reads is a field of the frozen build context; Site only keeps
    what pages write. No ``site.__dict__[…]``, ``getattr(site, …)`` or ``site.x = …``."""
    found = []
    for module, path in _modules().items():
        source = path.read_text(encoding="utf-8")
        found += [f"{module}: {s}" for s in SCRATCHPAD if s in source]
        for node in ast.walk(ast.parse(source)):
            targets = node.targets if isinstance(node, ast.Assign) else \
                [node.target] if isinstance(node, ast.AnnAssign | ast.AugAssign) else []
            for target in targets:
                if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) \
                        and target.value.id == "site":
                    found.append(f"{module}:{node.lineno}: site.{target.attr} = …")
    assert not found, found


def test_the_build_context_is_read_only() -> None:
    import dataclasses

    from kommunale_jobcenter import context
    from kommunale_jobcenter.pages import finanzen_frames, programme_frames, statistik_frames
    from kommunale_jobcenter.publish.context import PublishContext

    for cls in (context.BuildContext, context.JobcenterLookups, statistik_frames.Context,
                finanzen_frames.Context, programme_frames.Lookups, PublishContext):
        assert dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen, cls


def test_page_paths_are_spelled_in_urls_only() -> None:
    """Every page path of the generated site («….md», «….md#anker») is written in
    kommunale_jobcenter/urls.py; page modules, Site and publish call it."""
    allowed = {"README.md", ".md"}  # the README inside a zip; Site.href's suffix rule
    found = []
    for module, path in _modules().items():
        if not module.startswith((f"{NAME}.pages", f"{NAME}.publish", f"{NAME}.site",
                                  f"{NAME}.kreisvergleich", f"{NAME}.profile_cards")):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and (node.value.endswith(".md") or ".md#" in node.value) \
                    and node.value not in allowed:
                found.append(f"{module}:{node.lineno}: {node.value!r}")
    assert not found, found


# The page modules' only writes besides Site: the assets module (scripts, not a cached
# page) and the Daten page's copy of data/ and its xlsx cache (never in the page cache).
DIRECT_WRITES_ALLOWED = {f"{NAME}.pages.assets", f"{NAME}.pages.daten"}


def test_pages_write_only_through_site() -> None:
    """The page cache keeps what an item wrote through ``Site.page``, ``Site.chart`` and
    ``Site.write``; a file written past them would be missing when the item is taken
    from the cache."""
    found = []
    for module, path in _modules().items():
        if not module.startswith(f"{NAME}.pages") or module in DIRECT_WRITES_ALLOWED:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in (
                    "write_text", "write_bytes", "copytree", "copy2", "copyfile"):
                found.append(f"{module}:{node.lineno}: {node.attr}")
    assert not found, found
