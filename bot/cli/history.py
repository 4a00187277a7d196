"""`profilebot chat --continue`: the conversation saved under the data directory, one file a
profile, so a chat can be picked up where it was left."""

from __future__ import annotations

import logging
from pathlib import Path

from pydantic import BaseModel, ValidationError

from bot.settings import Settings
from prompts.answer.memory import Conversation, Turn
from retrieval.index.store import collection_name

CHATS_DIR = "chats"

log = logging.getLogger(__name__)


class SavedChat(BaseModel):
    """The file's form: the last turns of the conversation, oldest first."""

    turns: list[Turn]


def chat_file(settings: Settings, profile: str) -> Path:
    """<data dir>/chats/profilebot-<profile>.json (names that differ in case are one file)."""
    return settings.data_dir / CHATS_DIR / f"{collection_name(profile)}.json"


def load_chat(path: Path) -> tuple[Conversation, str | None]:
    """The saved conversation (empty if none), and a line saying why it was not usable."""
    conversation = Conversation()
    try:
        saved = SavedChat.model_validate_json(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return conversation, None
    except (OSError, UnicodeDecodeError, ValidationError) as err:
        reason = err.strerror if isinstance(err, OSError) else "not a saved chat"
        return conversation, f"cannot read the saved chat {path} ({reason}): starting afresh"
    for turn in saved.turns:
        conversation.add(turn.question, turn.answer)
    return conversation, None


def save_chat(path: Path, conversation: Conversation) -> str | None:
    """Write the conversation (atomically); a line saying why not, if it could not be."""
    text = SavedChat(turns=list(conversation.turns)).model_dump_json()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_suffix(".part")
        part.write_text(text, encoding="utf-8")
        part.replace(path)
    except OSError as err:
        return (
            f"cannot save the chat to {path} ({err.strerror or err}): --continue will not find it"
        )
    return None


def forget_chat(path: Path) -> None:
    path.unlink(missing_ok=True)
