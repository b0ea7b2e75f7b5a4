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


@pytest.mark.parametrize("text, name", [
    ("Officials of the State of Paraná arrived.", "Parana"),
    ("Plants in Bac Ninh and Thai Nguyen provinces will expand.", "Thai Nguyen"),
])
def test_an_administrative_word_makes_the_region(ex, text, name):
    found = places(ex.extract(text, "en"))
    assert found[name].kind == "region" and not any(p.kind == "city" for p in found.values())


def test_dateline_in_capitals_with_a_colon(ex):
    found = places(ex.extract("KUALA LUMPUR: The agency said exports rose in the third quarter.", "en"))
    assert found["Kuala Lumpur"].kind == "city"
