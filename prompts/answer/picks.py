"""One executor for a pick (prompts/understand/picks.py): the kept papers with the title asked
('starting with Meta'), put in the order asked (date, a title's length in words or
characters), then the k-th from either end, the n from there on, or all of them. Ties at the
place picked are named; every paper picked is cited; an empty result says what was looked for."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from prompts.answer.aggregates import measure
from prompts.answer.tallies import _and
from prompts.answer.wording import Sources, plural, scope
from prompts.understand.picks import Pick
from prompts.understand.router import Query
from prompts.understand.terms import ORDINAL_WORDS
from retrieval.model import Paper, Profile
from retrieval.names import paper_label

PLACES = {k: word for word, k in ORDINAL_WORDS.items()}
ENDS = {  # order: (the word of its early end, of its late end, what one is measured in)
    "date": ("oldest", "newest", ""),
    "title_words": ("shortest", "longest", "word"),
    "title_chars": ("shortest", "longest", "character"),
    "alpha": ("first", "last", ""),
}


def place_word(k: int) -> str:
    """'second', 'third', ... '12th', '21st'."""
    if k in PLACES:
        return PLACES[k]
    tail = "th" if 10 <= k % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th")
    return f"{k}{tail}"


def _affixed(paper: Paper, pick: Pick) -> bool:
    """The title starts (or ends) with the word or letter asked, case aside."""
    title = re.sub(r"[\s\"'‘’“”.?!:;,)]+$", "", paper.title.strip()).casefold()
    for said, start in ((pick.title_start, True), (pick.title_end, False)):
        if said is None:
            continue
        word = re.escape(said.casefold())
        if pick.letter:
            pattern = rf"^[\W_]*{word}" if start else rf"{word}[\W_]*$"
        else:
            pattern = rf"^[\W_]*{word}(?![^\W_])" if start else rf"(?<![^\W_]){word}$"
        if re.search(pattern, title) is None:
            return False
    return True


def _alphabetical(paper: Paper) -> str:
    """A title as the alphabet files it: punctuation aside, case aside."""
    return re.sub(r"[^\w\s]", "", paper.title).casefold()


def _rank(paper: Paper, pick: Pick) -> object:
    """What the ordering compares: the date, a title's length, or the title itself."""
    if pick.order == "date":
        return paper.date
    if pick.order == "alpha":
        return _alphabetical(paper)
    return measure(paper, pick.order)


def _key(pick: Pick) -> Callable[[Paper], tuple[str, str, int]]:
    if pick.order == "title_words" or pick.order == "title_chars":
        return lambda p: (f"{measure(p, pick.order):06d}", p.date.isoformat(), p.n)
    return lambda p: (str(_rank(p, pick)), p.date.isoformat(), p.n)


def _value(paper: Paper, pick: Pick) -> str:
    if pick.order in ("date", "alpha"):
        return paper.date.isoformat()
    return plural(measure(paper, pick.order), ENDS[pick.order][2])


def _placed(pick: Pick, end: str) -> str:
    """'third-oldest listed paper', 'second-longest listed title', 'fourth listed title from
    A to Z'."""
    place = f"{place_word(pick.k)}-{end}" if pick.k > 1 else end
    if pick.order == "alpha":
        return f"{place_word(pick.k)} listed title {'from Z to A' if pick.late else 'from A to Z'}"
    return f"{place} listed {'paper' if pick.order == 'date' else 'title'}"


def _what(pick: Pick, kept: Sequence[Paper]) -> str:
    """What the title filter asked, in words: "with a title starting with 'Meta'" (the word
    as the titles write it)."""
    parts = []
    for said, side in ((pick.title_start, "starting"), (pick.title_end, "ending")):
        if said is not None:
            low = said.casefold()
            for p in kept:
                at = p.title.casefold().find(low) if side == "starting" else -1
                said = p.title[at : at + len(said)] if at >= 0 else said
            unit = "the letter " if pick.letter else ""
            parts.append(f"{side} with {unit}'{said}'")
    return f" with a title {' and '.join(parts)}" if parts else ""


