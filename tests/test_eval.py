"""Extraction quality on four articles written for evaluation, with hand-made gold (tests/eval).

Every field the scorer reports has a floor a little under today's score (README, Quality), so a
change that loses ground on any of them fails here; the floors are not targets to tune to.
"""
from pathlib import Path

import pytest

from coopnews.pipeline import extract_corpus
from .scoring import score

EVAL = Path(__file__).parent / "eval"
FLOORS = {"people": 0.94, "organizations": 0.9, "places": 0.94, "events": 0.78, "sectors": 0.85}
ACCURACY_FLOORS = {"published": 1.0, "roles": 0.9, "planned": 0.92}


@pytest.fixture(scope="module")
def scores():
    return score(EVAL / "gold", extract_corpus(EVAL / "texts", progress=False))


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_f1_stays_above_floor(scores, field):
    assert scores[field]["f1"] >= FLOORS[field], scores[field]


@pytest.mark.parametrize("field", sorted(ACCURACY_FLOORS))
def test_accuracy_stays_above_floor(scores, field):
    assert scores[field]["n"] > 0 and scores[field]["acc"] >= ACCURACY_FLOORS[field], scores[field]


def test_every_gold_file_has_its_text():
    gold = {p.stem for p in (EVAL / "gold").glob("*.json")}
    texts = {p.stem for p in (EVAL / "texts").glob("*.txt")}
    assert gold == texts and len(gold) == 4
