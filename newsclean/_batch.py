"""``parse_many()``: ``parse()`` over a stream of pages, on every core, results in input order.

Inputs are cut into chunks and handed to a process pool; at most a few chunks per worker are in
flight at once, so a stream of millions of pages (a big WARC, a crawl) is read lazily and never
held in memory. A page that fails gives a ``Result`` holding its error in its place; the run
goes on.
"""

from __future__ import annotations

import gzip
import multiprocessing
import os
import pickle
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from types import MappingProxyType

from ._article import Article
from ._errors import InputTooLargeError, NewscleanError
from ._options import DEFAULT_MAX_BYTES, Options
from ._parse import parse
from ._sniff import Kind

__all__ = ["Job", "Result", "Source", "load", "make_job", "parse_many"]

#: What ``parse_many()`` takes: content (``str``/``bytes``), a file path, or a tuple
#: ``(id, content, url)`` or ``(id, content, url, content_type)``.
Source = (
    str
    | bytes
    | os.PathLike[str]
    | tuple[object, str | bytes, str | None]
    | tuple[object, str | bytes, str | None, str | None]
)

_KIND_BY_SUFFIX: Mapping[str, Kind] = MappingProxyType(
    {".html": "html", ".htm": "html", ".xhtml": "html", ".txt": "text"}
)
_DEFAULT_CHUNKSIZE = 4
_CHUNKS_IN_FLIGHT_PER_WORKER = 4


@dataclass(frozen=True, slots=True)
class Result:
    """The outcome of one input of ``parse_many()``: its ``article`` or its ``error``.

    - ``id``: the input's id: the file path, the tuple's id (as ``str``; a WARC record id for
      WARC records), or the input's index in the stream (``"0"``, ``"1"``...) for bare content;
    - ``url``: the URL given with the input, if any;
    - ``article``: the parsed ``Article``, or ``None`` when the input failed;
    - ``error``: ``None``, or the exception the input raised: a ``NewscleanError`` subclass
      (empty, binary or too large), ``OSError`` (an unreadable file), ``TypeError`` (a source of
      the wrong type); any other exception means a bug in newsclean, and is returned rather
      than raised so one bad page cannot end a long run. Errors from worker processes cross as
      the exception object itself (all newsclean errors pickle); an exception that cannot be
      pickled is replaced by ``RuntimeError("<TypeName>: <message>")`` (in every mode, so
      that results always pickle); an input that kills its
      worker process (a crash, the out-of-memory killer) gets ``BrokenProcessPool``.

    Results pickle, so they can be sent on to another process or cluster node.
    """

    id: str
    url: str | None
    article: Article | None
    error: Exception | None = None

    @property
    def ok(self) -> bool:
        """True when the input gave an article."""
        return self.error is None


@dataclass(frozen=True, slots=True)
class Job:
    """One input, ready to cross to a worker: content or a path to read there."""

    id: str
    url: str | None
    content: str | bytes | Path | None
    content_type: str | None = None
    error: Exception | None = None  # set when the source itself was malformed


def parse_many(
    sources: Iterable[Source],
    *,
    workers: int | None = None,
    options: Options | None = None,
    chunksize: int | None = None,
) -> Iterator[Result]:
    """Parse many pages, in parallel, yielding one ``Result`` per source in input order.

    ``sources`` is any iterable (read lazily) of: ``str`` or ``bytes`` content; a path
    (``os.PathLike``, e.g. ``pathlib.Path``; its bytes are read in the worker, ``.html``/``.htm``
    parse as HTML, ``.txt`` as text, others are sniffed, a trailing ``.gz`` is decompressed); or
    a tuple ``(id, content, url)`` or ``(id, content, url, content_type)``, ``content_type``
    being the HTTP header whose charset decodes bytes. A plain ``str`` is content, never a path.

    ``workers`` processes parse the pages (``None``: one per available core, or in this process
    when it is itself a daemonic pool worker, as in a Dask or multiprocessing task, which may
    not start processes; ``1``: in this process, no pool). ``chunksize`` inputs go to a worker
    at a time (default 4). ``options`` applies to every page. Pages are never fetched: no
    network calls.
    """
    if workers is None:
        workers = _available_cores()
    if not isinstance(workers, int) or workers < 1:
        raise ValueError(f"workers must be a positive int or None, not {workers!r}")
    if chunksize is None:
        chunksize = _DEFAULT_CHUNKSIZE
    if not isinstance(chunksize, int) or chunksize < 1:
        raise ValueError(f"chunksize must be a positive int or None, not {chunksize!r}")
    if options is not None and not isinstance(options, Options):
        raise TypeError(f"options must be a newsclean.Options, not {type(options).__name__}")
    jobs = (make_job(index, source) for index, source in enumerate(sources))
    if workers == 1:
        return (_picklable(_run(job, options)) for job in jobs)
    return _pooled(jobs, workers, options, chunksize)


