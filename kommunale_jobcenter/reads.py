"""What a page read from the build context, recorded as paths, and a digest of each.

A page function reads ``site.ctx`` (``kommunale_jobcenter.context``). While a page of a
family is generated, ``track`` hands it a view of the context that records every path it
reads: ``("a", "finanzen"), ("a", "rows_by_zkt"), ("g", "Z042")`` is «the rows of Träger
Z042 in ``ctx.finanzen.rows_by_zkt``». Mappings are recorded by key, ``Groups`` by group,
dataclasses by field; anything else (a DataFrame, a list, a number) is recorded whole. A
method of a context dataclass runs on the view, so what it reads is recorded too.

``resolve`` follows a path in a context and ``digest`` hashes what it finds, so a later
build can tell, path by path, whether what a page read is still the same
(``kommunale_jobcenter.page_cache``). A path that no longer resolves digests as missing.

The rule this relies on: a page reads its inputs through ``site.ctx`` and never keeps
what it read for the next page (no memo of context data across items; the context
itself cannot be changed). Reads of ``curated/`` and templates are covered by the page
cache's outside key.
"""

from __future__ import annotations

import dataclasses
import hashlib
import pickle
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from kommunale_jobcenter.groups import Groups

# ("a", field) | ("k", mapping key) | ("g", group key) | ("i", position in a tuple or
# Rows) | ("keys", None): which keys a mapping has, in order (what iterating it reads) |
# ("has", key): whether a mapping or Groups has the key
Step = tuple[str, Hashable]
ReadPath = tuple[Step, ...]
_MISSING = b"\0fehlt"
_UNSEEN = object()
_PLAIN = (str, int, float, bool, type(None))


class Rows(tuple):
    """The rows of a table, read one by one: a page that takes rows 3 and 17 depends on
    those two rows, not on the table (``publish`` keeps its parsed CSV rows in it)."""

    __slots__ = ()


def track(value: Any, path: ReadPath, reads: set[ReadPath]) -> Any:
    """``value`` as seen from ``path``, recording what is read into ``reads``."""
    if type(value) in _PLAIN:  # most reads end in a cell: no view, checked first
        reads.add(path)
        return value
    if isinstance(value, Groups):
        return _TrackedGroups(value, path, reads)
    if isinstance(value, Mapping):
        return _TrackedMapping(value, path, reads)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _TrackedObject(value, path, reads)
    if isinstance(value, Rows):
        return _TrackedRows(value, path, reads)
    if type(value) is tuple:  # each part on its own, but only Rows tracked inside
        return tuple(_part(v, (*path, ("i", n)), reads) for n, v in enumerate(value))
    reads.add(path)
    return value


def _part(value: Any, path: ReadPath, reads: set[ReadPath]) -> Any:
    """A part of a tuple: Rows row by row, anything else whole and as it is (a dict in a
    tuple may go to ``json.dumps``, which a tracking view could not serve)."""
    if isinstance(value, Rows):
        return _TrackedRows(value, path, reads)
    reads.add(path)
    return value


class _TrackedObject:
    """A frozen context dataclass: fields are tracked, methods run on this view."""

    def __init__(self, obj: Any, path: ReadPath, reads: set[ReadPath]) -> None:
        object.__setattr__(self, "_obj", obj)
        object.__setattr__(self, "_path", path)
        object.__setattr__(self, "_reads", reads)

    def __getattr__(self, name: str) -> Any:
        obj, path, reads = self._obj, self._path, self._reads
        attr = getattr(type(obj), name, None)
        if isinstance(attr, property):
            return attr.fget(self)  # type: ignore[misc]
        if callable(attr) and not name.startswith("__"):
            return attr.__get__(self)  # a method: what it reads is recorded
        return track(getattr(obj, name), (*path, ("a", name)), reads)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("der Baukontext ist unveränderlich")

    def __eq__(self, other: object) -> bool:
        self._reads.add(self._path)
        return self._obj == (other._obj if isinstance(other, _TrackedObject) else other)

    __hash__ = None  # type: ignore[assignment]


