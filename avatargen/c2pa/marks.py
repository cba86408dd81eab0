"""The "content credentials" mark of the web pages, from the stored image rows (the files
are read once, when stored; pages never parse them)."""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa

from avatargen.extensions import db
from avatargen.models import PersonaImage


def signed_image_ids(image_ids: Iterable[int]) -> set[int]:
    """Which of ``image_ids`` carry a C2PA manifest (one query, for a gallery page)."""
    ids = [int(i) for i in image_ids if i is not None]
    if not ids:
        return set()
    rows = db.session.scalars(
        sa.select(PersonaImage.id).where(
            PersonaImage.id.in_(ids), PersonaImage.content_credentials.is_(True)
        )
    )
    return set(rows)


def init_app(app) -> None:
    app.add_template_global(signed_image_ids)
