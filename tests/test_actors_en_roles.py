"""English roles and places in wire, press-release, trade and university styles (sentences written for these tests)."""
import pandas as pd
import pytest

from coopnews import extract_actors
from coopnews.actors import StoryExtractor


@pytest.fixture(scope="module")
def ex():
    return StoryExtractor()


def people(ms):
    """The full-name mention of each person."""
    return {m.name: m for m in ms if m.type == "person" and m.text == m.name}


def places(ms):
    return {m.name for m in ms if m.type == "place"}


# -- roles ---------------------------------------------------------------------------------------
def test_state_and_university_offices_are_titles(ex):
    p = people(ex.extract("Riverland Chief Minister Tan Boon Hock met Under Secretary of Commerce Joan Miller. "
                          "The Irish Consul-General in Lakeside, Sean Byrne, and Associate Professor Mei Tanaka "
                          "of Harbour University also attended.", "en"))
    assert {k: v.role for k, v in p.items()} == {"Tan Boon Hock": "Chief Minister", "Joan Miller": "Under Secretary",
                                                  "Sean Byrne": "Consul-General", "Mei Tanaka": "Associate Professor"}


def test_office_in_apposition_beats_the_academic_rank_before_the_name(ex):
    p = people(ex.extract("Professor Ana Lopes, Deputy Vice-Chancellor (Research) at Harbour University, said the "
                          "lab would open in May.", "en"))
    assert p["Ana Lopes"].role == "Deputy Vice-Chancellor"


def test_stacked_office_and_rank_keep_the_office(ex):
    p = people(ex.extract("The delegation was led by Vice Rector for Research Professor Olli K. Virtanen of the "
                          "northern university.", "en"))
    assert p["Olli K. Virtanen"].role == "Vice Rector"


def test_field_of_a_lowercase_office_keeps_its_connector_and_no_article(ex):
    p = people(ex.extract("Also present was Ravi Menon, the country's minister of state for science and technology, "
                          "and Lena Holm, a spokeswoman for the port.", "en"))
    assert p["Ravi Menon"].role == "minister of state for science"
    assert p["Lena Holm"].role == "spokeswoman for the port"


def test_hamlet_named_like_a_family_name_does_not_end_the_office(ex):
    p = people(ex.extract("The Minister for Trade and Industry Gan Wei Ming signed the pact.", "en"))
    assert set(p) == {"Gan Wei Ming"}


def test_affiliation_does_not_cross_a_sentence_or_line_end(ex):
    p = people(ex.extract("The pact was signed in September.\n\nNordic Minister for Digital Affairs Eva Lund "
                          "welcomed it. The talks ended in Oslo. Danish Ambassador Lars Holm spoke.", "en"))
    assert p["Eva Lund"].affiliation == "Nordic" and p["Lars Holm"].affiliation == "Danish"


def test_office_beats_a_repeated_rank_across_mentions():
    text = ("The pact was signed by Professor Ivan Petrov, President of Lakeside University. "
            "\"We are ready,\" said Professor Petrov. Professor Petrov will visit in May.")
    actors, _ = extract_actors(pd.DataFrame({"article_id": ["t#0"], "text": [text],
                                             "language": pd.Categorical(["en"], categories=["en", "ko", "zh", "ja"])}))
    assert actors.set_index("name").loc["Ivan Petrov", "role"] == "President"


def test_based_participle_is_no_name_part(ex):
    ms = ex.extract("Busan-based TidalWorks said on Monday it would open a plant.", "en")
    assert not people(ms) and "Busan" in places(ms)


def test_public_works_is_a_field_and_the_apposition_before_is_not_the_holder(ex):
    p = people(ex.extract("The site lies near Teluk Damar, Rivanian Minister of Public Works Dewi Saputra said "
                          "on Monday.", "en"))
    assert set(p) == {"Dewi Saputra"} and p["Dewi Saputra"].role == "Minister"


# -- places --------------------------------------------------------------------------------------
def test_dateline_place_in_capitals(ex):
    assert "Osaka" in places(ex.extract("OSAKA, June 2 (Kyodo) -- Two robot makers signed a pact.", "en"))
    assert "Hanoi" in places(ex.extract("Updated 2025-01-09 HANOI (VNA) — The city opened a lab.", "en"))
    assert "West Lafayette" in places(ex.extract("WEST LAFAYETTE, Ind., May 5 -- The university said.", "en"))


