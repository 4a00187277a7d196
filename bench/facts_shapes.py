"""Facts questions of many shapes on a synthetic store, beyond bench/ask_scale.py's six: a count
that finds nothing, dates outside the listing, odd years, the busiest year, the categories
spanned, shares, months, halves. Each is asked twice (CPU ms of the first and second asking):
a shape whose cost grows with the profile shows at 100k papers as seconds, not milliseconds.
`--shapes overview` asks the questions answered across all the papers instead (lines of work
by a year, what stayed the same, series of versions, names of a kind, kinds of work, trends,
keywords):
their first asking may read the profile once; the second must not.

  nice -n 10 .venv/bin/python bench/facts_shapes.py --workdir W/100000-stand-in
  nice -n 10 .venv/bin/python bench/facts_shapes.py --workdir W/10000-stand-in --shapes overview
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # ask_scale, beside this file

from ask_scale import questions, settings

from bot.app import build_assistant, settle

SHAPES = [
    "How many papers did she publish in 2019?",
    "How many papers on machine translation in 2021?",
    "How many papers on speech recognition in 2019?",  # a topic no paper names: none
    "how many papers on protein folding since 2020",
    "How many papers on semantic segmentation between 2016 and 2018?",
    "How many papers did she publish in 2031?",  # outside the listing
    "What was her first paper on semantic segmentation?",
    "What is her latest paper on machine translation?",
    "What is her most recent paper?",
    "What is her oldest paper?",
    "Which categories does she publish in?",  # cites every paper
    "How many CV papers does she have?",
    "Which CV papers since 2020 have code?",
    "What fraction of her 2020 papers have code?",
    "Which year did she publish the most?",
    "Which was her quietest year?",
    "How many papers did she publish in odd years?",
    "Does she only publish in CV?",  # lists the papers that are not
    "Is most of her work on computer vision?",
    "How many papers has she published in total?",
    "Which month of 2021 had the most papers?",
    "Did she publish anything in summer 2022?",
    "How many papers in the first half of 2021?",
    "Are there more CV papers than NLP papers?",
]
OVERVIEW = [
    "What are her main research themes?",
    "Which lines of work did she stop after 2020?",
    "what did she only start working on after 2022?",
    "What has stayed the same in her research over the years?",
    "Are any of her papers versions of one another, like a model and its sequels?",
    "Which companies appear in her papers?",
    "Which datasets do her papers use?",
    "Does she mostly propose methods, datasets or benchmarks?",
    "How has her research changed over time?",
    "Which fields does she work in, and how much in each?",
    "Which of her papers has the most authors?",
    "Who is her most frequent co-author?",
    # the kinds of work, the trend and the fields in other shapes (issue 12, twenty-first part)
    "Has she ever written a survey?",
    "Did she publish both a benchmark and a toolkit?",
    "What kinds of contributions did she make in 2021: methods or datasets?",
    "Where did her research start and where is it now?",
    "How did her work change between 2016 and 2020?",
    "Is she more of an NLP or a CV person?",
    "Why did she move from CV to NLP?",
    "Which datasets did her 2021 papers use?",
    # the title phrases held as arrays, and the keywords of the titles (twenty-second part)
    "What topics has she not touched since 2018?",
    "Describe her work in three keywords.",
    "Sum up her 2021 papers in five keywords.",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workdir", type=Path, required=True, help="a store ask_scale built")
    parser.add_argument("--shapes", choices=["facts", "overview"], default="facts")
    args = parser.parse_args()
    bot = build_assistant(settings(args.workdir))
    settle()
    bot.ask(questions()[0][1][0])  # warm up, as ask_scale does
    print(f"{'first':>8}{'again':>8}  route      question")
    for question in SHAPES if args.shapes == "facts" else OVERVIEW:
        cpu = []
        for _ in range(2):
            start = time.process_time()
            answer = bot.ask(question)
            cpu.append((time.process_time() - start) * 1000)
        print(f"{cpu[0]:8.1f}{cpu[1]:8.1f}  {answer.route:<9}  {question}", flush=True)


if __name__ == "__main__":
    main()
