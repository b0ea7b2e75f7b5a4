"""English organisations read from context: employers, on sentences written for these tests."""
import pytest

from coopnews.actors import StoryExtractor


@pytest.fixture(scope="module")
def ex():
    return StoryExtractor()


def orgs(ms):
    return {m.name for m in ms if m.type == "organization"}


# -- an employer beside a title ------------------------------------------------------------------
@pytest.mark.parametrize("sentence, org", [
    ("Pelvarin CEO Tomas Hradek toured the new line on Monday.", "Pelvarin"),
    ("Greta Holmqvist, vice president of Zoltrane, said the order was signed.", "Zoltrane"),
    ("Quorvex's chief executive, Daniel Mbeki, declined to comment.", "Quorvex"),
])
def test_employer_beside_a_title_is_an_organisation(ex, sentence, org):
    assert org in orgs(ex.extract(sentence, "en"))


def test_public_office_field_or_region_is_no_employer(ex):
    found = orgs(ex.extract("Upper Franconia Minister Jonas Keller and Secretary of Commerce Ella Brandt met "
                            "Industry Minister Kim Tae-woo.", "en"))
    assert found == set()


def test_short_form_of_a_body_named_in_full_is_that_body(ex):
    ms = ex.extract("Vantor Grid Solutions signed the deal. Vantor CEO Ana Lindgren said more would follow.", "en")
    assert orgs(ms) == {"Vantor Grid Solutions"}


# -- official names ----------------------------------------------------------------------------
def test_ministry_fields_joined_by_and_stay_one_name(ex):
    ms = ex.extract("Officials of the Ministry of Robotics and Information Technology met the Ministry of "
                    "Economy and Pellano Electronics.", "en")
    assert orgs(ms) == {"Ministry of Robotics and Information Technology", "Ministry of Economy",
                        "Pellano Electronics"}
    assert {m.name: m.kind for m in ms}["Ministry of Robotics and Information Technology"] == "government"


# -- well-known names ----------------------------------------------------------------------------
def test_well_known_bodies_of_the_field_without_a_head_word(ex):
    ms = ex.extract("Kioxia and Infineon will supply the plant, and JETRO said the Ministry of Trade, Industry and "
                    "Energy would help.", "en")
    assert {"Kioxia", "Infineon", "JETRO"} <= orgs(ms)
    assert "Industry and Energy" not in {m.text for m in ms}  # a name with commas is one alias


# -- companies named by a cue phrase -------------------------------------------------------------
@pytest.mark.parametrize("sentence, found", [
    ("Shares of Quellmar rose 4% in early trading.", {"Quellmar"}),
    ("Dorvik shares fell after the report.", {"Dorvik"}),
    ("She founded Talvero in 2016 and later sold it.", {"Talvero"}),
    ("The plant is a joint venture between Brannox and Ulvira Works.", {"Brannox", "Ulvira Works"}),
])
def test_cue_phrases_name_companies(ex, sentence, found):
    assert found <= orgs(ex.extract(sentence, "en"))


def test_cue_phrase_before_a_place_or_a_nationality_names_no_company(ex):
    assert orgs(ex.extract("Korean shares fell. It acquired Osaka land and founded in 1990 a plant.", "en")) == set()


# -- company heads and descriptor nouns ----------------------------------------------------------
def test_more_company_heads_and_descriptors(ex):
    found = orgs(ex.extract("Kaltrix Microsystems, Meyerhof Steel and Pexa Biologics met tech giant Lumora and "
                            "packaging house Tervia.", "en"))
    assert {"Kaltrix Microsystems", "Meyerhof Steel", "Pexa Biologics", "Lumora", "Tervia"} <= found


def test_one_word_short_form_of_a_company_is_that_company(ex):
    ms = ex.extract("Delvora Microsystems will build a plant. Shares of Delvora rose 3%.", "en")
    assert {m.key for m in ms if m.type == "organization"} == {"org:delvora microsystems"}


def test_name_then_the_descriptor_in_apposition(ex):
    ms = ex.extract("The order went to Corvali Aerotek, the Gimhae aircraft parts maker, and Kim Min-ho, "
                    "the company's chief, welcomed it.", "en")
    assert orgs(ms) == {"Corvali Aerotek"}


def test_employer_in_a_possessive_apposition(ex):
    assert "Tolvanex" in orgs(ex.extract("Mia Sorensen, Tolvanex's chief executive, said sales rose.", "en"))


def test_boards_exchanges_and_funds_are_bodies(ex):
    found = orgs(ex.extract("The Investment Board of Veltria, the Sorano Exchange and the Nordhav Climate Fund met. "
                            "The Board of Directors approved it.", "en"))
    assert found == {"Investment Board of Veltria", "Sorano Exchange", "Nordhav Climate Fund"}


def test_plain_word_terms_with_acronyms_and_trade_missions_are_no_bodies(ex):
    found = orgs(ex.extract("They talked about High Bandwidth Memory (HBM) and Foreign Direct Investment (FDI). The "
                            "Second Battery Investment and Trade Mission (BITM) left for Ohio, and the Vantar Economic "
                            "Mission arrived. The Quantum Computing Mission (QCM) and the Space Applications Catapult "
                            "(SAC) will cooperate.", "en"))
    assert found == {"Quantum Computing Mission", "Space Applications Catapult"}
