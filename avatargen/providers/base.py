"""Provider contracts: the typed requests and results every text or image provider speaks.

The pipeline only ever talks to these types; concrete providers live in their own
modules and are found by name through :mod:`avatargen.providers.registry`.
"""

from __future__ import annotations

import hashlib
import math
from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Annotated, ClassVar, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from avatargen.heritage import MAX_LABEL, MAX_LABELS, HeritageMixError, check_mix
from avatargen.persona_record import (  # noqa: F401  (the persona types providers speak)
    DEFAULT_BIO_LIMITS,
    GENDERS,
    PLATFORMS,
    Age,
    Appearance,
    Bios,
    CountryCode,
    Education,
    Gender,
    PersonaDraft,
)

# IPTC digital source types written into every image's XMP (see avatargen.provenance).
ALGORITHMIC_MEDIA = "http://cv.iptc.org/newscodes/digitalsourcetype/algorithmicMedia"
TRAINED_ALGORITHMIC_MEDIA = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"


class ProviderError(Exception):
    """A provider cannot do what was asked (bad option, unsupported language, missing key)."""


class UnknownProviderError(ProviderError, LookupError):
    """No provider is registered under the requested name."""


class ProviderFatalError(ProviderError):
    """A request that cannot succeed on retry: the key rejected (401), not allowed (403),
    the model missing (404), the request itself refused (400), no key configured. The
    pipeline stops the task with this one line instead of sending it for every batch."""


class ProviderPreflightError(ProviderError):
    """A provider cannot serve a run here and now: its server does not answer, rejects the
    key, or lacks the model (or workflow nodes). The message is one line an operator can act
    on; ``retryable`` says whether trying again later may help (an unreachable server) or
    not (a rejected key, a missing model)."""

    def __init__(self, message: str, *, retryable: bool = False) -> None:
        super().__init__(" ".join(message.split()))
        self.retryable = retryable
        self.kind = ""  # "text" or "image": set by avatargen.providers.preflight
        self.provider = ""  # the provider's id: set there too


_LABEL_PATTERN = r"^[^\x00-\x1f\x7f]*[^\s\x00-\x1f\x7f][^\x00-\x1f\x7f]*$"
HeritageLabel = Annotated[str, Field(min_length=1, max_length=MAX_LABEL, pattern=_LABEL_PATTERN)]
HeritageWeight = Annotated[float, Field(ge=0, le=1000, allow_inf_nan=False)]
# Said as propertyNames + additionalProperties (pydantic would write patternProperties,
# which lets keys outside the pattern hold any value: the document would offer what the
# API refuses).
_HERITAGE_SCHEMA = {
    "type": "object",
    "maxProperties": MAX_LABELS,
    "propertyNames": {"minLength": 1, "maxLength": MAX_LABEL, "pattern": _LABEL_PATTERN},
    "additionalProperties": {"type": "number", "minimum": 0, "maximum": 1000},
}

# Weights are relative (60/40 and 0.6/0.4 mean the same); a bound keeps sums finite.
MAX_GENDER_WEIGHT = 1000.0


