"""The LLM reads a question into typed slots (JSON schema); the exact handlers then answer it.

The model fills `QuerySlots` through structured output; `read_query` checks every value
against the profile and maps the slots onto the same `Query` the offline parser produces, so
counts stay exact whoever parses. Any failure means no reading: the offline parse answers.
"""

from __future__ import annotations

import logging
import re
from typing import Any, NamedTuple

import openai
from langchain_core.exceptions import LangChainException
from langchain_core.prompts import ChatPromptTemplate

from prompts.llm.breaker import breaker_for
from prompts.llm.client import (
    MALFORMED,
    LLMConfig,
    describe,
    endpoint,
    is_outage,
    make_chat_model,
)
from prompts.llm.slots import (
    QuerySlots,
    SlotOperation,
    Untrusted,
    author_name,
    category_code,
    date_group,
    other_person,
    paper_ids,
)
from prompts.understand.dates import reference_date
from prompts.understand.intent import Operation
from prompts.understand.mentions import Mentions
from prompts.understand.router import HeaderField, Query
from prompts.understand.terms import STOPWORDS
from retrieval.index.columns import columns_of
from retrieval.model import CATEGORY_NAMES, Profile, category_label
from retrieval.people import same_person

__all__ = ["QueryReader", "QuerySlots", "Reading", "read_query"]

log = logging.getLogger(__name__)

ALL_FIELDS: list[HeaderField] = [
    "name", "main_category", "h_index", "citations", "novelty", "ai_score", "papers"
]  # fmt: skip
# The classifier's operation each slot operation stands for (the Assistant branches on it).
OPERATIONS: dict[SlotOperation, Operation] = {
    "overview": "overview", "compare": "compare", "describe": "fact", "fact": "fact",
    "trend": "trend", "outside": "outside", "list": "topic", "yes_no": "topic",
    "count": "metadata", "share": "metadata", "earliest": "metadata", "latest": "metadata",
    "stats": "metadata", "people": "metadata",
}  # fmt: skip
# The offline reading (intent, or intent:fact) each operation agrees with: then its finer fact
# (most common category, busiest year, co-author count, surname, paper metadata) is kept.
AGREES: dict[SlotOperation, set[str]] = {
    "list": {"list", "retrieval"},
    "count": {"count", "stats:header", "people"},
    "share": {"count"},
    "earliest": {"superlative:earliest"},
    "latest": {"superlative:latest"},
    "trend": {"timeline", "retrieval"},
    "compare": {"retrieval", "superlative"},
    "describe": {"retrieval", "paper"},
    "fact": {"retrieval", "paper"},
    "yes_no": {"count", "retrieval", "people", "list"},
    "overview": {"retrieval", "timeline", "list", "stats:header"},
    "stats": {"stats", "superlative", "count:categories", "list:affiliations"},
    "people": {"people"},
    "outside": {"outside"},
}
NO_TOPIC: set[SlotOperation] = {"overview", "stats", "outside"}
SLOT_TOKENS = 512  # a filled schema takes ~150-250 tokens, whatever the answers' budget

READ_RULES = """You read one question about the publication profile of {researcher} into the \
JSON schema given. Do not answer it. Fill every field; null, [] or false when the question \
does not say.
- operation: list (papers matching something), count (how many papers), share (what fraction \
or percentage), earliest / latest (first or most recent papers), trend (papers per year, how \
the work changed), compare (named papers side by side), describe (what a named paper or method \
is or does), yes_no (whether any papers match), overview (main research areas), fact (a detail \
of a named paper: authors, date, category, code, a number it reports), stats (the profile \
header numbers), people (co-authors, who wrote with whom, first-author papers), outside (the \
person's life, job, contact or awards: not in a publication profile).
- topic: the subject only, in the question's own words (e.g. "few-shot learning"); never \
question words, dates, categories, people or paper names.
- categories / exclude_categories: only these codes, the profile's categories: {categories}. \
A negation ("not in CV", "non-vision", "outside NLP") goes to exclude_categories.
- Dates: today is {today}. Whole years in year_from / year_to (one year: both the same); days \
as YYYY-MM-DD in date_from / date_to ("since March 2024", "last 18 months"); excluded years \
in exclude_years.
- people: people named, as written; role first_author / last_author when the papers \
listing them first / last are asked; role excluded when the papers without them are asked \
("not co-authored with X").
- about_other_person: someone other than {researcher} whose own metrics or life are asked \
about.
- exclude_topic: true when the papers NOT on the topic are asked ("papers not about RL").
- premise_false_check: true when the question presumes there are none ("why didn't they \
publish in 2023?")."""


