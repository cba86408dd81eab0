"""Stream an export as it is written: a background thread writes, the response reads.

Used by both the web download route and the REST API's export route.

``export_task`` writes to a file object; here that object is a pipe whose ``write`` puts
chunks on a bounded queue, and the response body is a generator that takes them off. The
writer blocks while the queue is full, so memory stays flat whatever the export's size.
The pipe has no ``tell``/``seek``: ``zipfile`` then writes data descriptors and needs none.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Iterator
from typing import Any

from flask import Flask, Response, current_app

from avatargen.exports.writer import export_task
from avatargen.extensions import db
from avatargen.models import GenerationTask

log = logging.getLogger(__name__)

CHUNK_SIZE = 64 * 1024
QUEUE_CHUNKS = 8
POLL_SECONDS = 0.5
JOIN_SECONDS = 10.0


class ExportStreamError(RuntimeError):
    """The export failed after the response started; the download must not look complete."""


class _Cancelled(Exception):
    """The client went away: stop writing."""


class _Failed:
    def __init__(self, exc: BaseException) -> None:
        self.exc = exc


_END = object()


class QueuePipe:
    """A write-only, unseekable binary file that hands its bytes to a bounded queue."""

    def __init__(
        self, chunks: queue.Queue, cancelled: threading.Event, chunk_size: int | None = None
    ) -> None:
        self._chunks = chunks
        self._cancelled = cancelled
        self._chunk_size = chunk_size or CHUNK_SIZE
        self._buf = bytearray()
        self._dropping = False

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        view = memoryview(data).cast("B")
        if self._dropping:
            # The reader is gone and the writer has been told once; what its cleanup still
            # writes (zipfile closing entries, ``ZipFile.__del__``) goes nowhere, quietly.
            return view.nbytes
        self._buf += view
        while len(self._buf) >= self._chunk_size:  # fixed-size chunks bound the memory
            self.put(bytes(self._buf[: self._chunk_size]))
            del self._buf[: self._chunk_size]
        return view.nbytes

    def flush(self) -> None:
        """Nothing to do: chunks are handed over when full or at the end."""

    def finish(self) -> None:
        self._flush_buffer()

    def _flush_buffer(self) -> None:
        if self._buf:
            self.put(bytes(self._buf))
            self._buf.clear()

    def put(self, item: object) -> None:
        """Put ``item`` on the queue, waiting for room unless the reader has gone."""
        while True:
            if self._cancelled.is_set():
                self._dropping = True
                self._buf.clear()
                raise _Cancelled()
            try:
                self._chunks.put(item, timeout=POLL_SECONDS)
                return
            except queue.Full:
                continue


def stream_in_thread(
    app: Flask, write: Callable[[QueuePipe], None], name: str = "export"
) -> Iterator[bytes]:
    """Yield the bytes ``write(pipe)`` produces in a background thread with an app context.

    An exception in the writer ends the stream with :class:`ExportStreamError` (the server
    then drops the connection, so a client never mistakes a partial file for a whole one);
    closing the generator early (client gone) stops the writer at its next write.
    """
    chunks: queue.Queue = queue.Queue(maxsize=QUEUE_CHUNKS)
    cancelled = threading.Event()
    pipe = QueuePipe(chunks, cancelled)

    def produce() -> None:
        try:
            with app.app_context():
                write(pipe)
                pipe.finish()
            pipe.put(_END)
        except _Cancelled:
            return
        except BaseException as exc:  # noqa: BLE001  (reported to the reader, never lost)
            log.exception("%s failed while streaming", name)
            try:
                pipe.put(_Failed(exc))
            except _Cancelled:
                return

    thread = threading.Thread(target=produce, name=name, daemon=True)
    thread.start()
    try:
        while True:
            try:
                item = chunks.get(timeout=POLL_SECONDS)
            except queue.Empty:
                if not thread.is_alive() and chunks.empty():
                    raise ExportStreamError(f"{name} stopped without finishing") from None
                continue
            if item is _END:
                return
            if isinstance(item, _Failed):
                raise ExportStreamError(f"{name} failed: {item.exc}") from item.exc
            yield item
    finally:
        cancelled.set()
        thread.join(JOIN_SECONDS)


EXPORT_CONTENT_TYPES = {
    "json": "application/json",
    "jsonl": "application/x-ndjson",
    "csv": "text/csv; charset=utf-8",
    "zip": "application/zip",
    "parquet": "application/zip",  # the Hugging Face layout, zipped
}
DOWNLOAD_SUFFIX = {"parquet": "parquet.zip"}


def _primed(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """Run ``chunks`` up to its first chunk now, so a failure at the start raises here
    (the caller can still answer with an error status) rather than mid-response."""
    try:
        first = next(chunks)
    except StopIteration:
        first = b""

    def body() -> Iterator[bytes]:
        try:
            if first:
                yield first
            yield from chunks
        finally:
            chunks.close()  # type: ignore[attr-defined]  (a generator: stops the writer)

    return body()


def export_download(task: GenerationTask, fmt: str) -> Response:
    """A streamed download of ``task`` as ``fmt``; raises :class:`ExportStreamError` if the
    export fails before its first bytes."""
    task_pk, name = task.id, task.task_id
    db.session.close()  # the writer thread reads in its own session

    def write(out: QueuePipe) -> None:
        export_task(db.session.get(GenerationTask, task_pk), fmt, out)

    body = _primed(
        stream_in_thread(current_app._get_current_object(), write, name=f"export {name}")
    )
    resp = Response(body, content_type=EXPORT_CONTENT_TYPES[fmt])
    resp.headers["Content-Disposition"] = (
        f'attachment; filename="avatargen-{name}.{DOWNLOAD_SUFFIX.get(fmt, fmt)}"'
    )
    resp.headers["Cache-Control"] = "private, no-store"
    resp.headers["X-Content-Type-Options"] = "nosniff"
    return resp
