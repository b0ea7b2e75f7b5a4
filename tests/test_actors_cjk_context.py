"""CJK organisations and places named only by the context of news writing (sentences written for the tests)."""
import pytest

from coopnews.actors import StoryExtractor


@pytest.fixture(scope="module")
def ex():
    return StoryExtractor()


def orgs(ms):
    return {m.name for m in ms if m.type == "organization"}


def places(ms):
    return {m.name for m in ms if m.type == "place"}


# -- Chinese: a company named right after the word for one -------------------------------------
def test_zh_han_company_after_company_word_ends_in_field_word(ex):
    found = orgs(ex.extract("本地新创企业云帆智能将在园区设立实验室。", "zh"))
    assert "云帆智能" in found


def test_zh_company_after_descriptor_stops_at_office(ex):
    found = orgs(ex.extract("光學大廠明川精密董事長陳國華表示，將擴大投資。", "zh"))
    assert "明川精密" in found


def test_zh_latin_company_after_company_word_replaces_the_description(ex):
    found = orgs(ex.extract("代表团与当地航运公司Blue Harbor Shipping签署协议。", "zh"))
    assert "Blue Harbor Shipping" in found and not any(n.endswith("航运公司") for n in found)
