"""Actor rules on short articles written for the tests."""
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopnews import extract_actors
from coopnews.actors import StoryExtractor


def frame(*stories):
    return pd.DataFrame({"article_id": [f"t#{i}" for i in range(len(stories))],
                         "text": [s for s, _ in stories],
                         "language": pd.Categorical([l for _, l in stories], categories=["en", "ko", "zh", "ja"])})


@pytest.fixture(scope="module")
def ex():
    return StoryExtractor()


def people(ms):
    """The full-name mention of each person (surname references carry the same name)."""
    return {m.name: m for m in ms if m.type == "person" and m.text == m.name}


def test_title_before_name_with_place_affiliation(ex):
    ms = ex.extract("Gwangju Mayor Kang Ki-jung signed the pact. Kang said the city was ready.", "en")
    p = people(ms)["Kang Ki-jung"]
    assert p.role == "Mayor" and p.affiliation == "Gwangju"
    assert sum(m.type == "person" for m in ms) == 2  # the surname reference resolves to him


def test_apposition_gives_role_and_affiliation(ex):
    ms = ex.extract("Park Ji-woo, director of the Gwangju Technopark, said startups would join.", "en")
    p = people(ms)["Park Ji-woo"]
    assert p.role.lower().startswith("director") and "Technopark" in p.affiliation


def test_gloss_becomes_alias(ex):
    ms = ex.extract("Nagoya Mayor Hirose Naoki (広瀬直樹) welcomed the delegation on Monday.", "en")
    assert "広瀬直樹" in people(ms)["Hirose Naoki"].aliases


def test_org_acronym_both_ways_and_later_use(ex):
    text = ("The Korea Institute of Industrial Technology (KITECH) will send researchers. "
            "KITECH said the team would work with GO SMART (Global Organization of Smart Cities).")
    orgs = [m for m in ex.extract(text, "en") if m.type == "organization"]
    keys = {m.key for m in orgs if m.text in ("KITECH", "Korea Institute of Industrial Technology")}
    assert len(keys) == 1
    assert any(m.name == "Global Organization of Smart Cities" for m in orgs)


def test_company_suffix_variants_are_one_actor():
    actors, mentions = extract_actors(frame(
        ("Analysts said Micron Technology Inc would expand. Investors liked Micron shares.", "en"),
        ("Micron Technologies will build a plant, the company said in a statement.", "en")))
    micron = actors[actors["name"].str.startswith("Micron")]
    assert len(micron) == 1 and micron.iloc[0]["n_articles"] == 2


def test_country_forms_are_one_place():
    actors, _ = extract_actors(frame(("Taiwan and the US agreed; U.S. firms and the United States government "
                                      "welcomed it, and USA officials too.", "en")))
    us = actors[(actors["type"] == "place") & (actors["country"] == "US")]
    assert len(us) == 1 and {"US", "U.S.", "USA"} <= set(us.iloc[0]["aliases"]) | {us.iloc[0]["name"]}


def test_city_suffix_and_coordinates(ex):
    ms = [m for m in ex.extract("The mayor visited Hsinchu City and then Hsinchu again.", "en") if m.type == "place"]
    assert {m.key for m in ms} == {ms[0].key} and ms[0].lat is not None


def test_places_inside_org_names_are_not_separate_mentions(ex):
    ms = ex.extract("Officials of the Fukuoka Growth Center Foundation spoke.", "en")
    assert not [m for m in ms if m.type == "place" and m.text == "Fukuoka"]


def test_bylines_never_reach_the_text_so_never_become_actors():
    from coopnews.loading import parse_text
    st = parse_text("Two cities sign a deal\nBy Jane Roe\n" + "Busan Mayor Park Min-soo signed the agreement with "
                    "the visiting delegation on Monday, officials said.")[0]
    actors, _ = extract_actors(frame(("\n".join(st.lines), "en")))
    assert "Jane Roe" not in set(actors["name"])


def test_korean_person_with_title_and_surname_reference(ex):
    ms = ex.extract("이재준(李在俊) 수원시장은 21일 협약서에 서명했다. 이 시장은 기대를 나타냈다.", "ko")
    p = [m for m in ms if m.type == "person"]
    assert {m.name for m in p} == {"이재준"} and len(p) == 2
    assert p[0].role == "시장" and "李在俊" in p[0].aliases
    assert any(m.type == "place" and m.name == "Suwon" for m in ms)


def test_chinese_title_then_name_and_org_suffix(ex):
    ms = ex.extract("台中市長盧秀燕表示，將與大阪大學合作。", "zh")
    assert [m.name for m in ms if m.type == "person"] == ["盧秀燕"]
    assert any(m.type == "organization" and m.name == "大阪大學" for m in ms)


def test_japanese_name_then_title(ex):
    ms = ex.extract("協定には仙台市の郡和子市長が署名した。郡市長は話した。", "ja")
    p = [m for m in ms if m.type == "person"]
    assert p and p[0].name == "郡和子" and p[0].role == "市長"


def test_gloss_learnt_in_english_identifies_person_in_korean():
    actors, mentions = extract_actors(frame(
        ("Suwon Mayor Lee Jae-joon (이재준) met investors on Monday, officials said.", "en"),
        ("이재준 시장은 투자자들을 만났다고 밝혔다.", "ko")))
    lee = actors[actors["name"] == "Lee Jae-joon"]
    assert len(lee) == 1 and lee.iloc[0]["n_articles"] == 2