def _available_cores() -> int:
    if multiprocessing.current_process().daemon:
        return 1  # a daemonic process (a Dask worker, a Pool task) may not have children
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def make_job(index: int, source: object) -> Job:
    if isinstance(source, (str, bytes)):
        return Job(id=str(index), url=None, content=source)
    if isinstance(source, (bytearray, memoryview)):
        return Job(id=str(index), url=None, content=bytes(source))
    if isinstance(source, os.PathLike):
        path = Path(source)
        return Job(id=str(path), url=None, content=path)
    if isinstance(source, tuple) and len(source) in (3, 4):
        id_, content, url, *rest = source
        content_type = rest[0] if rest else None
        if isinstance(content, (str, bytes)) and _optional_str(url) and _optional_str(content_type):
            return Job(id=str(id_), url=url, content=content, content_type=content_type)
    error = TypeError(
        "parse_many() takes str or bytes content, a path, or an (id, content, url) tuple, "
        f"not {_describe(source)}"
    )
    return Job(id=str(index), url=None, content=None, error=error)


def _optional_str(value: object) -> bool:
    return value is None or isinstance(value, str)


def _describe(source: object) -> str:
    if isinstance(source, tuple):
        return f"a tuple of {len(source)} items ({', '.join(type(x).__name__ for x in source)})"
    return type(source).__name__


def _run(job: Job, options: Options | None) -> Result:
    """Parse one job; its failure becomes its result."""
    try:
        article = _parse_job(job, options)
    except Exception as exc:  # per-input isolation: returned as the result, never hidden
        return Result(id=job.id, url=job.url, article=None, error=exc)
    return Result(id=job.id, url=job.url, article=article)


def _parse_job(job: Job, options: Options | None) -> Article:
    content, kind = load(job, options)
    return parse(content, url=job.url, kind=kind, content_type=job.content_type, options=options)


def load(job: Job, options: Options | None) -> tuple[str | bytes, Kind]:
    """The job's content (read from its file if it names one) and the kind its name implies.

    Raises the job's own error if the source was malformed, ``OSError`` if the file is
    unreadable, ``InputTooLargeError`` before reading a file over ``max_bytes``.
    """
    if job.error is not None:
        raise job.error
    if isinstance(job.content, Path):
        return _read(job.content, options)
    assert job.content is not None  # a job without content carries an error instead
    return job.content, "auto"


def _read(path: Path, options: Options | None) -> tuple[bytes, Kind]:
    """A file's bytes (gunzipped for ``.gz``), never more than ``max_bytes`` in memory."""
    # Not Options(): building one compiles the rule set, which a file read must not pay for.
    limit = DEFAULT_MAX_BYTES if options is None else options.max_bytes
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
        with gzip.open(path, "rb") as stream:
            data = stream.read(limit + 1)
            if len(data) > limit:  # measure the rest without holding it (a gzip bomb)
                rest = sum(len(block) for block in iter(lambda: stream.read(1 << 20), b""))
                raise InputTooLargeError(len(data) + rest, limit)
    else:
        size = path.stat().st_size
        if size > limit:
            raise InputTooLargeError(size, limit)  # refuse before reading it into memory
        data = path.read_bytes()
    return data, _KIND_BY_SUFFIX.get(suffixes[-1], "auto") if suffixes else "auto"


def _run_chunk(jobs: list[Job], options: Options | None) -> list[Result]:
    """In a worker: parse a chunk, making sure every error can travel back."""
    return [_picklable(_run(job, options)) for job in jobs]


def _picklable(result: Result) -> Result:
    error = result.error
    if error is None or isinstance(error, NewscleanError):
        return result
    try:
        pickle.loads(pickle.dumps(error))
    except (pickle.PicklingError, TypeError, AttributeError, ValueError):
        error = RuntimeError(f"{type(error).__name__}: {error}")
        return Result(id=result.id, url=result.url, article=None, error=error)
    return result


def _pooled(
    jobs: Iterator[Job], workers: int, options: Options | None, chunksize: int
) -> Iterator[Result]:
    """Chunks through a process pool, a bounded window of them in flight, yielded in order."""
    chunks = iter(lambda: list(islice(jobs, chunksize)), [])
    pool = _Pool(workers, options)
    try:
        window = deque(
            (chunk, pool.submit(chunk))
            for chunk in islice(chunks, workers * _CHUNKS_IN_FLIGHT_PER_WORKER)
        )
        while window:
            chunk, future = window.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                pool.restart()
                results = pool.one_by_one(chunk)
                window = deque(  # the chunks the crash took down go to the new pool
                    (waiting, done if _succeeded(done) else pool.submit(waiting))
                    for waiting, done in window
                )
            following = next(chunks, None)
            if following is not None:
                window.append((following, pool.submit(following)))
            yield from results
    finally:
        pool.close()


def _succeeded(future: Future[list[Result]]) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


class _Pool:
    """A process pool that survives a worker dying (a crash in a C library, the OOM killer):
    the pool is replaced and the chunk re-run one input at a time, so that only the input that
    kills a worker gets the error, as ``BrokenProcessPool``."""

    def __init__(self, workers: int, options: Options | None) -> None:
        self._workers = workers
        self._options = options
        self._executor = ProcessPoolExecutor(max_workers=workers)

    def submit(self, chunk: list[Job]) -> Future[list[Result]]:
        return self._executor.submit(_run_chunk, chunk, self._options)

    def one_by_one(self, chunk: list[Job]) -> list[Result]:
        results = []
        for job in chunk:
            try:
                results.extend(self.submit([job]).result())
            except BrokenProcessPool:
                self.restart()
                error = BrokenProcessPool("the worker process died while parsing this input")
                results.append(Result(id=job.id, url=job.url, article=None, error=error))
        return results

    def restart(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
        self._executor = ProcessPoolExecutor(max_workers=self._workers)

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
