"""mkdocs' two page loops on two cores.

mkdocs 1.6 builds a site in two loops over its pages, on one core: first every page's
Markdown becomes HTML (``_populate_page``), then every page goes through the theme's
template and is written (``_build_page``). Our page workers have finished by then, so
the second core would idle. While ``two_processes()`` is open, a child forked at each
loop's first page takes every other page of the loop:

- Markdown: the child only converts (``Page.render``) and sends, page by page through a
  pipe, what that sets on the page (HTML, table of contents, title, anchors, links to
  anchors) with what it logged; the build process runs every other step of the loop
  itself (plugin events, hooks) and, for the child's pages, takes its result instead of
  converting.
- Templates: the child builds and writes its pages entirely (every event of
  ``_build_page`` is about its page); the build process skips them and, at the loop's
  last page, waits for the child.

What a child logged (warnings about links, external files) is logged again in the build
process, so ``--strict`` counts it as before; an error in a child stops the build with
its message. The output is byte-identical to one process (tests/test_mkdocs_parallel.py).
With few pages to do (a dirty build after an edit), without ``fork`` or with another
mkdocs version, everything stays in one process.
"""

from __future__ import annotations

import functools
import logging
import os
import pickle
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any

MIN_PAGES = 40  # fewer pages to do in a loop: forking would cost more than it saves
LOGGER = "mkdocs"
_DONE = "\0fertig"  # the child's last message: its error (or None) and its log


@dataclass
class _LogLine:
    name: str
    level: int
    message: str

    def replay(self) -> None:
        logging.getLogger(self.name).log(self.level, "%s", self.message)


class _Capture(logging.Handler):
    """In a child: keeps what mkdocs and its plugins log, instead of printing it."""

    def __init__(self) -> None:
        super().__init__(level=logging.INFO)
        self.lines: list[_LogLine] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(_LogLine(record.name, record.levelno, record.getMessage()))

    def take(self) -> list[_LogLine]:
        lines, self.lines = self.lines, []
        return lines


class _Child:
    """A forked child; a thread of the build process reads its messages as they come."""

    def __init__(self, pid: int, pipe: int) -> None:
        self.pid = pid
        self.results: dict[str, Any] = {}
        self.ended = threading.Event()
        self.arrived = threading.Condition()
        self.reader = threading.Thread(target=self._read, args=(pipe,), daemon=True)
        self.reader.start()

    def _read(self, pipe: int) -> None:
        with os.fdopen(pipe, "rb") as stream:
            while True:
                try:
                    key, value = pickle.load(stream)
                except (EOFError, pickle.UnpicklingError, ValueError):
                    key, value = _DONE, ("Kindprozess endete ohne Ergebnis", [])
                with self.arrived:
                    self.results[key] = value
                    self.arrived.notify_all()
                if key == _DONE:
                    break
        os.waitpid(self.pid, 0)
        self.ended.set()

    def get(self, key: str) -> Any:
        """The child's message for key (a page), once it has arrived; ``BuildError``
        with the child's error if it ended without it."""
        with self.arrived:
            self.arrived.wait_for(lambda: key in self.results or _DONE in self.results)
        if key in self.results:
            return self.results[key]
        error, log = self.results[_DONE]
        _report(error or f"Seite fehlt: {key}", log)

    def finish(self) -> None:
        """Wait for the child's end; replay its last log; raise its error."""
        error, log = self.get(_DONE)
        self.ended.wait()
        _report(error, log)

    def stop(self) -> None:
        if not self.ended.is_set():
            with suppress(OSError):  # it may have ended meanwhile
                os.kill(self.pid, 9)
            self.ended.wait()


def _report(error: str | None, log: Sequence[_LogLine]) -> None:
    """Log again what a child logged; ``BuildError`` with its error, if it had one."""
    for line in log:
        line.replay()
    if error:
        from mkdocs.exceptions import BuildError

        raise BuildError(f"mkdocs-Kindprozess: {error}")


def _fork(work: Callable[[Callable[[str, Any], None], _Capture], None]) -> _Child:
    """Run ``work(send, capture)`` in a forked child: ``send(key, value)`` passes a
    message to the build process, ``capture`` holds what the child logged."""
    read, write = os.pipe()
    pid = os.fork()
    if pid:
        os.close(write)
        return _Child(pid, read)
    os.close(read)
    code = 0
    try:  # the child: none of the build process's exit handlers may run here
        capture = _Capture()
        logger = logging.getLogger(LOGGER)
        logger.handlers = [capture]
        logger.propagate = False
        with os.fdopen(write, "wb") as stream:
            def send(key: str, value: Any) -> None:
                pickle.dump((key, value), stream, protocol=pickle.HIGHEST_PROTOCOL)
                stream.flush()

            try:
                work(send, capture)
                send(_DONE, (None, capture.take()))
            except Exception as err:  # any: the build process reports it
                send(_DONE, (f"{type(err).__name__}: {err}", capture.take()))
    except BaseException:
        code = 1
    finally:
        os._exit(code)


def _todo(pages: Sequence[Any], dirty: bool) -> list[Any]:
    """The pages a loop will really do (dirty: only the changed ones)."""
    return [p for p in pages if not dirty or p.file.is_modified()]