def test_swapped_letters_flagged_not_merged():
    actors, _ = extract_actors(frame(("The park houses TSCM, MediaTek and other firms.", "en")))
    row = actors[actors["name"] == "TSCM"]
    assert len(row) == 1 and "possible-typo-of:TSMC" in row.iloc[0]["flags"]


def test_test_corpus_actor_counts(corpus_dir):
    from coopnews import load_articles
    actors, mentions = extract_actors(load_articles(corpus_dir))
    assert set(actors["type"]) == {"person", "organization", "place"}
    # every person of the six test articles, bylines excluded (read off the texts by hand)
    persons = sorted(actors.loc[actors["type"] == "person", "name"])
    assert len(persons) == 12 and set(persons) == {
        "Kang Ki-jung", "Hirose Naoki", "Park Ji-woo", "Vu Quoc Huy", "Lin Hsin-ming", "Chen Wei-ting",
        "Kang Joon-suk", "郡和子", "李東根", "이재준", "盧秀燕", "吉村洋文"}
    # the Latin-script organisations: "Port of Kaohsiung and Busan Port Authority" is two names, not one
    latin = {n for n in actors.loc[actors["type"] == "organization", "name"] if n.isascii()}
    assert len(latin) == 10 and latin == {
        "Gwangju city government", "Gwangju Technopark", "Korea Institute of Industrial Technology",
        "Aichi Science and Technology Foundation", "Toyota Industries Corp.", "Taiwan Semiconductor Industry Association",
        "National Innovation Center", "Ministry of Finance", "Busan Port Authority", "CNA"}
    assert (mentions["end"] > mentions["start"]).all()
    arts = load_articles(corpus_dir).set_index("article_id")
    for m in mentions.itertuples():
        assert arts.loc[m.article_id, "text"][m.start:m.end] == m.text


def test_title_of_an_office_then_name(ex):
    ms = ex.extract("On Friday, Bavarian Minister of Digital Affairs Greta Hollmann toured the lab.", "en")
    p = people(ms)["Greta Hollmann"]
    assert p.role == "Minister" and p.affiliation == "Bavarian"


def test_romanised_surname_read_as_office_word_moves_to_the_name(ex):
    ms = ex.extract("The trip is led by Minister of State for Trade and Industry Tay Wen Jie, officials said.", "en")
    p = people(ms)
    assert "Tay Wen Jie" in p and "Wen Jie" not in p
    assert "Industry" in p["Tay Wen Jie"].affiliation


def test_honorific_and_surname_alone_is_the_full_name_of_the_story(ex):
    ms = ex.extract("Ms Goh Hui Min, chief executive of the Port Data Agency, signed for Singapore. "
                    "Ms Goh said the link would open in May.", "en")
    persons = {m.name for m in ms if m.type == "person"}
    assert persons == {"Goh Hui Min"}


def test_korean_name_must_start_with_a_surname_and_not_end_in_a_particle(ex):
    ms = ex.extract("이번 방문에는 한도윤 부산시 경제부시장도 동행했다. 인재가 부족하다는 지적이 나왔다.", "ko")
    names = {m.name for m in ms if m.type == "person"}
    assert "한도윤" in names
    assert not any(n.startswith(("이번", "방문", "인재")) for n in names)


def test_chinese_title_followed_by_a_verb_is_not_a_person(ex):
    ms = ex.extract("林局長此行也參訪了大阪的研究機構，副校長森田明子表示歡迎。", "zh")
    names = {m.name for m in ms if m.type == "person"}
    assert "此行" not in names and "森田明子" in names


def orgs(ms):
    return {m.name for m in ms if m.type == "organization"}


def test_org_names_with_possessives_and_joined_by_and(ex):
    ms = ex.extract("The Danang People's Committee, the Busan Port Authority and Saigon Port Joint Stock Company "
                    "will share data.", "en")
    found = orgs(ms)
    assert {"Danang People's Committee", "Busan Port Authority", "Saigon Port Joint Stock Company"} <= found


def test_venues_are_not_organisations_but_port_authorities_are(ex):
    ms = ex.extract("Officials met at the Busan Exhibition Center near Busan Port. The Busan Port Authority hosted them.", "en")
    found = orgs(ms)
    assert "Busan Port Authority" in found and not any("Exhibition Center" in o for o in found)


def test_said_title_name_and_research_firms_are_not_people(ex):
    ms = ex.extract('"Prices will fall," said analyst Wu Pei-ling. Analysts at Harbor Light Research said demand was weak.', "en")
    persons = people(ms)
    assert persons["Wu Pei-ling"].role == "analyst"
    assert "Harbor Light Research" not in {m.name for m in ms if m.type == "person"}


def test_korean_org_keeps_the_place_before_it(ex):
    ms = ex.extract("시는 뮌헨 경제진흥공사와 협약을 맺었다.", "ko")
    assert "뮌헨 경제진흥공사" in orgs(ms)


def test_chinese_verbs_and_generic_kinds_are_not_organisations(ex):
    ms = ex.extract("高雄市政府與日本大阪市簽署合作備忘錄，並協助新創公司進駐育成中心。", "zh")
    found = orgs(ms)
    assert not any(o.endswith("簽署") for o in found)
    assert "新創公司" not in found and "育成中心" not in found


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abAB-", max_size=7), st.text(alphabet="abAB-", max_size=7))
def test_one_edit_agrees_with_edit_distance(a, b):
    """The linear-time typo check is exactly "Damerau-Levenshtein distance 1"."""
    from coopnews.actors import _edit_distance, _one_edit

    assert _one_edit(a, b) == (_edit_distance(a, b) == 1)
    assert _one_edit(a, a[:2] + a[3:]) == (len(a) >= 3)  # a deletion is one edit
