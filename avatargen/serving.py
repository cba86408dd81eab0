"""The waitress server of ``avatargen serve``, hardened against clients that stall it.

waitress never times out a connection that has a request in progress, and a response
thread blocks once that connection's output buffer is full: a client that starts a large
download and stops reading would hold a server thread forever. Here the server's periodic
maintenance also closes any connection that has had output waiting and no byte taken for
``send_timeout`` seconds; the blocked thread then sees the client as gone, the download's
export slot (:mod:`avatargen.services.export_slots`) is released, and the thread is free.
Idle keep-alive connections close after ``channel_timeout`` seconds.
"""

from __future__ import annotations

import logging
import time

from waitress.server import create_server

log = logging.getLogger(__name__)


def make_server(
    app,
    *,
    host: str,
    port: int,
    threads: int,
    send_timeout: int = 60,
    channel_timeout: int = 60,
):
    """A waitress server for ``app`` that cuts stalled readers (call ``.run()``)."""
    server = create_server(
        app,
        host=host,
        port=port,
        threads=threads,
        ident="avatargen",
        channel_timeout=channel_timeout,
        # Maintenance (idle and stalled connections) runs this often.
        cleanup_interval=max(1, min(30, send_timeout // 2 or 1)),
    )
    plain_maintenance = server.maintenance

    def maintenance(now: float) -> None:
        plain_maintenance(now)
        cutoff = now - send_timeout
        for channel in list(server.active_channels.values()):
            if (
                channel.requests
                and channel.total_outbufs_len > 0
                and (channel.last_activity < cutoff)
            ):
                log.warning(
                    "closing a connection that took no bytes for %ss (%s bytes waiting)",
                    send_timeout,
                    channel.total_outbufs_len,
                )
                channel.handle_close()

    server.maintenance = maintenance
    return server


def serve(app, *, host: str, port: int, threads: int) -> None:
    """Run ``app`` until interrupted, with the timeouts from its config."""
    server = make_server(
        app,
        host=host,
        port=port,
        threads=threads,
        send_timeout=int(app.config.get("SEND_TIMEOUT", 60)),
        channel_timeout=int(app.config.get("CHANNEL_TIMEOUT", 60)),
    )
    started = time.monotonic()
    try:
        server.run()
    finally:
        log.info("server stopped after %.0f s", time.monotonic() - started)
        server.close()