def test_capitals_that_are_no_dateline_place(ex):
    assert not places(ex.extract("KAIST (President Lee) opened a lab.\nNASA, with partners, said it would fly.", "en"))
    assert not places(ex.extract("He said SEOUL was ready.", "en"))


def test_common_word_title_right_after_a_body_marks_its_holder(ex):
    p = people(ex.extract("The deal was signed by Lakeside Capital Authority head Rudi Hartono in May.", "en"))
    assert p["Rudi Hartono"].role == "head" and p["Rudi Hartono"].affiliation == "Lakeside Capital Authority"
    assert not people(ex.extract("The Lakeside Capital Authority head office moved to Dover Street.", "en"))


def _kinds(ms):
    return {(m.text, m.kind) for m in ms if m.type == "place"}


def test_region_after_a_town_of_its_country_and_a_region_read_whole(ex):
    k = _kinds(ex.extract("UOZU, Toyama — A sensor plant opened. Toyama officials were there.", "en"))
    assert ("Toyama", "region") in k and ("Toyama", "city") not in k
    k = _kinds(ex.extract("A fab opened in Hai Duong Province on Monday. Hai Duong officials said it would hire.", "en"))
    assert k == {("Hai Duong Province", "region"), ("Hai Duong", "region")}
    assert ("Germany", "country") in _kinds(ex.extract("They met in Munich, Germany.", "en"))


def test_district_of_a_city_is_no_town(ex):
    k = _kinds(ex.extract("The firm moved to Taichung's Beitun District last year.", "en"))
    assert ("Beitun", "city") not in k and ("Taichung", "city") in k


def test_short_form_of_a_company_named_after_a_town_is_no_place(ex):
    ms = ex.extract("Sunrise Precision Corp signed the deal. Sunrise Precision's new line opens in May.", "en")
    assert not any(m.type == "place" for m in ms)
    ms = ex.extract("Seoul National University and Seoul officials met.", "en")
    assert any(m.type == "place" and m.text == "Seoul" for m in ms)


def test_former_is_no_affiliation(ex):
    p = people(ex.extract("Former governor Dan Ortiz hosted the visitors.", "en"))
    assert p["Dan Ortiz"].role == "governor" and p["Dan Ortiz"].affiliation == ""


# -- organisations -------------------------------------------------------------------------------
def orgs(ms):
    return {m.name for m in ms if m.type == "organization"}


def test_based_place_is_no_part_of_the_company_and_stays_a_place(ex):
    ms = ex.extract("Lyon-based Corvette Systems opened a plant in Ulsan.", "en")
    assert orgs(ms) == {"Corvette Systems"} and {"Lyon", "Ulsan"} <= places(ms)


def test_body_name_does_not_end_in_and_the_adjective(ex):
    ms = ex.extract("The lab is funded by the Ministry of Digital Affairs and the Austrian state of Tyrol.", "en")
    assert orgs(ms) == {"Ministry of Digital Affairs"}


def test_press_release_dateline_with_two_places(ex):
    assert {"Boston", "Osaka"} <= places(ex.extract("BOSTON & OSAKA, Japan--(BUSINESS WIRE)--Two firms agreed.", "en"))


def test_hyphenated_pair_of_places_before_a_common_noun(ex):
    assert {"Warsaw", "Taipei"} <= places(ex.extract("It was a milestone for Warsaw-Taipei ties.", "en"))
    assert {"South Korea", "United States"} <= places(ex.extract("The Korea-U.S. summit ended.", "en"))
    assert not places(ex.extract("The Vietnam-Singapore Industrial Park grew.", "en"))


def test_washington_dc_is_one_mention_of_the_city(ex):
    ms = [m for m in ex.extract("The talks were held in Washington, D.C. on Monday.", "en") if m.type == "place"]
    assert [(m.text, m.name) for m in ms] == [("Washington, D.C.", "Washington")]


def test_list_of_towns_is_no_town_and_region(ex):
    k = _kinds(ex.extract("New parks will open in Bac Ninh, Quang Ngai and Can Tho.", "en"))
    assert ("Quang Ngai", "city") in k


def test_initial_and_family_name_after_a_title(ex):
    p = people(ex.extract("The space agency's chairman K. Raghavan met the visitors. Raghavan said it went well. "
                          "The U.S. Navy also sent officers.", "en"))
    assert set(p) == {"K. Raghavan"} and p["K. Raghavan"].role == "chairman"


