"""Sign-in and sign-out pages, and the account page (routes in routes.py and account.py)."""

from avatargen.auth import account, routes  # noqa: F401
from avatargen.auth.blueprint import bp

__all__ = ["bp"]
