"""A named paper's detail of a kind its abstract does not hold (issue 11): the kind of answer a
question asks (a quantity of a dimension: a length or resolution, a duration, an energy, a
storage size; named datasets beyond the ones given or all of them; a recorded talk; the date a
promised release comes out) is read once, and a sentence counts as answering only if it holds
something of that kind. When none does, the answer is a decline cited to the paper, with the
closest thing it says. Each need is asked in families of phrasings no eval set holds, on
sibling papers, with controls whose answer is stated (a paper that gives the quantity, names
the datasets, dates the release) and that must keep their answers."""

from __future__ import annotations

import pytest

from prompts.answer.beyond import beyond_asked, missing_names
from prompts.answer.dimensions import DIMENSIONS, dimensions_asked, missing_kind
from prompts.answer.promised import missing_release
from prompts.assistant import Assistant
from retrieval.model import Paper
from tests.prompts.papers import made_paper


def _paper(abstract: str, title: str = "GaleNet: Gridded Wind Downscaling") -> Paper:
    return made_paper(title, abstract)


def _dimension(name: str) -> object:
    return next(d for d in DIMENSIONS if d.name == name)


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("what's GaleNet's spatial resolution?", "length"),
        ("galenet grid spacing in km", "length"),
        ("How fine are the maps GaleNet outputs - 250 m or 1 km?", "length"),
        ("I'd like to know the pixel size of her downscaled wind fields.", "length"),
        ("At what resolution, in metres, do they downscale the wind?", "length"),
        ("How many hours of speech did the DialogPro corpus collect?", "duration"),
        ("dialogpro total audio duration?", "duration"),
        ("What's the running time of the clips in their video benchmark, in minutes?", "duration"),
        ("typical clip length in her highlight dataset?", "duration"),
        ("How long are the videos in PeakClips?", "duration"),
        ("How much battery does EdgeKD save on a phone?", "energy"),
        ("edgekd energy savings in mAh?", "energy"),
        ("What is the power consumption of the model on the watch?", "energy"),
        ("Does she say how many joules one inference costs?", "energy"),
        ("How many gigabytes does the released checkpoint take up?", "storage"),
        ("the corpus file size in TB?", "storage"),
        ("I'm wondering how much disk space his index needs.", "storage"),
    ],
)
def test_a_quantity_asked_is_read_as_its_dimension(question: str, name: str) -> None:
    assert name in [d.name for d in dimensions_asked(question)], question


@pytest.mark.parametrize(
    "question",
    [
        "What did she publish in the second half of 2022?",  # 'second' is no unit
        "min yang paper?",  # nor 'min'
        "Give me a 30-second recap of his work.",
        "Does KEML do coreference resolution?",  # a task, not a resolution
        "Does RainSeer produce high-resolution rainfall maps?",  # a kind of map
        "peakclips = 2M clips? is that right",  # 2 million, not 2 metres
        "Which papers inject knowledge from a KB into a language model?",
        "Are there energy-based models in her work?",
        "Not the GPU hours: what accuracy does CURE reach?",  # set aside
        "Is Valley trained on long videos?",  # a kind of video, no length asked
        "How long is the RainSeer paper?",  # pages: the record's measure, not a duration
    ],
)
def test_a_word_that_names_no_quantity_asks_no_dimension(question: str) -> None:
    assert dimensions_asked(question) == [], question


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("GaleNet downscales wind to a 1-km grid over Europe.", "length"),
        ("Fields are produced at 250 m resolution.", "length"),
        ("The corpus holds 3,500 hours of transcribed speech.", "duration"),
        ("Each clip lasts 30 seconds on average.", "duration"),
        ("On a Pixel 6, EdgeKD cuts energy consumption by 41%.", "energy"),
        ("Inference draws 2.1 W on the watch.", "energy"),
        ("The index fits in 12 GB of memory.", "storage"),
    ],
)
def test_a_sentence_stating_a_quantity_holds_its_dimension(sentence: str, name: str) -> None:
    assert _dimension(name).holds(sentence), sentence  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Reconstructing high-resolution rainfall fields is essential.", "length"),
        ("We evaluate on RAIN-F (Korea, 2017-2019).", "duration"),
        ("We introduce PeakClips, a dataset of 200K video highlights.", "duration"),
        ("CODA ensures cost-efficient adaptation directly on the device.", "energy"),
        ("It improves accuracy by 4.5% on mobile sensing tasks.", "energy"),
        ("Trained on 7B tokens of text.", "storage"),
    ],
)
def test_a_sentence_sharing_the_words_but_no_quantity_does_not_hold(
    sentence: str, name: str
) -> None:
    assert not _dimension(name).holds(sentence), sentence  # type: ignore[attr-defined]


