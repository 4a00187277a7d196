"""All configuration, read once from the environment and .env: the only place that does."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import platformdirs
from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

BUNDLED_PROFILE = Path(__file__).resolve().parent.parent / "data" / "minghui_qiu_profile.txt"


def _default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("profilebot", appauthor=False))


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
    captured_year: int = Field(default_factory=lambda: dt.date.today().year)
    embedder: str = Field("minilm", description="'minilm' (offline) or 'openai:MODEL'.")

    openai_api_key: SecretStr | None = Field(
        None, validation_alias=AliasChoices("OPENAI_API_KEY", "PROFILEBOT_OPENAI_API_KEY")
    )
    llm_model: str = "gpt-4o-mini"
    llm_base_url: str | None = None
    llm_timeout: float = 30.0
    llm_max_retries: int = 2
    llm_temperature: float = 0.0
    llm_context_tokens: int = 8000

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
    discord_user_window: float = Field(60.0, gt=0, description="Rate-limit window, seconds.")
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

    @field_validator("discord_channel_ids", "discord_forum_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            return [part for part in value.replace(" ", "").split(",") if part]
        return value

    @property
    def chroma_dir(self) -> Path:
        return self.chroma_path or self.data_dir / "chroma"

    @property
    def llm_enabled(self) -> bool:
        """An LLM is used when a base URL or an API key is set."""
        return bool(self.llm_base_url or self.openai_api_key)
