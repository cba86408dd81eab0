"""SQLAlchemy models, one module per aggregate."""

from avatargen.models.persona import Persona, PersonaImage
from avatargen.models.session import UserSession
from avatargen.models.setting import Setting
from avatargen.models.task import (
    GenerationTask,
    IllegalTransitionError,
    TaskStatus,
)
from avatargen.models.token import ApiToken
from avatargen.models.user import User

__all__ = [
    "ApiToken",
    "GenerationTask",
    "IllegalTransitionError",
    "Persona",
    "PersonaImage",
    "Setting",
    "TaskStatus",
    "User",
    "UserSession",
]
