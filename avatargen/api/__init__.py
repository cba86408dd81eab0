"""REST API ``/api/v1``: bearer-token JSON over the shared services.

The blueprint lives in :mod:`avatargen.api.blueprint`; importing the modules below adds
their handlers and routes to it (auth checks, error shapes, the OpenAPI document, the
task and persona routes, verify).
"""

from avatargen.api import auth, errors, openapi, regenerate, routes, traces, verify  # noqa: F401
from avatargen.api.blueprint import bp

__all__ = ["bp"]
