"""Password policy (OWASP ASVS 2.1): length, then common and trivial passwords refused.

The length rules count characters (at least ``MIN_LENGTH``) and bytes (bcrypt uses only
the first 72). Refused at any length: passwords on the bundled common-password list, one
character repeated, a run of consecutive characters (``12345678``, ``abcdefgh``, keyboard
rows), short patterns repeated (``abcabcabc``), and the account's own email or its name part.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

MIN_LENGTH = 12
MAX_BYTES = 72  # bcrypt uses only the first 72 bytes
_LIST = Path(__file__).resolve().parent.parent / "data" / "common_passwords.txt"
_RUNS = (
    "0123456789012345678901234567890",
    "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
    "qwertyuiopqwertyuiopqwertyuiop",
    "asdfghjklasdfghjklasdfghjkl",
    "zxcvbnmzxcvbnmzxcvbnm",
    "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
)


class PasswordRejected(ValueError):
    """The password does not meet the policy (the message says why, for the user)."""


@cache
def common_passwords() -> frozenset[str]:
    lines = _LIST.read_text(encoding="utf-8").splitlines()
    return frozenset(x.strip().lower() for x in lines if x.strip() and not x.startswith("#"))


def _is_run(value: str) -> bool:
    return any(value in run or value in run[::-1] for run in _RUNS)


def _is_repeated_pattern(value: str) -> bool:
    # "aaaaaaaaaaaa", "abababababab", "abcabcabcabc": a short unit repeated.
    for size in range(1, 5):
        unit = value[:size]
        if len(value) >= size * 3 and (unit * (len(value) // size + 1))[: len(value)] == value:
            return True
    return False


def check_password(password: str, *, email: str | None = None) -> None:
    """Raise :class:`PasswordRejected` when ``password`` is not allowed."""
    if "\x00" in password:
        raise PasswordRejected("the password must not contain NUL characters")
    if len(password) < MIN_LENGTH:
        raise PasswordRejected(f"the password must have at least {MIN_LENGTH} characters")
    if len(password.encode()) > MAX_BYTES:
        raise PasswordRejected(f"the password must be at most {MAX_BYTES} bytes")
    folded = password.strip().lower()
    squeezed = "".join(folded.split())
    if folded in common_passwords() or squeezed in common_passwords():
        raise PasswordRejected("this password is on a list of commonly used passwords")
    if _is_repeated_pattern(squeezed) or _is_run(squeezed):
        raise PasswordRejected("the password is too easy to guess (a repeated or simple run)")
    if email:
        email = email.strip().lower()
        name = email.split("@", 1)[0]
        if squeezed in (email, name) or (len(name) >= 4 and squeezed.startswith(name * 2)):
            raise PasswordRejected("the password must not be your email address")
