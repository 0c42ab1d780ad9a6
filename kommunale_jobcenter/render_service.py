"""One process that renders charts for the whole build, its engine started at once.

Each process that renders a chart first starts vl-convert's JavaScript engine (about a
second of CPU). An incremental build renders only the few charts its change touches, yet
each page worker would start an engine for them. ``running`` forks one render process
at the beginning of such a build, while a core is still idle (the parent validates and
loads): it starts its engine then and renders what the page workers send it over a Unix
socket (``render``), each worker with a connection of its own. A process sends at most
``SHARE`` charts; after that (a build that renders many) it renders them itself, on all
cores. Where the service is not running (spawned workers, a cold build, a failure), or
cannot answer, ``render`` gives None and the caller renders here; the SVG is the same.
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from multiprocessing import get_context
from multiprocessing.connection import Client, Connection
from typing import Any

SHARE = 8  # charts a process sends at the most; more, and it renders them itself
ORPHAN_CHECK = 5.0  # seconds between two looks whether the build still runs
_ADDRESS: str | None = None  # the service's socket while ``running`` (forked workers inherit it)
# this process's connection: (pid, address, connection, charts sent)
_CLIENT: tuple[int, str, Connection, int] | None = None


@contextmanager
def running(enabled: bool, warm_up: Callable[[], None],
            render_chart: Callable[[dict[str, Any]], str], niceness: int) -> Iterator[None]:
    """While the block runs, a forked render process serves ``render`` (if enabled)."""
    global _ADDRESS
    if not enabled or not hasattr(os, "fork"):
        yield
        return
    folder = tempfile.mkdtemp(prefix="kj-render-")
    address = os.path.join(folder, "socket")
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(address)  # listening before the fork: a client may connect at once
    server.listen(64)
    process = get_context("fork").Process(target=_serve, daemon=True,
                                          args=(server, warm_up, render_chart, niceness))
    process.start()
    server.close()  # the render process has it
    _ADDRESS = address
    try:
        yield
    finally:
        _ADDRESS = None
        process.terminate()
        process.join()
        shutil.rmtree(folder, ignore_errors=True)


def _serve(server: socket.socket, warm_up: Callable[[], None],
           render_chart: Callable[[dict[str, Any]], str], niceness: int) -> None:
    os.nice(niceness)  # it takes what CPU the build leaves
    parent = os.getppid()
    warm_up()  # clients that connect meanwhile wait in the backlog
    server.settimeout(ORPHAN_CHECK)
    while True:
        try:
            client, _ = server.accept()
        except TimeoutError:
            if os.getppid() != parent:  # the build is gone (killed): so is this process
                return
            continue
        client.settimeout(None)
        threading.Thread(target=_answer, args=(Connection(client.detach()), render_chart),
                         daemon=True).start()


def _answer(connection: Connection, render_chart: Callable[[dict[str, Any]], str]) -> None:
    with connection:
        while True:
            try:
                spec = connection.recv()
            except (EOFError, OSError):
                return
            try:
                connection.send(("svg", render_chart(spec)))
            except Exception as err:  # any: the client renders it itself and sees why
                connection.send(("fehler", repr(err)))


def render(spec: dict[str, Any]) -> str | None:
    """The SVG of ``spec`` from the service, or None: no service, this process's share
    used up, or no answer (then the caller renders it)."""
    global _CLIENT
    if _ADDRESS is None:
        return None
    client = _CLIENT
    if client is None or client[0] != os.getpid() or client[1] != _ADDRESS:
        try:  # a forked process never uses its parent's connection
            client = (os.getpid(), _ADDRESS, Client(_ADDRESS, family="AF_UNIX"), 0)
        except OSError:
            return None
    pid, address, connection, sent = client
    if sent >= SHARE:
        return None
    try:
        connection.send(spec)
        status, svg = connection.recv()
    except (EOFError, OSError):
        _CLIENT = None
        return None
    _CLIENT = (pid, address, connection, sent + 1)
    return svg if status == "svg" else None