def _direction(pick: Pick, end: str) -> str:
    """The order a list is given in: 'oldest first', 'from Z to A'."""
    if pick.order == "alpha":
        return "from Z to A" if pick.late else "from A to Z"
    return f"{end} first"


def _tied(paper: Paper, ordered: Sequence[Paper], pick: Pick) -> list[Paper]:
    """The other kept papers that share the picked paper's place in the ordering."""
    return [p for p in ordered if p.id != paper.id and _rank(p, pick) == _rank(paper, pick)]


def pick(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str | None:
    """The papers the query's pick selects from the kept ones, in the order asked."""
    chosen = query.tally.pick if query.tally else None
    if chosen is None:
        return None
    where = scope(query)
    where = f" ({where})" if where else ""
    kept = [p for p in papers if _affixed(p, chosen)]
    what = _what(chosen, kept)
    if not kept:
        return f"No listed paper{where}{what}: none of the {plural(len(papers), 'paper')} kept."
    early, late, unit = ENDS[chosen.order]
    ordered = sorted(kept, key=_key(chosen), reverse=chosen.late)
    end = late if chosen.late else early
    measured = f", in {unit}s" if unit else ""
    if chosen.take == 0:  # every kept paper with the title asked
        verb = "has" if len(kept) == 1 else "have"
        lines = [src.item(p, f" ({_value(p, chosen)})" if unit else "") for p in ordered]
        return (
            f"{len(kept)} of the {plural(len(papers), 'listed paper')}{where} {verb}"
            f"{what.removeprefix(' with')} ({end} first):\n" + "\n".join(lines)
        )
    start = chosen.k - 1
    if start >= len(ordered):
        order = _direction(chosen, end).capitalize()
        return (
            f"Only {plural(len(ordered), 'listed paper')}{where}{what}: there is no "
            f"{_placed(chosen, end).replace(' listed', '')}. {order}: "
            + "; ".join(f"{paper_label(p)} ({_value(p, chosen)})" for p in ordered[:3])
            + "."
        )
    picked = ordered[start : start + chosen.take]
    if chosen.take == 1:
        paper = picked[0]
        text = (
            f"The {_placed(chosen, end)}{where}{what}{measured}: {paper_label(paper)} "
            f"({_value(paper, chosen)}) {src.mark(paper)}."
        )
        if tied := _tied(paper, ordered, chosen):
            text += (
                " Tied with it: "
                + _and([f"{paper_label(p)} ({_value(p, chosen)}) {src.mark(p)}" for p in tied])
                + "."
            )
        before = ordered[:start]
        if before:
            text += (
                f"\nBefore it, {_direction(chosen, end)}: "
                + "; ".join(
                    f"{place_word(i + 1)}, {paper_label(p)} ({_value(p, chosen)})"
                    for i, p in enumerate(before[-4:], start=max(0, start - 4))
                )
                + "."
            )
        return text + f"\n{plural(len(ordered), 'listed paper')} counted{where}{what}."
    head = f"The {len(picked)} {end} listed {'papers' if chosen.order == 'date' else 'titles'}"
    if chosen.order == "alpha":
        head = f"The {end} {len(picked)} listed titles {'from Z to A' if chosen.late else 'A to Z'}"
    lines = [src.item(p, f" ({_value(p, chosen)})" if unit else "") for p in picked]
    text = f"{head}{where}{what}{measured}:\n" + "\n".join(lines)
    cut = picked[-1]
    if tied := [p for p in _tied(cut, ordered, chosen) if p not in picked]:
        text += (
            "\nTied with the last of these: "
            + _and([f"{paper_label(p)} ({_value(p, chosen)}) {src.mark(p)}" for p in tied])
            + "."
        )
    return text


REDUCERS = {"pick": pick}