class _TrackedMapping(Mapping):
    def __init__(self, mapping: Mapping, path: ReadPath, reads: set[ReadPath]) -> None:
        self._mapping, self._path, self._reads = mapping, path, reads

    def __getitem__(self, key: Hashable) -> Any:
        if key not in self._mapping:
            self._reads.add((*self._path, ("k", key)))
        return track(self._mapping[key], (*self._path, ("k", key)), self._reads)

    def __contains__(self, key: object) -> bool:
        self._reads.add((*self._path, ("has", key)))  # type: ignore[arg-type]
        return key in self._mapping

    def get(self, key: Hashable, default: Any = None) -> Any:
        if key not in self:  # recorded: a key that appears later changes the page
            return default
        return self[key]

    def __iter__(self) -> Iterator[Hashable]:
        self._reads.add((*self._path, ("keys", None)))  # values are read by key
        return iter(self._mapping)

    def __len__(self) -> int:
        self._reads.add((*self._path, ("keys", None)))
        return len(self._mapping)


class _TrackedRows(Sequence):
    def __init__(self, rows: Rows, path: ReadPath, reads: set[ReadPath]) -> None:
        self._rows, self._path, self._reads = rows, path, reads

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, int) and -len(self._rows) <= index < len(self._rows):
            self._reads.add((*self._path, ("i", index % len(self._rows))))
        else:
            self._reads.add(self._path)
        return self._rows[index]

    def __len__(self) -> int:
        self._reads.add((*self._path, ("keys", None)))
        return len(self._rows)

    def __iter__(self) -> Iterator[Any]:
        self._reads.add(self._path)
        return iter(self._rows)


class _TrackedGroups:
    """``Groups`` by group: the rows of one key are one read."""

    def __init__(self, groups: Groups, path: ReadPath, reads: set[ReadPath]) -> None:
        self._groups, self._path, self._reads = groups, path, reads

    def get(self, key: Hashable) -> pd.DataFrame:
        self._reads.add((*self._path, ("g", key)))
        return self._groups.get(key)

    def __contains__(self, key: Hashable) -> bool:
        self._reads.add((*self._path, ("has", key)))
        return key in self._groups

    def __getattr__(self, name: str) -> Any:  # frame, positions, len(): the whole
        self._reads.add(self._path)
        return getattr(self._groups, name)

    def __len__(self) -> int:
        self._reads.add(self._path)
        return len(self._groups)


def resolve(root: Any, path: ReadPath) -> Any:
    """What ``path`` reaches from ``root``; ``_MISSING`` where it no longer exists."""
    value = root
    for step in path:
        value = resolve_step(value, step)
    return value


def resolve_step(value: Any, step: Step) -> Any:
    """One step of a path from ``value`` (``_MISSING`` stays missing)."""
    kind, key = step
    if value is _MISSING:
        return _MISSING
    if kind == "a":
        return getattr(value, key, _MISSING)  # type: ignore[arg-type]
    if kind == "k":
        return value[key] if isinstance(value, Mapping) and key in value else _MISSING
    if kind == "has":  # whether a key is there, not its value
        return isinstance(value, Mapping | Groups) and key in value
    if kind == "keys":
        if isinstance(value, Mapping):
            return list(value)
        return len(value) if isinstance(value, Rows) else _MISSING
    if kind == "i":
        ok = isinstance(value, tuple) and isinstance(key, int) and 0 <= key < len(value)
        return value[key] if ok else _MISSING
    return value.get(key) if isinstance(value, Groups) and key in value else _MISSING


SMALL_FRAME = 5000  # rows up to which a frame is digested from its cells' reprs (faster)