class Reading(NamedTuple):
    """A question as the LLM read it, checked against the profile."""

    query: Query
    operation: Operation


class QueryReader:
    """Reads one profile's questions through the chat model; build once, use from any thread."""

    def __init__(
        self, config: LLMConfig, profile: Profile, mentions: Mentions | None = None
    ) -> None:
        """`mentions`: the profile's names, indexed once (the Assistant's); else built here."""
        self.config, self.profile = config, profile
        self.schema_refused = False  # the server refused the JSON schema once: not asked again
        self.mentions = mentions if mentions is not None else Mentions(profile)
        codes = columns_of(profile).categories
        self.codes = set(codes) | set(CATEGORY_NAMES)
        prompt = ChatPromptTemplate.from_messages(
            [("system", READ_RULES), ("human", "{question}")]
        ).partial(researcher=profile.name, categories=", ".join(map(category_label, codes)))
        model = make_chat_model(config.model_copy(update={"max_answer_tokens": SLOT_TOKENS}))
        self.chain = prompt | model.with_structured_output(
            QuerySlots, method="json_schema", strict=True
        )

    def read(self, question: str, offline: Query) -> Reading | None:
        """The question as the LLM reads it, or None (one log line) when that fails."""
        return read_query(self, question, offline)


def read_query(reader: QueryReader, question: str, offline: Query) -> Reading | None:
    """Ask the model for `QuerySlots`, check them, and merge them into the offline reading.

    Merge rule: the offline parse is the base and the LLM's slots go on top, slot by slot.
    - A value outside the profile's vocabulary (a category code no profile or arXiv list has,
      a person neither in the author lines nor written out in the question, a paper name no
      listed paper answers to, another person not in the question, an impossible date range)
      makes the whole reading untrusted: None, and the offline parse answers.
    - Filters go by group: categories with their negation, dates with theirs, code, people.
      A group the LLM fills replaces the offline group; one it leaves empty keeps it.
    - Topic: the LLM's when its words are the question's own. Its null wins only when it read
      a filter the offline parse did not (the words left over were that filter: 'weren't
      about vision') or the operation takes no topic; else the offline topic stays.
    - Papers, header fields, someone else, the premise: the LLM's when set, else the offline's
      (a follow-up's papers stay when the LLM names none).
    - Operation: the LLM's decides the kind of answer; when the offline reading agrees with
      it (AGREES), the offline intent and its finer fact are kept.
    """
    if reader.schema_refused:
        return None
    today = reference_date(reader.profile)
    breaker = breaker_for(endpoint(reader.config))
    if reason := breaker.blocked():
        log.info("LLM not asked to read the question (%s)", reason)
        return None
    try:
        slots = reader.chain.invoke({"question": question, "today": today.isoformat()})
        if not isinstance(slots, QuerySlots):
            raise TypeError(f"unexpected output {type(slots).__name__}")
        reading = merge(slots, offline, reader)
    except openai.APIError as err:
        reason = describe(err, reader.config)
        if isinstance(err, (openai.BadRequestError, openai.UnprocessableEntityError)):
            reader.schema_refused = True  # a short prompt refused: the schema is what fails
            log.info("the server refused the question's JSON schema: read offline from now on")
        if is_outage(err):
            breaker.failed(reason)
            log.warning("LLM could not read the question (%s): using the offline reading", reason)
            return None
    except openai.OpenAIError as err:  # cut short (length), filtered
        reason = f"no slots, {type(err).__name__}"
    except Untrusted as err:
        reason = f"not trusted: {err}"
    except (*MALFORMED, LangChainException) as err:
        reason = f"malformed slots, {type(err).__name__}"
    else:
        breaker.succeeded()
        log.debug("LLM read the question as %s", reading.query.model_dump(exclude_defaults=True))
        return reading
    breaker.succeeded()  # it answered, if not usefully: it is up
    log.warning("LLM could not read the question (%s): using the offline reading", reason)
    return None


