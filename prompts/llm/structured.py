"""The answer as data: a JSON schema of sentences, each with the sources it rests on.

The model fills `CitedAnswer` (servers that constrain decoding to a schema, such as OpenAI,
llama.cpp and vLLM, cannot write anything else); profilebot writes the `[n]` markers itself,
so a marker can be missing or malformed only if the model left a sentence's sources empty.
The rendered text then goes through the same citation check as a free-text answer.
"""

from __future__ import annotations

import json
import re
from typing import Annotated, Any

from langchain_core.utils.json import parse_partial_json
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from retrieval.text import split_sentences

MAX_SENTENCES = 8
# What a model may still write inside a sentence: its own markers, or the prompt's fence tags.
INLINE_MARKER = re.compile(
    r"\[\s*(?:sources?\s*)?\d+(?:\s*[,;–-]\s*\d+)*\s*\]|</?\s*source\b[^>]*>", re.IGNORECASE
)
# A sentence saying the sources hold no answer ("The sources do not answer this question.").
DECLINE = re.compile(
    r"\b(?:do(?:es)?\s+not|don't|doesn't|cannot|can't|no)\b[^.]*\b(?:answer|mention|address|"
    r"contain|information|relevant|discuss)",
    re.IGNORECASE,
)
SENTENCE_MASK = str.maketrans({".": "\ue000", "?": "\ue001", "!": "\ue002"})
SENTENCE_UNMASK = str.maketrans({"\ue000": ".", "\ue001": "?", "\ue002": "!"})


class CitedSentence(BaseModel):
    """One sentence of the answer and the numbers of the sources it states."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="One sentence with facts from the sources, no [n] markers.")
    sources: list[Annotated[int, Field(ge=1)]] = Field(
        description="The numbers of the sources this sentence rests on."
    )


class CitedAnswer(BaseModel):
    """The model's answer: a few cited sentences; none when no source answers the question."""

    model_config = ConfigDict(extra="forbid")

    sentences: list[CitedSentence] = Field(max_length=MAX_SENTENCES)


class MalformedAnswer(ValueError):
    """The reply is not a CitedAnswer, even in part."""


def response_format() -> dict[str, Any]:
    """The OpenAI `response_format` asking for a CitedAnswer (strict JSON schema)."""
    return {
        "type": "json_schema",
        "json_schema": {
            "name": "CitedAnswer",
            "strict": True,
            "schema": CitedAnswer.model_json_schema(),
        },
    }


def parse_answer(text: str) -> CitedAnswer:
    """The reply as a CitedAnswer. A reply cut short (the token limit) keeps its complete
    sentences; code fences around the JSON (a server that ignored the schema) are allowed."""
    body = re.sub(r"^```(?:json)?\s*|\s*```$", "", text.strip())
    try:
        return CitedAnswer.model_validate_json(body)
    except ValidationError:
        pass
    try:
        partial = parse_partial_json(body)
    except json.JSONDecodeError as err:
        raise MalformedAnswer("not JSON") from err
    if not isinstance(partial, dict) or not isinstance(partial.get("sentences"), list):
        raise MalformedAnswer("no sentences")
    complete = []
    for item in partial["sentences"][:-1]:  # the last one may have been cut mid-sentence
        try:
            complete.append(CitedSentence.model_validate(item))
        except ValidationError:
            continue
    return CitedAnswer(sentences=complete[:MAX_SENTENCES])


def declined(answer: CitedAnswer) -> bool:
    """No sentences, or only uncited ones saying the sources do not answer."""
    return all(not s.sources and DECLINE.search(s.text) for s in answer.sentences)


def render(answer: CitedAnswer, titles: list[str], listing: bool) -> str:
    """The answer as text with [n] markers before each sentence's full stop. For a list of
    papers, a new line where the sources change (one line per paper); else a paragraph.
    `titles`: the sources' titles, whose own full stops ('Seeing is Believing? ...') do not
    end a sentence."""
    lines: list[list[str]] = []
    previous: list[int] | None = None
    for item in answer.sentences:
        numbers = list(dict.fromkeys(item.sources))
        cited = "".join(f"[{n}]" for n in numbers)
        text = re.sub(r"\s{2,}", " ", INLINE_MARKER.sub(" ", item.text)).strip()
        parts = []
        for sentence in _sentences(text, titles):
            body, end = (sentence[:-1], sentence[-1]) if sentence[-1] in ".!?" else (sentence, ".")
            parts.append(f"{body.rstrip()} {cited}{end}" if cited else f"{body.rstrip()}{end}")
        if not parts:
            continue
        if lines and (not listing or numbers == previous):
            lines[-1] += parts
        else:
            lines.append(parts)
        previous = numbers
    if len(lines) == 1:
        return " ".join(lines[0])
    return "\n".join("- " + " ".join(line) for line in lines)


def _sentences(text: str, titles: list[str]) -> list[str]:
    for title in titles:
        if re.search(r"[.?!]\s", title):
            text = text.replace(title, title.translate(SENTENCE_MASK))
    return [s.translate(SENTENCE_UNMASK) for s in split_sentences(text)] if text else []
