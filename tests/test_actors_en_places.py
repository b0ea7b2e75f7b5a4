"""English place rules on sentences written for these tests."""
import pytest

from coopnews.actors import StoryExtractor


@pytest.fixture(scope="module")
def ex():
    return StoryExtractor()


def places(ms):
    return {m.name: m for m in ms if m.type == "place"}


def test_letters_without_a_combining_mark_fold_to_ascii(ex):
    found = places(ex.extract("The supplier runs plants in Lodz and Thu Duc.", "en"))
    assert {"Łódź", "Thủ Đức"} <= set(found)