def test_a_paper_stating_the_quantity_is_not_declined_and_one_without_it_is() -> None:
    stated = _paper("GaleNet downscales ERA5 winds to a 1 km grid. It beats baselines by 8%.")
    unstated = _paper("GaleNet downscales ERA5 winds to fine grids. It beats baselines by 8%.")
    question = "What spatial resolution does GaleNet reach, in km?"
    assert missing_kind(question, [stated]) is None
    assert "spatial resolution" in (missing_kind(question, [unstated]) or "")


# Named datasets beyond the ones given, or all of them: a family per shape, on a made-up paper
_FOUR = _paper(
    "Experiments on four benchmark datasets show clear gains. On the dataset of Reuters, "
    "accuracy rises from 61.0% to 70.2%.",
    title="TextMeta: Few-Shot Text Classification",
)


@pytest.mark.parametrize(
    "question",
    [
        "Apart from Reuters, which datasets does TextMeta use?",
        "textmeta benchmarks besides reuters?",
        "Which corpora other than Reuters appear in the TextMeta paper?",
        "Name all four benchmark datasets in the TextMeta paper.",
        "For a replication I need the full list of TextMeta's datasets.",
        "What are all the datasets TextMeta was tested on?",
    ],
)
def test_datasets_beyond_the_named_one_are_unstated(question: str) -> None:
    missing = missing_names(question, [_FOUR])
    assert missing is not None and "datasets" in missing, question


@pytest.mark.parametrize(
    "question",
    [
        "Which datasets does TextMeta use?",  # asks what it names: answered
        "How many datasets besides Reuters does TextMeta use?",  # a count: the count reader's
        "TextMeta is evaluated on all the datasets at once, right?",  # a claim, no list asked
    ],
)
def test_a_dataset_question_of_another_shape_is_not_this_reader(question: str) -> None:
    assert missing_names(question, [_FOUR]) is None, (question, beyond_asked(question))


def test_datasets_the_abstract_does_name_are_answered() -> None:
    two = _paper("We evaluate on two public datasets, RAIN-F and MeteoNet, with gains of 13%.")
    assert missing_names("Besides RAIN-F, which dataset did GaleNet use?", [two]) is None
    assert missing_names("Name both datasets GaleNet is evaluated on.", [two]) is None


def test_a_promised_release_has_no_date_and_a_dated_one_does() -> None:
    promised = _paper("GaleNet beats baselines. Our code and data will be publicly released.")
    dated = _paper("GaleNet beats baselines. Code will be released in March 2025 on GitHub.")
    for question in (
        "When will GaleNet's code be released?",
        "galenet data release date?",
        "I'm waiting for the GaleNet weights; when exactly will they come out?",
    ):
        assert missing_release(question, [promised]) is not None, question
        assert missing_release(question, [dated]) is None, question
    assert missing_release("When was GaleNet published?", [promised]) is None
    # a word of the title is the paper itself, not a thing it makes ('... Models')
    titled = _paper("It scales. Our code will be released.", title="Scaling Reasoning Models")
    assert missing_release("When did Scaling Reasoning Models come out?", [titled]) is None


