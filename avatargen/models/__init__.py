"""SQLAlchemy models, one module per aggregate."""

from avatargen.models.persona import Persona, PersonaImage
from avatargen.models.regeneration import Regeneration, RegenKind, RegenStatus
from avatargen.models.session import UserSession
from avatargen.models.setting import Setting
from avatargen.models.share import TaskShare
from avatargen.models.task import (
    GenerationTask,
    IllegalTransitionError,
    TaskStatus,
)
from avatargen.models.task_chunks import TaskChunk
from avatargen.models.task_events import EventKind, TaskEvent, TaskUsage
from avatargen.models.token import ApiToken
from avatargen.models.user import User

__all__ = [
    "ApiToken",
    "EventKind",
    "GenerationTask",
    "IllegalTransitionError",
    "Persona",
    "PersonaImage",
    "Regeneration",
    "RegenKind",
    "RegenStatus",
    "Setting",
    "TaskChunk",
    "TaskEvent",
    "TaskShare",
    "TaskStatus",
    "TaskUsage",
    "User",
    "UserSession",
]