def merge(slots: QuerySlots, offline: Query, reader: QueryReader) -> Reading:
    """The offline Query with the LLM's valid slots on top (see read_query); raises Untrusted.
    Names are looked up in the reader's indexes: the cost does not grow with the profile."""
    question, profile, mentions = offline.question, reader.profile, reader.mentions
    include = [category_code(c, reader.codes) for c in slots.categories]
    exclude = [category_code(c, reader.codes) for c in slots.exclude_categories]
    names = [
        author_name(p.name, question, mentions.people) for p in slots.people if p.role != "excluded"
    ]
    left_out = [
        author_name(p.name, question, mentions.people) for p in slots.people if p.role == "excluded"
    ]
    filters = offline.filters.model_copy(deep=True)
    years = offline.years
    if include or exclude:
        filters.categories, filters.exclude_categories = _unique(include), _unique(exclude)
    if (dates := date_group(slots)) is not None:
        years = dates.pop("years")
        filters = filters.model_copy(update=dates)
    if slots.has_code is not None:
        filters.has_code = slots.has_code
    people = offline.people
    if left_out:
        filters.exclude_authors = _unique(left_out)
        filters.authors = [a for a in filters.authors if a not in filters.exclude_authors]
        people = [p for p in people if p not in filters.exclude_authors] or [profile.name]
    if names:
        others = _unique([n for n in names if not same_person(n, profile.name)])
        filters.authors, people = others, others or [profile.name]
    query = offline.model_copy(
        update={
            "filters": filters,
            "years": years,
            "people": people,
            "topic": _topic(slots, offline, read_more=filters != offline.filters),
            "paper_ids": paper_ids(slots.papers, mentions.papers) or offline.paper_ids,
            "fields": slots.header_fields or offline.fields,
            "outsider": other_person(slots.about_other_person, question, profile)
            or offline.outsider,
            "premise": slots.premise_false_check or offline.premise,
            "exclude_topic": bool(slots.exclude_topic) or offline.exclude_topic,
        }
    )
    role = next((p.role for p in slots.people if p.role not in ("any", "excluded")), None)
    shaped = _shape(slots.operation, query, offline, role)
    if shaped.exclude_topic and shaped.topic and shaped.intent == "retrieval":
        shaped = shaped.model_copy(update={"intent": "list", "fact": "papers"})
    return Reading(shaped, OPERATIONS[slots.operation])


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _topic(slots: QuerySlots, offline: Query, read_more: bool) -> str | None:
    """The LLM's topic when it is the question's own words; see read_query for its null."""
    if slots.topic is None or not slots.topic.strip():
        return None if read_more or slots.operation in NO_TOPIC else offline.topic
    words = re.findall(r"[\w+.'-]*\w", slots.topic)
    if any(w.casefold() not in offline.question.casefold() for w in words):
        return offline.topic  # words the question does not have: an invented topic
    kept = [w for w in words if w.casefold() not in STOPWORDS]
    return " ".join(kept) or None


def _shape(op: SlotOperation, q: Query, offline: Query, role: str | None) -> Query:
    """Intent and fact for the operation; the offline ones when they agree (AGREES)."""
    if role is not None and op not in ("outside", "stats"):
        return q.model_copy(update={"intent": "people", "fact": role})
    same_topic = (q.topic is None) == (offline.topic is None)
    if same_topic and {offline.intent, f"{offline.intent}:{offline.fact}"} & AGREES[op]:
        return q
    counted = op in ("count", "share")
    shaped: dict[str, Any] = {"intent": "retrieval", "fact": None, "count": counted}
    if op == "trend" and not q.topic:
        shaped |= {"intent": "timeline", "fact": "per_year"}
    elif op in ("list", "yes_no") and not q.topic:
        shaped |= {"intent": "list" if op == "list" else "count", "fact": "papers"}
    elif counted and not q.topic and q.filters.is_empty() and not q.years:
        shaped |= {"intent": "stats", "fact": "header", "fields": q.fields or ["papers"]}
    elif counted:
        shaped |= {"intent": "count", "fact": "papers"}
    elif op in ("earliest", "latest"):
        shaped |= {"intent": "superlative", "fact": op, "limit": q.limit or 1}
    elif op == "stats":
        shaped |= {"intent": "stats", "fact": "header", "fields": q.fields or ALL_FIELDS}
    elif op == "people":
        fact = "author_papers" if q.filters.authors else "coauthors"
        shaped |= {"intent": "people", "fact": fact}
    elif op == "outside":
        shaped |= {"intent": "outside"}
    return q.model_copy(update=shaped)
