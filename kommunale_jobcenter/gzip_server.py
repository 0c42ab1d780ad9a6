"""A static server for the built site that gzips text like a static host (GitHub Pages),
so that a browser's transfer sizes match what a visitor downloads. Loopback only; used by
``make bench`` (kommunale_jobcenter/bench_suche.py) and available as
``python -m kommunale_jobcenter.gzip_server [site] [port]``."""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Text types a static host compresses; Pagefind's own index files are gzip already.
COMPRESSED = {".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt", ".csv"}
GZIP_LEVEL = 6


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def send_head(self):  # type: ignore[override]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.suffix in COMPRESSED and path.is_file()):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), GZIP_LEVEL, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        return io.BytesIO(body)


@contextmanager
def serve(site_dir: Path, port: int = 0) -> Iterator[str]:
    """Serve site_dir on 127.0.0.1 in a thread; yields the base URL."""
    handler = functools.partial(GzipHandler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    site = Path(args[0]) if args else Path("site")
    port = int(args[1]) if len(args) > 1 else 8000
    with serve(site, port) as url:
        print(f"{site} unter {url} (gzip)", flush=True)
        threading.Event().wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
