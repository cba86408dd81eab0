"""How a person's full name is written from its given and family parts.

Family name first, without a space, for names written in Han characters, kana or
Hangul (佐藤美咲, 王芳, 김민준); family name first with spaces for Vietnamese names
(Nguyễn Thị Lan); given name first elsewhere (the default for every other script).
"""

from __future__ import annotations

from functools import cache


def _east_asian(ch: str) -> bool:
    o = ord(ch)
    return (
        0x3005 <= o <= 0x3007  # 々 〆 〇
        or 0x3040 <= o <= 0x30FF  # hiragana, katakana
        or 0x3400 <= o <= 0x9FFF  # CJK ideographs
        or 0xAC00 <= o <= 0xD7AF  # Hangul syllables
        or 0xF900 <= o <= 0xFAFF
    )


@cache
def _vietnamese_surnames() -> frozenset[str]:
    from avatargen.providers.offline_text.names_native import VI_SURNAMES

    return VI_SURNAMES


_VI_MARKS = frozenset("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")


def full_name(first: str, last: str) -> str:
    if first and last and all(_east_asian(ch) for ch in first + last):
        return f"{last}{first}"
    if last in _vietnamese_surnames() and (
        any(ch in _VI_MARKS for ch in first.lower()) or " " in first
    ):
        return f"{last} {first}"
    return f"{first} {last}"