def test_two_initials_for_the_given_name(ex):
    p = people(ex.extract("Foundry chairman J.H. Lo said demand was strong. The U.S. Navy and the U.K. Government "
                          "agreed.", "en"))
    assert set(p) == {"J.H. Lo"} and p["J.H. Lo"].role == "chairman"


def test_who_heads_gives_the_head_of_the_body(ex):
    p = people(ex.extract("\"We are ready,\" said Ines Duarte, who heads the Port of Lisbon Authority.", "en"))
    assert p["Ines Duarte"].role == "head" and p["Ines Duarte"].affiliation == "Port of Lisbon Authority"


def test_executive_chair_is_one_title(ex):
    p = people(ex.extract("It was signed by Example Motor Group Executive Chair Park Ji-sung.", "en"))
    assert p["Park Ji-sung"].role == "Executive Chair" and p["Park Ji-sung"].affiliation == "Example Motor Group"


def test_city_governed_as_a_province_in_its_split_spelling(ex):
    k = _kinds(ex.extract("Officials from Ha Noi and Hai Phong met on Monday.", "en"))
    assert k == {("Ha Noi", "city"), ("Hai Phong", "city")}


def test_professional_role_in_apposition(ex):
    p = people(ex.extract("\"It works,\" said Ana Silva, a senior engineer at Lakeside Motors. Rui Costa, a trade "
                          "official at the embassy, agreed.", "en"))
    assert p["Ana Silva"].role == "senior engineer" and p["Ana Silva"].affiliation == "Lakeside Motors"
    assert p["Rui Costa"].role == "trade official at the embassy"


def test_age_between_the_name_and_the_office(ex):
    p = people(ex.extract("Lee Ha-eun, 54, chief executive of Example Robotics, said orders rose.", "en"))
    assert p["Lee Ha-eun"].role == "chief executive" and p["Lee Ha-eun"].affiliation == "Example Robotics"


def test_abbreviated_news_titles_are_written_out(ex):
    p = people(ex.extract("Gov. Ana M. Cruz and Sen. Paul Okoro met. Lt. Gov. Rita Vance joined them.", "en"))
    assert {k: v.role for k, v in p.items()} == {"Ana M. Cruz": "Governor", "Paul Okoro": "Senator",
                                                  "Rita Vance": "Lieutenant Governor"}


def test_small_town_before_its_region(ex):
    ms = ex.extract("The plant will rise in Sanandpur, Gujarat, by 2027. Staff met in Silicon Valley, California.", "en")
    towns = {(m.text, m.kind, m.country) for m in ms if m.type == "place"}
    assert ("Sanandpur", "city", "IN") in towns and not any(t[0] == "Silicon Valley" for t in towns)


def test_outlet_named_after_a_place_is_no_place(ex):
    assert not places(ex.extract("The Nepal Herald and Bhutan Business Times reported the deal.", "en"))
    assert "Nepal" in places(ex.extract("Nepal signed the deal, the paper reported.", "en"))


def test_south_and_southeast_asian_honorifics_are_no_name_parts(ex):
    p = people(ex.extract("Union Minister for Ports Shri Arjun Mehta opened it. Dato' Sri Aziz Rahman, chief "
                          "executive of the port, spoke.", "en"))
    assert set(p) == {"Arjun Mehta", "Aziz Rahman"}


def test_family_name_in_capitals_after_a_title(ex):
    p = people(ex.extract("Example Agency Minister NOMURA Kenta met Director EXPO Center staff.", "en"))
    assert set(p) == {"NOMURA Kenta"} and p["NOMURA Kenta"].role == "Minister"


def test_administrative_adjective_inside_an_office(ex):
    p = people(ex.extract("Chairman of the provincial People's Committee Tran Van Binh received them.", "en"))
    assert p["Tran Van Binh"].role == "Chairman"


def test_state_named_like_a_hamlet_is_the_state(ex):
    k = _kinds(ex.extract("The lab opened at Stanford, California, on Monday.", "en"))
    assert ("California", "region") in k and ("Stanford", "city") in k


def test_hyphenated_pair_before_a_name_is_no_pair(ex):
    assert not places(ex.extract("The Seoul-Busan Expressway opened.", "en"))


def test_role_and_body_of_a_listing_in_parentheses(ex):
    p = people(ex.extract("Speakers included Aiko Mori (Director, Example Innovation Hub) and Sven Berg (CEO, "
                          "Nordic Grid).", "en"))
    assert {k: (v.role, v.affiliation) for k, v in p.items()} == {
        "Aiko Mori": ("Director", "Example Innovation Hub"), "Sven Berg": ("CEO", "Nordic Grid")}