def child_share(pages: Sequence[Any]) -> list[Any]:
    """The child's pages of a loop: every other one, so both halves mix long and short
    pages alike and arrive in the order the build process asks for them."""
    return list(pages[1::2])


@dataclass
class _Plan:
    """One build's split of both loops: the original functions, the children and the
    pages they do."""

    populate: Callable[..., None]
    build_page: Callable[..., None]
    render_child: _Child | None = None
    render_pages: set[str] = field(default_factory=set)
    build_child: _Child | None = None
    build_pages: set[str] = field(default_factory=set)
    build_last: str | None = None
    started: set[str] = field(default_factory=set)  # the loops that began

    def children(self) -> list[_Child]:
        return [c for c in (self.render_child, self.build_child) if c is not None]


def _rendered(page: Any) -> dict[str, Any]:
    """What ``Page.render`` set on page, in a form that travels between processes."""
    links = page.links_to_anchors
    return {"content": page.content, "toc": page.toc, "title": page._title_from_render,
            "anchors": page.present_anchor_ids,
            "links": None if links is None else {f.src_uri: v for f, v in links.items()}}


def _install(page: Any, result: dict[str, Any], files: Any, *_: Any) -> None:
    """``Page.render`` for a page the child converted: its result, its log."""
    page.__dict__.pop("render", None)
    for line in result["log"]:
        line.replay()
    page.content, page.toc = result["content"], result["toc"]
    page._title_from_render = result["title"]
    page.present_anchor_ids = result["anchors"]
    links = result["links"]
    page.links_to_anchors = None if links is None else {
        files.get_file_from_path(uri): v for uri, v in links.items()}


def _render_in_child(pages: Sequence[Any], config: Any, files: Any,
                     send: Callable[[str, Any], None], capture: _Capture) -> None:
    """The child's share of the first loop: the steps of ``_populate_page`` up to and
    including ``render`` (the build process repeats the cheap ones), page by page."""
    for page in pages:
        config._current_page = page
        page = config.plugins.on_pre_page(page, config=config, files=files)
        page.read_source(config)
        page.markdown = config.plugins.on_page_markdown(page.markdown, page=page,
                                                        config=config, files=files)
        page.render(config, files)
        send(page.file.src_uri, {**_rendered(page), "log": capture.take()})
    config._current_page = None


def _populate(plan: _Plan, page: Any, config: Any, files: Any, dirty: bool = False) -> None:
    if "render" not in plan.started:
        plan.started.add("render")
        todo = _todo([f.page for f in files.documentation_pages()], dirty)
        if len(todo) >= MIN_PAGES:
            theirs = child_share(todo)
            plan.render_pages = {p.file.src_uri for p in theirs}
            plan.render_child = _fork(functools.partial(_render_in_child, theirs, config,
                                                        files))
    uri = page.file.src_uri
    if plan.render_child is None or uri not in plan.render_pages:
        plan.populate(page, config, files, dirty)
        return
    page.render = functools.partial(_install, page, plan.render_child.get(uri), files)
    try:
        plan.populate(page, config, files, dirty)
    finally:
        page.__dict__.pop("render", None)


def _build_in_child(plan: _Plan, pages: Sequence[Any], config: Any,
                    doc_files: Sequence[Any], nav: Any, env: Any, dirty: bool,
                    send: Callable[[str, Any], None], capture: _Capture) -> None:
    for page in pages:
        plan.build_page(page, config, doc_files, nav, env, dirty,
                        excluded=page.file.inclusion.is_excluded())


def _build_page(plan: _Plan, page: Any, config: Any, doc_files: Sequence[Any], nav: Any,
                env: Any, dirty: bool = False, excluded: bool = False) -> None:
    if "build" not in plan.started:
        plan.started.add("build")
        todo = _todo([f.page for f in doc_files], dirty)
        if len(todo) >= MIN_PAGES:
            theirs = child_share(todo)
            plan.build_pages = {p.file.src_uri for p in theirs}
            plan.build_last = doc_files[-1].src_uri
            plan.build_child = _fork(functools.partial(
                _build_in_child, plan, theirs, config, doc_files, nav, env, dirty))
    uri = page.file.src_uri
    if plan.build_child is None or uri not in plan.build_pages:
        plan.build_page(page, config, doc_files, nav, env, dirty, excluded)
    if plan.build_child is not None and uri == plan.build_last:
        plan.build_child.finish()


def available() -> bool:
    """Whether this platform and mkdocs version allow the split (else one process)."""
    import mkdocs

    return hasattr(os, "fork") and mkdocs.__version__.startswith("1.6.")


@contextmanager
def two_processes(enabled: bool = True) -> Iterator[None]:
    """While open, ``mkdocs.commands.build.build`` runs each page loop on two processes."""
    from mkdocs.commands import build as mkdocs_build

    if not enabled or not available():
        yield
        return
    plan = _Plan(mkdocs_build._populate_page, mkdocs_build._build_page)
    mkdocs_build._populate_page = functools.partial(_populate, plan)
    mkdocs_build._build_page = functools.partial(_build_page, plan)
    try:
        yield
        if plan.render_child is not None:  # it has sent every page: reap it
            plan.render_child.finish()
    finally:
        mkdocs_build._populate_page, mkdocs_build._build_page = plan.populate, plan.build_page
        for child in plan.children():
            child.stop()