def _frame_digest(frame: pd.DataFrame, update: Callable[[bytes], None]) -> None:
    update(repr((list(frame.columns), [str(t) for t in frame.dtypes], frame.shape)).encode())
    if len(frame) <= SMALL_FRAME:  # a repr is exact and equal in every process
        update(repr(frame.index.tolist()).encode())
        for _name, column in frame.items():  # by column: no object array of the whole frame
            update(_column_bytes(column))
        return
    try:
        update(pd.util.hash_pandas_object(frame, index=True).to_numpy().tobytes())
    except TypeError:  # cells that pandas cannot hash (lists, dicts)
        update(pickle.dumps(frame.to_dict("split"), protocol=5))


def _column_bytes(column: pd.Series) -> bytes:
    """A column's values, exactly: the bytes of a numeric, boolean or date column (its
    dtype is digested with the frame), the repr of anything else."""
    values = column.to_numpy()
    if values.dtype.kind in "biufcmM":
        return values.tobytes()
    return repr(column.tolist()).encode()


def _update(value: Any, update: Callable[[bytes], None]) -> None:
    kind = type(value)
    if kind in _PLAIN:  # most reads end in a cell: checked first
        update(repr(value).encode())
    elif kind in (list, tuple) and all(type(v) in _PLAIN for v in value):
        update(b"[" + kind.__name__.encode() + repr(value).encode())
    elif isinstance(value, pd.DataFrame):
        _frame_digest(value, update)
    elif isinstance(value, pd.Series):
        update(b"S" + repr((value.name, str(value.dtype))).encode())
        if len(value) <= SMALL_FRAME:  # a row of a table, most often: no frame around it
            update(repr((value.index.tolist(), value.tolist())).encode())
        else:
            _frame_digest(value.to_frame(name="wert"), update)
    elif isinstance(value, np.ndarray):
        update(repr((value.dtype.str, value.shape)).encode() + value.tobytes())
    elif isinstance(value, Groups):
        _update(value.frame, update)
        _update(dict(value.positions), update)
        update(b"reset" if value.reset else b"")
    elif isinstance(value, dict) and all(type(v) in _PLAIN for v in value.values()):
        # a CSV row: fast, in the dict's own order (another order can only make a miss)
        update(b"{" + repr(list(value.items())).encode())
    elif isinstance(value, set | frozenset):  # in sorted order: set order varies by process
        update(b"<" + repr(sorted(map(repr, value))).encode())
    elif isinstance(value, Mapping):
        update(b"{")
        for key in sorted(value, key=repr):
            update(repr(key).encode() + b":")
            _update(value[key], update)
        update(b"}")
    elif isinstance(value, list | tuple):
        update(b"[" + type(value).__name__.encode())
        for item in value:
            _update(item, update)
        update(b"]")
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        update(type(value).__qualname__.encode())
        for f in dataclasses.fields(value):
            update(f.name.encode())
            _update(getattr(value, f.name), update)
    elif value is None or isinstance(value, str | int | float | bool | bytes):
        update(repr(value).encode())
    else:
        update(pickle.dumps(value, protocol=5))


def row_hashes(frame: pd.DataFrame) -> np.ndarray | None:
    """One 64-bit hash per row of frame (its index included); None where pandas cannot
    hash a cell (lists, dicts)."""
    try:
        return pd.util.hash_pandas_object(frame, index=True).to_numpy()
    except TypeError:
        return None


def group_header(groups: Groups) -> bytes:
    """What every group of ``groups`` shares in its digest: columns, types, reset."""
    frame = groups.frame
    return repr((list(frame.columns), [str(t) for t in frame.dtypes], groups.reset)).encode()


def group_hashes(groups: Groups) -> tuple[bytes, np.ndarray] | None:
    """``group_header`` and the frame's ``row_hashes``: what ``group_digest`` needs of
    all groups, taken once; None where pandas cannot hash a cell."""
    hashes = row_hashes(groups.frame)
    return None if hashes is None else (group_header(groups), hashes)