class Constraints(BaseModel):
    """Structured constraints a user may give with a task."""

    model_config = ConfigDict(extra="forbid")
    age_min: Age | None = None
    age_max: Age | None = None
    # Relative weights per gender, e.g. {"female": 0.6, "male": 0.4}; empty = provider default.
    gender_mix: dict[Gender, float] = Field(default_factory=dict)
    country: str | None = Field(default=None, min_length=2, max_length=2)
    # Relative weights per heritage label, e.g. {"Portuguese": 60, "Cape Verdean": 25};
    # each persona gets one (avatargen.heritage.heritage_for); empty = no heritage field.
    heritage_mix: Annotated[
        dict[HeritageLabel, HeritageWeight], WithJsonSchema(_HERITAGE_SCHEMA)
    ] = Field(default_factory=dict, max_length=MAX_LABELS)

    @field_validator("heritage_mix")
    @classmethod
    def _heritage(cls, value: dict) -> dict:
        try:
            return check_mix(value)
        except HeritageMixError as exc:
            raise ValueError(str(exc)) from None

    @field_validator("country")
    @classmethod
    def _upper_country(cls, value: str | None) -> str | None:
        return value.upper() if value else value

    @field_validator("gender_mix")
    @classmethod
    def _weights(cls, value: dict) -> dict:
        if any(not math.isfinite(w) for w in value.values()):
            raise ValueError("gender weights must be finite numbers")
        if any(w > MAX_GENDER_WEIGHT for w in value.values()):
            raise ValueError(f"gender weights must be at most {MAX_GENDER_WEIGHT:g}")
        if any(w < 0 for w in value.values()):
            raise ValueError("gender weights must not be negative")
        if value and sum(value.values()) <= 0:
            raise ValueError("at least one gender weight must be positive")
        return value

    @model_validator(mode="after")
    def _range(self) -> Constraints:
        if self.age_min is not None and self.age_max is not None and self.age_min > self.age_max:
            raise ValueError("age_min must not be greater than age_max")
        return self


class TextBatchRequest(BaseModel):
    """Ask a text provider for ``count`` personas, positions ``start_index`` onwards."""

    description: str
    language: str  # BCP 47
    count: int = Field(ge=1)
    start_index: int = Field(default=0, ge=0)
    constraints: Constraints = Field(default_factory=Constraints)
    bio_prompts: dict[str, str] = Field(default_factory=dict)
    bio_limits: dict[str, int] = Field(default_factory=lambda: dict(DEFAULT_BIO_LIMITS))
    avoid_names: frozenset[str] = frozenset()  # full names already used in the task
    seed: int = 0

    @field_validator("avoid_names", mode="plain")
    @classmethod
    def _names(cls, value: object) -> frozenset[str]:
        """A frozenset is taken as it is: checking 10,000 names one by one cost 0.5 ms for
        every request a big task built; any other collection of names becomes one."""
        if isinstance(value, frozenset):
            return value
        if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
            raise ValueError("avoid_names must be a collection of full names")
        return frozenset(str(name) for name in value)


@dataclass
class DraftFailure:
    """A position the provider could not fill, with the reason (recorded on the task)."""

    index: int
    reason: str


@dataclass
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    requests: int = 0
    images: int = 0

    def add(self, other: Usage) -> None:
        self.prompt_tokens += other.prompt_tokens
        self.completion_tokens += other.completion_tokens
        self.requests += other.requests
        self.images += other.images


@dataclass
class TextBatchResult:
    """Drafts keyed by their 0-based task index; failures for positions not filled."""

    drafts: dict[int, PersonaDraft] = field(default_factory=dict)
    failures: list[DraftFailure] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)
    traces: list = field(default_factory=list)  # CallTrace rows, filled by the pipeline


@dataclass
class DescriptionReport:
    """What a provider understood of a free-text description, for the dataset card."""

    understood: dict[str, str] = field(default_factory=dict)  # hint kind -> value
    not_understood: list[str] = field(default_factory=list)  # words it ignored


# --------------------------------------------------------------------------- images


class ImageSubject(BaseModel):
    """What an image provider is told about one persona."""

    persona_id: str
    task_id: str
    index: int
    gender: Gender
    age: int
    appearance: Appearance
    occupation: str = ""
    interests: list[str] = Field(default_factory=list)
    seed: int = 0  # task seed; providers mix in ``index`` so positions differ
    # A regeneration's seed (0: the original image): the same identity, another variation.
    variation: int = Field(default=0, ge=0)
    # A regeneration's prompt change, added to the prompt by model image providers.
    prompt_note: str = Field(default="", max_length=500)


@dataclass
class GeneratedImage:
    """Encoded image bytes as a provider returns them (provenance is added by the pipeline)."""

    data: bytes
    width: int
    height: int
    format: Literal["PNG", "JPEG"] = "PNG"
    usage: Usage | None = None  # what making it cost (requests, images, tokens)
    prompt: str | None = None  # the text prompt a model image was made from (stored with it)
    traces: list = field(default_factory=list)  # CallTrace rows, filled by the pipeline

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