# The bundled profile: families on papers no readable set asks these of. Every one must be a
# decline that names what is missing and cites the paper.
@pytest.mark.parametrize(
    ("question", "said"),
    [
        # a length or resolution (MeteoLogist, MMLongCite, RetiZero)
        ("What spatial resolution does MeteoLogist forecast storms at?", "spatial resolution"),
        ("meteologist grid spacing in km??", "spatial resolution"),
        ("I'm curious how fine, in metres, her MeteoLogist forecast grid is.", "resolution"),
        ("What is the pixel size of the fundus images RetiZero was trained on?", "resolution"),
        # a duration (K-frames' PeakClips, MMLongCite's videos)
        ("How many hours of video does PeakClips add up to?", "duration"),
        ("kframes peakclips total duration?", "duration"),
        ("How long, in minutes, are the videos in the MMLongCite benchmark?", "duration"),
        # an energy (HRKD, EasyNLP, Meta-KD: compression papers a phone maker would ask)
        ("How much battery does HRKD's compressed model save on a phone?", "energy"),
        ("hrkd energy savings in mAh?", "energy"),
        ("Does Qiu's Meta-KD paper report the power consumption of the student model?", "energy"),
        ("What's the energy saved by running EasyNLP's distilled models, in joules?", "energy"),
        # a storage size (RetiZero's images, Valley's data)
        ("How many gigabytes of fundus images did RetiZero use?", "storage"),
        ("retizero dataset size in GB?", "storage"),
    ],
)
def test_a_quantity_the_abstract_does_not_hold_is_declined(
    bundled_assistant: Assistant, question: str, said: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, (question, answer.text[:300])
    assert "does not state" in answer.text and said in answer.text, (question, answer.text[:300])
    assert answer.citations, question  # cited to the paper, with the closest sentence


@pytest.mark.parametrize(
    "question",
    [
        "List all the benchmark datasets of Meta-SN.",
        "Name all six benchmark datasets in the Meta-SN paper.",
        "meta-sn full dataset list?",
        "What are all three benchmark datasets GCE-GNN is evaluated on?",
        "Which six math benchmarks does CURE report on? I need the full list.",
    ],
)
def test_datasets_an_abstract_counts_but_does_not_name_are_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, (question, answer.text[:300])
    assert "does not state" in answer.text, (question, answer.text[:300])


@pytest.mark.parametrize(
    "question",
    [
        "is there a video recording of the HRKD talk?",
        "any slides from her SpanProto presentation?",
        "Has Qiu put a talk about KECP on YouTube?",
        "i want to watch them present retizero",
        "Did they give a recorded seminar on Meta-KD?",
        "Any webinar where the authors walk through MERIT?",
    ],
)
def test_a_recorded_talk_of_a_paper_is_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, (question, answer.text[:300])
    assert "recorded talk" in answer.text, (question, answer.text[:300])


@pytest.mark.parametrize(
    "question",
    [
        "When will GThinker's model weights be released?",
        "gthinker code release date?",
        "I'm waiting for the R1-ShareVL code; when exactly will it come out?",
        "On what date will the PTS code and data be made public?",
    ],
)
def test_the_date_of_a_promised_release_is_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, (question, answer.text[:300])
    assert "will be" in answer.text, (question, answer.text[:300])  # the promise, quoted


@pytest.mark.parametrize(
    ("question", "held"),
    [
        ("When was GThinker released?", "2025"),  # the paper's own date
        ("When was K-frames published?", "2025"),
        ("Where is R1-ShareVL's code?", "github.com/HJYao00/R1-ShareVL"),
        ("Which datasets does RainSeer use?", "MeteoNet"),  # named: answered
        ("Besides RAIN-F, which dataset does RainSeer use?", "MeteoNet"),
        ("Name both datasets the Valley paper builds.", "Valley-702k"),
        ("What does MLADA reach on 20 Newsgroups?", "59.6%"),  # a stated % gain
        ("How many benchmark datasets is Meta-SN evaluated on?", "six"),  # a stated count
        ("Which paper is about video understanding with keyframes?", "K-frames"),
        ("Does RainSeer produce high-resolution rainfall fields?", "RainSeer"),
    ],
)
def test_what_the_abstract_does_state_stays_answered(
    bundled_assistant: Assistant, question: str, held: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, (question, answer.text[:300])
    assert held in answer.text, (question, answer.text[:300])