def group_digest(groups: Groups, key: Hashable,
                 hashes: tuple[bytes, np.ndarray] | None) -> str:
    """The digest of ``groups.get(key)`` taken from the frame's row hashes, without
    building the group's frame; ``hashes`` is ``group_hashes(groups)``, taken once for
    all groups. Another digest than ``digest`` of the same rows, so a path must always
    be digested the same way (``Digests`` does)."""
    positions = groups.positions.get(key)
    if hashes is None or positions is None:
        return digest(resolve_step(groups, ("g", key)))
    header, rows = hashes
    h = hashlib.sha256(b"G" + header + repr(len(positions)).encode())
    h.update(np.ascontiguousarray(rows[positions]).tobytes())
    return h.hexdigest()


def digest(value: Any) -> str:
    """A hash of ``value``'s content, equal for equal content in any process."""
    h = hashlib.sha256()
    if value is _MISSING:
        h.update(_MISSING)
    else:
        _update(value, h.update)
    return h.hexdigest()


# which path's digest stands for everything below a path, or None: a path whose value is
# made from that one's alone (a table parsed from its package's files), so while its
# digest is the same, the reads below need no checking (``Digests.partition``)
StampOf = Callable[[ReadPath], ReadPath | None]
# stamp path → (its digest, {read path → digest}) for the reads it stands for
Stamped = dict[ReadPath, tuple[str, dict[ReadPath, str]]]


class Digests:
    """Digests of paths in one root (a build context, the packages being validated), each
    path and each prefix resolved once: many readers share paths. A group's rows are
    digested from its frame's row hashes, taken once for all its groups. With
    ``stamp_of``, reads can be kept under the stamp that stands for them (``partition``)
    and are checked one by one only where that stamp changed."""

    def __init__(self, root: Any, stamp_of: StampOf | None = None) -> None:
        self.root = root
        self.stamp_of = stamp_of
        self._digests: dict[ReadPath, str] = {}
        self._values: dict[ReadPath, Any] = {}
        self._row_hashes: dict[ReadPath, tuple[bytes, np.ndarray] | None] = {}

    def of(self, path: ReadPath) -> str:
        found = self._digests.get(path)
        if found is None:
            found = self._digests[path] = self._digest(path)
        return found

    def _digest(self, path: ReadPath) -> str:
        if path and path[-1][0] == "g":
            groups = self.value(path[:-1])
            if isinstance(groups, Groups):
                if path[:-1] not in self._row_hashes:
                    self._row_hashes[path[:-1]] = group_hashes(groups)
                return group_digest(groups, path[-1][1], self._row_hashes[path[:-1]])
        return digest(self.value(path))

    def value(self, path: ReadPath) -> Any:
        """What ``path`` reaches (``_MISSING`` where it no longer exists)."""
        if not path:
            return self.root
        found = self._values.get(path, _UNSEEN)
        if found is _UNSEEN:
            found = self._values[path] = resolve_step(self.value(path[:-1]), path[-1])
        return found

    def unchanged(self, stored: Mapping[ReadPath, str], stamped: Stamped | None = None) -> bool:
        """Whether every path of ``stored`` still has its digest, and every read of
        ``stamped`` too: all of a stamp's reads at once where the stamp is unchanged."""
        for stamp, (value, below) in (stamped or {}).items():
            if self.of(stamp) != value and not self.unchanged(below):
                return False
        return all(self.of(path) == d for path, d in stored.items())

    def partition(self, read: Iterable[ReadPath]) -> tuple[dict[ReadPath, str], Stamped]:
        """The digests of ``read``: those of the paths no stamp stands for, and the others
        under their stamps (for ``unchanged``)."""
        plain: dict[ReadPath, str] = {}
        stamped: Stamped = {}
        for path in read:
            stamp = self.stamp_of(path) if self.stamp_of is not None else None
            if stamp is None:
                plain[path] = self.of(path)
            else:
                if stamp not in stamped:
                    stamped[stamp] = (self.of(stamp), {})
                stamped[stamp][1][path] = self.of(path)
        return plain, stamped