# --------------------------------------------------------------------------- provider classes


class ProviderOptions(BaseModel):
    """Base of every provider's typed options model."""

    model_config = ConfigDict(extra="forbid")


class Provider(ABC):
    """Common face of text and image providers."""

    id: ClassVar[str]
    kind: ClassVar[Literal["text", "image"]]
    label: ClassVar[str] = ""
    capabilities: ClassVar[frozenset[str]] = frozenset()
    # Human-readable list of what the provider needs (env vars, extras, servers).
    requires: ClassVar[tuple[str, ...]] = ()
    Options: ClassVar[type[ProviderOptions]] = ProviderOptions
    # Rough seconds per unit of work (persona for text, image for images) and the usage one
    # unit is expected to cause ({"prompt_tokens": .., "completion_tokens": .., "images": ..,
    # "requests": ..}); the estimate shown before a task starts prices that usage with the
    # configured price table (avatargen/pricing.py). Local work has no usage.
    seconds_per_unit: ClassVar[float] = 0.05
    usage_per_unit: ClassVar[dict[str, float]] = {}
    # True when the work is done on this machine's CPU (a local renderer, not a network
    # call): the pipeline then runs it in its process pool instead of threads.
    cpu_bound: ClassVar[bool] = False

    def __init__(self, options: ProviderOptions | None = None) -> None:
        self.options = options if options is not None else self.Options()

    @property
    def concurrency(self) -> int:
        """How many calls the pipeline may keep in flight at once with this provider."""
        return 1

    @property
    def threads(self) -> int:
        """How many threads the pipeline calls this provider from (``concurrency`` unless a
        limiter of the provider's own keeps the calls in flight to that)."""
        return self.concurrency

    @classmethod
    def enabled(cls) -> tuple[bool, str]:
        """Whether the provider can run here, and why not when it cannot."""
        return True, ""

    def preflight(self) -> None:
        """Prove the provider can serve a run before anything is stored (its server answers,
        accepts the key, has the model); raise :class:`ProviderPreflightError` with one line
        when it cannot. Called at submission and at ``generate`` start through
        :func:`avatargen.providers.preflight.ensure_ready`. Default: nothing to check."""
        return None

    def preflight_key(self) -> tuple:
        """What a passed preflight is remembered under (providers with the same key share
        it): the provider and its options. Network providers add the key's digest."""
        return (self.kind, self.id, self.options.model_dump_json())


class TextProvider(Provider):
    kind: ClassVar[Literal["text"]] = "text"

    def supported_languages(self) -> tuple[str, ...] | None:
        """BCP 47 codes this provider can write, or None for any language."""
        return None

    def check_request(self, description: str, language: str, constraints: Constraints) -> None:
        """Raise :class:`ProviderError` up front for anything this provider cannot do."""

    def describe(self, description: str, language: str) -> DescriptionReport:
        """What the provider will take from the description (for the dataset card)."""
        return DescriptionReport()

    def end_task(self, request: TextBatchRequest) -> None:
        """The task ``request`` belongs to has all its personas: drop what was kept for its
        later batches (nothing by default)."""

    @abstractmethod
    def generate_batch(self, request: TextBatchRequest) -> TextBatchResult:
        """Produce validated drafts for positions ``start_index .. start_index+count-1``."""


class ImageProvider(Provider):
    kind: ClassVar[Literal["image"]] = "image"
    digital_source_type: ClassVar[str] = TRAINED_ALGORITHMIC_MEDIA

    @abstractmethod
    def base_portrait(self, subject: ImageSubject, size: int) -> GeneratedImage:
        """The persona's reference portrait (position 1)."""

    @abstractmethod
    def variant(
        self, subject: ImageSubject, base: GeneratedImage, position: int, size: int
    ) -> GeneratedImage:
        """Another image of the same persona (position >= 2), keeping the base's identity."""