def test_two_word_place_ends_an_office_run(ex):
    p = people(ex.extract("Ambassador Extraordinary and Plenipotentiary of Japan to Viet Nam Ota Ken attended.", "en"))
    assert set(p) == {"Ota Ken"} and p["Ota Ken"].role == "Ambassador Extraordinary and Plenipotentiary"


def test_family_name_in_capitals_ends_an_office_run(ex):
    p = people(ex.extract("State Minister for Foreign Affairs ODA Kenji and Parliamentary Vice-Minister of Economy, "
                          "Trade and Industry MORI Taro attended.", "en"))
    assert {k: v.role for k, v in p.items()} == {"ODA Kenji": "State Minister",
                                                  "MORI Taro": "Parliamentary Vice-Minister"}


def test_possessive_then_any_title_then_the_name_between_commas(ex):
    p = people(ex.extract("The agency's administrator, Han So-ra, said the launch would slip.", "en"))
    assert p["Han So-ra"].role == "administrator"


def test_possessive_affiliations_of_plural_and_several_words(ex):
    p = people(ex.extract("Also present was the Netherlands' ambassador, Anouk Visser, who spoke. Lumen Robotics' "
                          "vice president for sales, Ryu Da-eun, agreed.", "en"))
    assert p["Anouk Visser"].affiliation == "Netherlands" and p["Ryu Da-eun"].affiliation == "Lumen Robotics"


@pytest.mark.parametrize("text", [
    "Nordwave Labs, whose co-founder Anita Kulkarni moved to Korea from Pune, will expand.",
    "Its co-founder Anita Kulkarni said the firm would expand into Japan.",
])
def test_an_ambiguous_title_after_a_possessive_of_a_body_marks_a_name(ex, text):
    p = {m.name: m for m in ex.extract(text, "en") if m.type == "person"}
    assert set(p) == {"Anita Kulkarni"} and p["Anita Kulkarni"].role.lower() == "co-founder"


@pytest.mark.parametrize("text, name, role, aff", [
    ("Brennix's head of research Olga Petrova said the cells would ship in May.", "Olga Petrova",
     "head of research", "Brennix"),
    ("KOTEX's Jakarta chief representative Ito Haruki opened the office.", "Ito Haruki",
     "chief representative", "KOTEX"),
])
def test_possessive_then_an_office_and_its_field_then_the_name(ex, text, name, role, aff):
    p = people(ex.extract(text, "en"))
    assert p[name].role == role and p[name].affiliation == aff


def test_who_runs_a_team_at_a_body_is_the_role_as_written(ex):
    p = people(ex.extract("The pilot was a success, said Karin Holmberg, who leads the innovation unit at Nordvik "
                          "Energy, on Friday.", "en"))
    assert p["Karin Holmberg"].role == "leads the innovation unit"
    assert p["Karin Holmberg"].affiliation == "Nordvik Energy"


def test_two_titles_joined_by_and_in_apposition(ex):
    p = people(ex.extract("Park Min-soo, CEO and co-founder of Nexlab, said the funding would help.", "en"))
    assert p["Park Min-soo"].role == "CEO and co-founder" and p["Park Min-soo"].affiliation == "Nexlab"


@pytest.mark.parametrize("text", [
    "Maria Lopez is the chief operating officer of Alba Systems.",
    "Maria Lopez, who is the chief operating officer of Alba Systems, spoke to reporters.",
    "Maria Lopez was chief operating officer at Alba Systems until May.",
])
def test_copular_role_is_read_like_an_apposition(text):
    people = {m.name: m.role for m in StoryExtractor().extract(text, "en") if m.type == "person"}
    assert people == {"Maria Lopez": "chief operating officer"}


def test_possessive_title_then_name_at_a_sentence_end():
    ms = StoryExtractor().extract("The visit was arranged by the agency's trade chief, Dana Whitfield. Talks went well.", "en")
    assert {m.name: m.role for m in ms if m.type == "person"}["Dana Whitfield"] == "chief"


def test_county_magistrate_is_a_title():
    ms = StoryExtractor().extract("Present were Yilan County Magistrate Lin Tzu-yun and Deputy Magistrate Wu Po-han.", "en")
    people = {m.name: m.role for m in ms if m.type == "person"}
    assert people == {"Lin Tzu-yun": "Magistrate", "Wu Po-han": "Deputy Magistrate"}
