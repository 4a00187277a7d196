"""All configuration, read once from the environment and .env: the only place that does."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Literal

import platformdirs
from pydantic import (
    AliasChoices,
    Field,
    SecretStr,
    ValidationError,
    ValidationInfo,
    field_validator,
)
from pydantic_core import ErrorDetails, PydanticUseDefault
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

BUNDLED_PROFILE = Path(__file__).resolve().parent.parent / "data" / "minghui_qiu_profile.txt"
MAX_SHARDS = 65_536  # far above any bot's need (Discord: ~1 shard per 1,000 servers)


def _default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("profilebot", appauthor=False))


class SettingsError(ValueError):
    """A setting with a value profilebot cannot use; the message names the variable."""


class Settings(BaseSettings):
    """profilebot's settings; each field is documented in README and .env.example."""

    model_config = SettingsConfigDict(
        env_prefix="PROFILEBOT_", env_file=".env", extra="ignore", populate_by_name=True
    )

    data_dir: Path = Field(default_factory=_default_data_dir)
    chroma_path: Path | None = Field(None, description="Default: <data_dir>/chroma")
    chroma_url: str | None = Field(None, description="A Chroma server (chroma run) instead.")
    profile_file: Path = BUNDLED_PROFILE
    profile: str = "default"
    captured_year: int = Field(default_factory=lambda: dt.date.today().year, ge=1800, le=2100)
    embedder: str = Field("minilm", description="'minilm' (offline) or 'openai:MODEL'.")
    embedding_model_dir: Path | None = Field(
        None,
        description="A folder with MiniLM's model.onnx and tokenizer.json (checked by sha256): "
        "no download, no package needed.",
    )
    model_cache_dir: Path | None = Field(
        None,
        description="Default: <data_dir>/models (MiniLM's optimized graph and its whole "
        "words' vectors, derived once).",
    )
    word_table: bool = Field(
        True,
        description="Keep MiniLM's vectors of its 21,745 whole words in the model cache dir "
        "(built once, ~17 s of CPU, 33 MB): a question's new words are looked up, not run.",
    )

    openai_api_key: SecretStr | None = Field(
        None, validation_alias=AliasChoices("OPENAI_API_KEY", "PROFILEBOT_OPENAI_API_KEY")
    )
    llm_model: str = "gpt-4o-mini"
    llm_base_url: str | None = None
    llm_timeout: float = Field(30.0, gt=0, le=600, allow_inf_nan=False, description="Seconds.")
    llm_max_retries: int = Field(2, ge=0, le=10)
    llm_temperature: float = Field(0.0, ge=0, le=2, allow_inf_nan=False)
    llm_context_tokens: int = Field(8000, ge=1000, le=2_000_000)

    discord_token: SecretStr | None = Field(
        None, validation_alias=AliasChoices("DISCORD_TOKEN", "PROFILEBOT_DISCORD_TOKEN")
    )
    discord_channel_ids: Annotated[list[int], NoDecode] = Field(
        default_factory=list,
        description="Comma-separated channel ids (threads included); empty: all.",
    )
    discord_forum_ids: Annotated[list[int], NoDecode] = Field(
        default_factory=list,
        description="Comma-separated forum channel ids: each new post is answered.",
    )
    discord_allow_dms: bool = False
    discord_dev_guild_id: int | None = Field(None, description="Sync commands here on start.")
    discord_user_rate: int = Field(5, ge=1, description="Questions per user per window.")
    discord_user_window: float = Field(
        60.0, gt=0, le=86_400, allow_inf_nan=False, description="Rate-limit window, seconds."
    )
    discord_max_concurrent: int = Field(4, ge=1, description="Questions answered at once.")
    discord_max_queued: int = Field(
        100, ge=0, description="Acknowledged questions waiting for a free slot; beyond: 'busy'."
    )
    discord_max_profiles_loaded: int = Field(
        8, ge=1, description="Profiles kept loaded, the default's included; beyond: the least used."
    )
    discord_mentions: bool = Field(
        False,
        description="Answer @mentions, replies and threads; needs the Message Content intent.",
    )
    discord_shard_count: int | Literal["auto"] | None = Field(
        None,
        description="Gateway shards in all: 'auto' (Discord's recommendation, all in this "
        "process) or a number; unset: one connection, no sharding.",
    )
    discord_shard_ids: Annotated[list[int], NoDecode] = Field(
        default_factory=list,
        description="The shards this process runs, e.g. '0-3' or '4,5'; empty: all of them.",
    )

    contact_email: str | None = Field(
        None, description="Sent to OpenAlex (polite pool) and in the User-Agent of every source."
    )
    openalex_api_key: SecretStr | None = Field(
        None, validation_alias=AliasChoices("OPENALEX_API_KEY", "PROFILEBOT_OPENALEX_API_KEY")
    )
    semantic_scholar_api_key: SecretStr | None = Field(
        None,
        validation_alias=AliasChoices(
            "SEMANTIC_SCHOLAR_API_KEY", "S2_API_KEY", "PROFILEBOT_SEMANTIC_SCHOLAR_API_KEY"
        ),
    )
    openalex_url: str = "https://api.openalex.org"
    semantic_scholar_url: str = "https://api.semanticscholar.org/graph/v1"
    arxiv_url: str = "https://export.arxiv.org/api/query"
    source_timeout: float = Field(30.0, gt=0, le=600, description="Seconds per request.")
    source_max_retries: int = Field(
        4, ge=0, le=10, description="Retries on 429 (after Retry-After), 5xx and timeouts."
    )
    sync_hours: float | None = Field(
        None, gt=0, le=24 * 365, description="The Discord bot syncs its profiles this often."
    )
    discord_announce_channel_id: int | None = Field(
        None, description="The bot posts papers a sync found here."
    )

    @field_validator("*", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        """' 5 ' is 5 (keys and URLs pasted with a space or newline too); an empty or blank
        value, as a line copied from .env.example leaves it, is the default."""
        if isinstance(value, str):
            value = value.strip()
            if not value:
                raise PydanticUseDefault()
        return value

    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] | None = Field(
        None, description="Default: INFO for `profilebot discord`, WARNING for the CLI."
    )
    log_format: Literal["text", "json"] = Field("text", description="json: one object a line.")
    log_questions: bool = Field(False, description="Put the question's text in its log line.")
    health_port: int | None = Field(
        None, ge=1, le=65535, description="`profilebot discord` serves GET /health here."
    )
    health_host: str = Field("127.0.0.1", description="0.0.0.0 to reach it from outside.")

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.strip().upper() or None if isinstance(value, str) else value

    @field_validator("log_format", mode="before")
    @classmethod
    def _lower(cls, value: object) -> object:
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("discord_channel_ids", "discord_forum_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            return [part for part in value.replace(" ", "").split(",") if part]
        return value

    @field_validator("discord_shard_count", mode="before")
    @classmethod
    def _shard_count(cls, value: object) -> object:
        if isinstance(value, str):
            value = value.strip().lower()
            if not value:
                raise PydanticUseDefault()
            if value == "auto":
                return value
            if not value.isdigit():
                raise ValueError(f"expected a number of shards or 'auto', not {value!r}")
            value = int(value)
        if isinstance(value, int) and not 1 <= value <= MAX_SHARDS:
            raise ValueError(f"expected 1 to {MAX_SHARDS:,} shards")
        return value

    @field_validator("discord_shard_ids", mode="before")
    @classmethod
    def _shard_ranges(cls, value: object) -> object:
        """'0-3,8' is [0, 1, 2, 3, 8]."""
        if not isinstance(value, str):
            return value
        if not value.strip():
            raise PydanticUseDefault()
        ids: list[int] = []
        for part in value.replace(" ", "").split(","):
            low, dash, high = part.partition("-")
            if not (low.isdigit() and (not dash or high.isdigit())):
                raise ValueError(f"expected shard ids like '0-3,8', not {part!r}")
            first, last = int(low), int(high or low)
            if not first <= last < MAX_SHARDS:
                raise ValueError(
                    f"{part!r} is not a range of shard ids (low-high, below the count)"
                )
            ids += range(first, last + 1)
        return ids

    @field_validator("discord_shard_ids")
    @classmethod
    def _shards_in_count(cls, ids: list[int], info: ValidationInfo) -> list[int]:
        """Shard ids need the total count (Discord routes a server by it) and fall within it."""
        if not ids or "discord_shard_count" not in info.data:  # no count, or a bad one (said)
            return ids
        count = info.data["discord_shard_count"]
        if not isinstance(count, int):
            raise ValueError(
                "needs PROFILEBOT_DISCORD_SHARD_COUNT set to the number of shards across all "
                "processes (a number, not 'auto')"
            )
        if outside := sorted(i for i in set(ids) if not 0 <= i < count):
            raise ValueError(f"shard {outside[0]} is outside 0-{count - 1} (the shard count)")
        if len(set(ids)) != len(ids):
            raise ValueError("a shard id is listed twice")
        return ids

    @field_validator("embedding_model_dir", "model_cache_dir", mode="before")
    @classmethod
    def _optional_dir(cls, value: object) -> object:
        """An empty value is unset (the default source); '~' is the home directory."""
        if isinstance(value, str):
            return Path(value).expanduser() if value.strip() else None
        return value

    @classmethod
    def load(cls) -> Settings:
        """The settings, or SettingsError naming each bad variable and what it accepts."""
        if problem := check_env_file():
            raise SettingsError(problem)
        try:
            return cls()
        except ValidationError as error:
            raise SettingsError(
                "invalid setting (" + "; ".join(map(_named, error.errors())) + ")"
            ) from None

    @property
    def chroma_dir(self) -> Path:
        return self.chroma_path or self.data_dir / "chroma"

    @property
    def graph_dir(self) -> Path:
        """Where MiniLM's optimized graph is kept (derived from the model, per machine)."""
        return self.model_cache_dir or self.data_dir / "models"

    @property
    def llm_enabled(self) -> bool:
        """An LLM is used when a base URL or an API key is set."""
        return bool(self.llm_base_url or self.openai_api_key)


def _named(error: ErrorDetails) -> str:
    """'PROFILEBOT_LLM_TIMEOUT: Input should be greater than 0' (never the value itself: it
    may be a key)."""
    field = str(error["loc"][0]) if error["loc"] else ""
    info = Settings.model_fields.get(field)
    alias = info.validation_alias if info else None
    if isinstance(alias, AliasChoices):
        name = str(alias.choices[0])
    else:
        name = "PROFILEBOT_" + field.upper() if field else "a setting"
    return f"{name}: {error['msg']}"


def check_env_file(path: Path = Path(".env")) -> str | None:
    """What is wrong with the .env file in the working directory, if anything: it must be
    readable UTF-8 text (chromadb reads it too, when imported)."""
    try:
        if path.is_file():
            path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        line = path.read_bytes()[: error.start].count(b"\n") + 1
        return f"{path.resolve()} is not UTF-8 text (line {line}): save it as UTF-8 or remove it"
    except OSError as error:
        return f"cannot read {path.resolve()}: {error.strerror}"
    return None
