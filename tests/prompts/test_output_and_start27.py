"""The shape of the output over time and where to start reading are answered, not declined.

'Has her output gone up or down?' gets the listed papers per year, the recent whole years set
against the earlier ones (the capture year said as possibly partial and left out), the path
between, and a Yes or No when one direction is asked; of a category or a subject, that kind's
papers alone. 'What should a newcomer read first?' gets a survey first when there is one, then
each main theme's most central paper, on the subject asked if any, with the note that the pick
is by the papers' own words, not by citations (the profile holds none per paper). Each is
asked as many users would put it; nearby questions (the busiest year, two years compared, the
first paper, the most cited one, topics with 'first' or 'trend' in them) keep their answers."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.app import build_assistant
from prompts.assistant import Assistant
from tests.kept_papers import Listed, cited, kept_settings

Y = dt.date.today().year  # the year the profile is captured: its papers may be a partial year
# Five whole years rising 1, 2, 2, 3, 4 (language work shrinking, vision growing), a survey of
# the vision work, and one paper in the capture year.
PAPERS: list[Listed] = [
    ("CL", Y - 5, "Early Exits for Faster Language Models",
     "Early exits let language models answer sooner on text classification."),
    ("CL", Y - 4, "Early Exits in Speech Recognition",
     "We propose early exits for speech recognition models on spoken commands."),
    ("CL", Y - 4, "Calibrated Early Exits for Question Answering",
     "We calibrate early exits so that language models answer questions sooner."),
    ("CL", Y - 3, "Early Exit Ensembles for Translation",
     "We combine early exits of several translation models into one ensemble."),
    ("CV", Y - 3, "Rain Forecasting from Radar Images",
     "We propose a convolutional network that forecasts rain from radar images."),
    ("CL", Y - 2, "Early Exits for Long Documents",
     "We extend early exits to language models reading long documents."),
    ("CV", Y - 2, "Hail Detection from Radar Echoes",
     "We detect hail in radar echoes with a recurrent network."),
    ("CV", Y - 2, "Radar Echo Extrapolation with Optical Flow",
     "Optical flow extrapolates radar echoes a few hours ahead for rain forecasting."),
    ("CV", Y - 1, "A Survey of Radar Precipitation Nowcasting",
     "This paper presents a survey of radar precipitation nowcasting methods."),
    ("CV", Y - 1, "Radar Rain Gauges at Scale",
     "We calibrate radar rain estimates against rain gauges for rain forecasting."),
    ("CV", Y - 1, "Radar Scene Parsing for Driving",
     "We parse driving scenes from radar returns in heavy rain."),
    ("CV", Y - 1, "Snowfall Nowcasting from Radar",
     "We forecast snowfall from radar sequences with a recurrent network."),
    ("CV", Y, "Radar Nowcasting with Diffusion Models",
     "We forecast rain from radar images with a diffusion model."),
]  # fmt: skip
SURVEY = "A Survey of Radar Precipitation Nowcasting"

# the whole output's direction, however it is put: (question, the lead the answer opens with)
OUTPUT = [
    ("has her output gone up or down?", "Up"),
    ("Is Ada Example publishing more lately?", "Yes: up"),
    ("has their productivity dropped?", "No: up"),
    ("is his output declining", "No: up"),
    ("how steady is ada's output?", "Up"),
    ("Would you say her publishing pace has picked up?", "Up"),
    ("hes been publishing less recently right?", "No: up"),
    ("how has the researcher's output changed over the years?", "Up"),
    ("is the number of papers she puts out per year going up or down", "Up"),
]
# a kind of paper's direction: (question, the lead, a paper counted, a paper not counted)
OF_A_KIND = [
    ("is she doing more vision work than before?", "Yes: up", "Hail Detection", "Early Exits"),
    ("fewer NLP papers lately?", "Down", "Early Exits", "Hail Detection"),
    ("is ada writing fewer computer vision papers these days", "No: up", "Hail Detection",
     "Early Exits"),
]  # fmt: skip
# where to start, of the whole listing: the survey first
START = [
    "what would be a good first paper of hers to read for a newcomer?",
    "which one should I read first?",
    "whcih paper shoud i start with",
    "i'm new to ada's work, what should i read first?",
    "Which paper is the best introduction to his research?",
    "what's a must-read paper of theirs?",
    "Which of Ada Example's papers would you recommend to someone new to the field?",
    "if I only read one paper of hers, which should it be?",
    "which of her papers would you recommend reading first",
    "What would you suggest I read to get into their work?",
    # a paper asked for as the broad view of an area
    "which of ada's papers gives the broadest overview of a field?",
    "what paper would give me a high-level picture before the technical ones?",
]
# where to start on a subject no survey covers: its papers' most central one
START_ON = [
    "where should I start if I care about early exits?",
    "best entry point into her work on early exits?",
    "a good starting point for their early exit papers?",
    "I'm a visiting student interested in early exits - which of her papers should I read first?",
]
# nearby questions that keep their answers: (question, words the answer must hold)
CONTROLS = [
    ("which year was her most productive?", "busiest year"),
    (f"did she publish more in {Y - 3} or {Y - 2}?", f"in {Y - 2}"),
    ("how has her research changed over time?", "moved from"),
    ("what was her first paper?", "Early Exits for Faster Language Models"),
    ("which is her most cited paper?", "no per-paper citation"),
    ("give me a broad overview of her research", "main themes"),
    ("For a newcomer, what's the big picture of their work?", "main themes"),
]
# topics with the words of these questions in them: no trend, no reading start
TOPIC_CONTROLS = [
    "does she work on trend forecasting?",
    "any papers on first-order methods?",
    "what does the hail detection paper start from?",
]


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return build_assistant(kept_settings(tmp_path_factory, "output27", PAPERS))


@pytest.mark.parametrize(("question", "lead"), OUTPUT)
def test_the_output_direction_is_answered(bot: Assistant, question: str, lead: str) -> None:
    answer = bot.ask(question)
    # before, declined ('nothing in the profile addresses it') or a list of themes
    assert not answer.abstained, answer.text
    assert answer.text.startswith(lead + ":"), answer.text
    # the recent whole years against the earlier ones, the capture year left out as partial
    assert f"3.5 listed papers a year in {Y - 2}-{Y - 1} against 1.7 a year" in answer.text
    assert f"{Y} is the year the profile was captured" in answer.text
    assert f"- {Y - 1}: 4 [" in answer.text and f"- {Y}: 1 [" in answer.text
    assert len(answer.citations) == len(PAPERS)


@pytest.mark.parametrize(("question", "lead", "counted", "left"), OF_A_KIND)
def test_a_kind_of_papers_direction_is_answered(
    bot: Assistant, question: str, lead: str, counted: str, left: str
) -> None:
    answer = bot.ask(question)
    assert answer.text.startswith(lead + ":"), answer.text
    titles = cited(answer)
    assert any(t.startswith(counted) for t in titles), answer.text
    assert not any(t.startswith(left) for t in titles), answer.text


@pytest.mark.parametrize("question", START)
def test_where_to_start_is_a_survey_then_each_theme(bot: Assistant, question: str) -> None:
    answer = bot.ask(question)
    first = answer.text.splitlines()[0]
    # before, 'None ... match topic newcomer', every paper listed, or the themes alone
    assert first.startswith("Start with"), answer.text
    assert answer.citations[0].title == SURVEY, answer.text
    assert "not by citations" in answer.text


@pytest.mark.parametrize("question", START_ON)
def test_where_to_start_on_a_subject_stays_on_it(bot: Assistant, question: str) -> None:
    answer = bot.ask(question)
    assert answer.text.startswith("Start with"), answer.text
    assert SURVEY not in {c.title for c in answer.citations}, answer.text
    assert all("Exit" in c.title for c in answer.citations), answer.text
    # the subject's other papers named too, however many: the subject's list stays whole
    assert sum("Exit" in p[2] for p in PAPERS) == len(answer.citations), answer.text
    assert "student" not in answer.text  # the asker's role is no part of the subject


@pytest.mark.parametrize(("question", "said"), CONTROLS)
def test_nearby_questions_keep_their_answers(bot: Assistant, question: str, said: str) -> None:
    text = bot.ask(question).text
    assert said in text, text
    assert "left out of the comparison" not in text and not text.startswith("Start with")


@pytest.mark.parametrize("question", TOPIC_CONTROLS)
def test_topics_with_these_words_are_topics(bot: Assistant, question: str) -> None:
    text = bot.ask(question).text
    assert "left out of the comparison" not in text and not text.startswith("Start with"), text


@pytest.mark.parametrize(
    "question",
    [
        "has their output dropped off lately?",
        "did her publishing tail off?",
        "has his output dried up?",
        "Has Minghui Qiu's productivity been tapering off?",
        "is qiu's output dwindling?",
    ],
)
def test_the_words_of_a_direction_are_no_subject(
    bundled_assistant: Assistant, question: str
) -> None:
    # a particle or form of the direction ('off' of 'dropped off', a word some abstract uses)
    # is no subject: every listed paper counted, none narrowed to papers on 'off'
    answer = bundled_assistant.ask(question)
    assert "Listed papers per year:" in answer.text, answer.text[:300]
    assert len(answer.citations) == 50, answer.text[:300]
