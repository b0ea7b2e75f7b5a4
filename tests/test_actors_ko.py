"""Korean stories read with Kiwi: places, local governments, companies, people (own sentences)."""
import subprocess
import sys

import pytest

from coopnews.actors import StoryExtractor
from coopnews.actors.korean import KoreanReading
from coopnews.actors.korean_orgs import KoreanOrgs
from coopnews.actors.korean_story import abbreviations
from coopnews.gazetteer import gazetteer


@pytest.fixture(scope="module")
def ex():
    return StoryExtractor()


def kinds(ms, typ):
    return {m.name: m for m in ms if m.type == typ}


def test_verb_forms_and_common_nouns_are_not_places(ex):
    ms = ex.extract("지난 3일 연구진은 화성 탐사 계획을 구성했다. 경기 화성시는 이를 환영했다.", "ko")
    places = kinds(ms, "place")
    assert "Jinan" not in places  # 지난 = "last"
    assert [m.text for m in ms if m.type == "place" and m.key == places.get("Hwaseong-si", m).key] == ["화성시"]


def test_place_inside_a_longer_word_is_not_a_place(ex):
    ms = ex.extract("대표단은 북아일랜드경제개발청을 찾았다.", "ko")
    assert "Ireland" not in kinds(ms, "place")


def test_small_foreign_city_in_hangul_and_its_government(ex):
    ms = ex.extract("부산시는 리투아니아 빌뉴스시와 스마트시티 협약을 맺었다. 빌뉴스는 발트의 수도다.", "ko")
    places = kinds(ms, "place")
    assert "Vilnius" in places
    assert "빌뉴스시" in kinds(ms, "organization")


def test_korean_town_missing_from_the_gazetteer(ex):
    ms = ex.extract("경남 통영시는 해양관광 분야에서 일본 도시와 교류한다고 밝혔다.", "ko")
    assert "Tongyeong" in kinds(ms, "place")
    assert "통영시" in kinds(ms, "organization")


def test_prefecture_government_after_a_country(ex):
    ms = ex.extract("일본 시즈오카현 대표단이 도청을 방문했다.", "ko")
    assert kinds(ms, "organization")["시즈오카현"].kind == "government"


def test_company_in_apposition_and_with_corporate_mark(ex):
    ms = ex.extract("반도체 소재 업체 한빛머티리얼즈(주) 관계자와 물류 기업인 BLUEPORT 측이 참석했다.", "ko")
    orgs = kinds(ms, "organization")
    assert orgs["한빛머티리얼즈"].kind == "company" and "한빛머티리얼즈(주)" in orgs["한빛머티리얼즈"].aliases
    assert "BLUEPORT" in orgs


def test_venues_and_generic_clusters_are_not_organisations(ex):
    ms = ex.extract("행사는 부산 해운대 컨벤션센터에서 열린 박람회와 함께 진행됐다. 메가클러스터 조성도 논의했다. "
                    "판교테크노밸리 입주 기업도 참여했다.", "ko")
    orgs = kinds(ms, "organization")
    assert not any("컨벤션센터" in o or o == "메가클러스터" for o in orgs)
    assert "판교테크노밸리" in orgs


def test_ministry_short_form_is_an_alias():
    class O:
        def __init__(self, name):
            self.name, self.key, self.aliases = name, "org:" + name, []
    orgs = [O("산업통상자원부"), O("산업부"), O("국토교통부")]
    abbreviations(orgs)
    assert orgs[1].name == "산업통상자원부" and orgs[1].aliases == ["산업부"]
    assert orgs[2].name == "국토교통부"


def test_foreign_name_of_several_words_before_place_and_title(ex):
    ms = ex.extract("장 피에르 마르탱 리옹 부시장은 협력을 제안했다. 마이클 존슨 보스턴시장도 참석했다.", "ko")
    people = kinds(ms, "person")
    assert people["장 피에르 마르탱"].role == "부시장"
    assert people["마이클 존슨"].role == "시장"
    assert "Lyon" in kinds(ms, "place")


def test_name_with_a_rarer_family_name_before_a_province(ex):
    ms = ex.extract("명재훈 전라남도 행정부지사가 참석했다. 탁영수 울산시 부시장도 함께했다.", "ko")
    people = kinds(ms, "person")
    assert people["명재훈"].role.endswith("부지사")
    assert people["탁영수"].role == "부시장"


def test_head_of_delegation_with_a_title_outside_the_list(ex):
    ms = ex.extract("방문단은 야마다 다로 홋카이도 경제부 산업심의관을 단장으로 꾸려졌다.", "ko")
    assert kinds(ms, "person")["야마다 다로"].role == "산업심의관"


def test_title_and_name_in_parentheses_after_the_body(ex):
    ms = ex.extract("충북 국제협력단(단장 한서윤)은 지난 2일 베트남 대표단과 면담했다.", "ko")
    p = kinds(ms, "person")["한서윤"]
    assert p.role == "단장" and "국제협력단" in p.affiliation


def test_body_in_a_foreign_persons_affiliation_is_not_a_person(ex):
    ms = ex.extract("이 자리에는 사이드 하산 우주청 이사장이 참석했다.", "ko")
    people = kinds(ms, "person")
    assert "사이드 하산" in people and "우주청" not in people


def test_reading_marks_verb_form_hit_as_not_a_place():
    text = "지난 5일 회의가 열렸다."
    kr = KoreanReading(text, gazetteer())
    assert not kr.keep_place(0, 2, "city")


def test_kiwi_is_not_imported_for_other_languages():
    code = ("import sys; from coopnews.actors import StoryExtractor; "
            "StoryExtractor().extract('Busan Mayor Park Min-soo met the delegation.', 'en'); "
            "print('kiwipiepy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"


def test_body_named_after_its_country_and_its_bare_form(ex):
    ms = ex.extract("한국 기관은 호주 우주청(ASA)과 협력한다. 우주청은 2018년 출범했다.", "ko")
    body = [m for m in ms if m.type == "organization" and m.name == "호주 우주청"]
    assert len(body) == 2 and "ASA" in body[0].aliases
    assert body[1].text == "우주청"


def test_department_after_a_local_government(ex):
    ms = ex.extract("방문단은 일본 나가노현 산업노동부 관계자 등으로 꾸려졌다.", "ko")
    assert "나가노현 산업노동부" in kinds(ms, "organization")


def test_regions_and_kinds_of_government_are_not_bodies(ex):
    ms = ex.extract("시는 이탈리아 남부의 도시와 교류하고 이탈리아 지방정부와 협의할 예정이다.", "ko")
    orgs = kinds(ms, "organization")
    assert not any(o.endswith(("남부", "지방정부")) for o in orgs)


def test_diplomatic_mission_of_korea_abroad(ex):
    ms = ex.extract("대표단은 주베트남 한국 대사관과 주독일 총영사관을 방문했다.", "ko")
    orgs = kinds(ms, "organization")
    assert "주베트남 한국 대사관" in orgs and "주독일 총영사관" in orgs


def test_event_names_with_a_year_or_a_visit_are_not_organisations(ex):
    ms = ex.extract("시장은 CES(Consumer Electronics Show) 2025를 참관하고 'GITEX(Gulf Information Technology "
                    "Exhibition)' 참관도 했다.", "ko")
    orgs = kinds(ms, "organization")
    assert "Consumer Electronics Show" not in orgs and "Gulf Information Technology Exhibition" not in orgs


def test_place_glued_to_a_noun_names_a_facility(ex):
    ms = ex.extract("대표단은 코트라 독일관과 목포항을 둘러봤다.", "ko")
    places = kinds(ms, "place")
    assert "Germany" not in places and "Mokpo" not in places


def test_quoted_name_ending_in_an_org_word(ex):
    ms = ex.extract("'한일 수소산업협회'는 두 도시의 기업으로 구성됐다.", "ko")
    assert "한일 수소산업협회" in kinds(ms, "organization")


def test_company_before_a_list_word(ex):
    ms = ex.extract("행사에는 누리솔라 등 기업 관계자 20명이 참석했다.", "ko")
    assert kinds(ms, "organization")["누리솔라"].kind == "company"


def test_special_self_governing_province_as_common_noun(ex):
    ms = ex.extract("전북특별자치도 국제협력과는 지난달 해외 교류를 확대했다.", "ko")
    assert "전북특별자치도" in kinds(ms, "organization")


def test_pattern_name_holding_a_particle_is_dropped(ex):
    ms = ex.extract("김 시장은 간담회에서 이영수 총영사와 만났다.", "ko")
    names = set(kinds(ms, "person"))
    assert "이영수" in names and not any(n.endswith("은") for n in names)


def test_small_foreign_town_is_one_proper_noun():
    from coopnews.actors.korean import tokenize
    toks = tokenize("대표단은 툴루즈, 리옹 등을 방문했다.")
    assert ("툴루즈", "NNP") in {(t.form, t.tag) for t in toks}


def test_unknown_word_before_a_cluster_head_is_a_name():
    ko = KoreanOrgs(KoreanReading("", gazetteer()))
    assert not ko.is_generic("충남테크노파크") and ko.is_generic("컨벤션센터") and ko.is_generic("메가클러스터")


def test_mission_after_a_verb_and_written_as_one_noun(ex):
    ms = ex.extract("대표단은 파리로 이동해 주프랑스 한국대사관을 찾았다.", "ko")
    assert "주프랑스 한국대사관" in kinds(ms, "organization")


def test_company_after_business_word_but_not_a_business_person(ex):
    ms = ex.extract("로봇 기업인 하늘로보틱스가 참여했고, 기업인 김민준 대표도 왔다.", "ko")
    orgs = kinds(ms, "organization")
    assert "하늘로보틱스" in orgs and "김민준" not in orgs


def test_town_before_a_local_head_title_is_not_part_of_the_name(ex):
    ms = ex.extract("야마모토 겐지 구마가야 시장이 대표단을 맞았다.", "ko")
    p = kinds(ms, "person")
    assert "야마모토 겐지" in p and p["야마모토 겐지"].affiliation == "구마가야"


def test_companies_listed_before_deung_and_a_company_word(ex):
    ms = ex.extract("하늘모빌리티, 바다에너지와 KX솔루션 등 지역 반도체·배터리 기업이 참여했다. 서울, 부산 등 지역 기업도 왔다.", "ko")
    orgs = kinds(ms, "organization")
    assert {"하늘모빌리티", "KX솔루션"} <= set(orgs) and "바다에너지" not in orgs  # common nouns only
    assert "서울" not in orgs and "부산" not in orgs


def test_well_known_company_in_hangul_shares_the_key_of_its_latin_name(ex):
    ko = [m for m in ex.extract("삼성전자는 평택에 새 라인을 짓는다.", "ko") if m.type == "organization"]
    en = [m for m in ex.extract("Samsung Electronics will build a new line.", "en") if m.type == "organization"]
    assert ko and en and ko[0].key == en[0].key


def test_vietnamese_names_of_short_words_before_affiliation_and_title(ex):
    ms = ex.extract("응우옌 티 흐엉 베트남 과학기술부 차관과 레 반 쫑 후에시 인민위원장이 참석했다.", "ko")
    p = kinds(ms, "person")
    assert p["응우옌 티 흐엉"].role == "차관" and "과학기술부" in p["응우옌 티 흐엉"].affiliation
    assert "레 반 쫑" in p


def test_transcribed_first_name_with_a_korean_family_syllable_is_foreign(ex):
    ms = ex.extract("조지프 하워드 NRC 국제협력국장이 방문단을 이끈다.", "ko")
    p = kinds(ms, "person")
    assert "조지프 하워드" in p and "조지프" not in p


def test_pattern_name_that_is_a_verb_form_is_dropped(ex):
    ms = ex.extract("대표단은 연구원을 방문해 박서준 원장과 협력을 논의했다.", "ko")
    assert set(kinds(ms, "person")) == {"박서준"}


def test_short_university_names(ex):
    ms = ex.extract("목포대학교는 목포대 본관에서 연세대 연구팀, 김성대 교수와 협약을 맺었다. 20대 청년도 참석했다.", "ko")
    orgs = kinds(ms, "organization")
    assert orgs["연세대"].kind == "university"
    assert {m.key for m in ms if m.text == "목포대"} == {orgs["목포대학교"].key}
    assert "김성대" not in orgs and "김성대" in kinds(ms, "person")


def test_name_kiwi_cuts_after_two_syllables(ex):
    ms = ex.extract("항만공사는 이경민 사장을 단장으로 한 방문단을 보냈다.", "ko")
    p = kinds(ms, "person")
    assert p["이경민"].affiliation == "" and p["이경민"].role == "사장"


def test_common_words_ending_in_a_body_syllable_are_not_bodies(ex):
    ms = ex.extract("참가 희망 기업은 온라인참가신청 페이지에서 접수하면 된다.", "ko")
    assert not any(o.endswith("신청") for o in kinds(ms, "organization"))


def test_company_before_a_korean_name_is_not_part_of_it(ex):
    people = kinds(ex.extract("이날 행사에서 메디루프 이준혁 대표는 투자 계획을 밝혔다.", "ko"), "person")
    assert set(people) == {"이준혁"} and people["이준혁"].role == "대표"


def test_name_shaped_university_before_a_name_is_no_person(ex):
    people = kinds(ex.extract("협약식에는 서울대 박민호 총장이 참석했다.", "ko"), "person")
    assert set(people) == {"박민호"} and people["박민호"].role == "총장"


def test_body_named_elsewhere_is_cut_from_a_foreign_name(ex):
    text = ("협약식에는 노르딕대 마르쿠 비르타넨 부총장이 참석했다. 노르딕대의 교육 과정은 유명하다.\n"
            "사진: 마르쿠 비르타넨 노르딕대 부총장이 서명하고 있다.")
    people = kinds(ex.extract(text, "ko"), "person")
    assert set(people) == {"마르쿠 비르타넨"} and people["마르쿠 비르타넨"].role == "부총장"


def test_latin_gloss_between_a_foreign_name_and_the_body(ex):
    text = "협약식에는 라메시 쿠마르 나이르(Ramesh Kumar Nair) 카르나타카주 전자·IT부 차관이 참석했다."
    people = kinds(ex.extract(text, "ko"), "person")
    p = people["라메시 쿠마르 나이르"]
    assert p.role == "차관" and p.affiliation == "카르나타카주 전자·IT부"


@pytest.mark.parametrize("text,name,role", [
    ("협약식에는 시장과 마리아 곤살레스 칠레생산진흥청(CORFO) 이사 등 20여 명이 참석했다.", "마리아 곤살레스", "이사"),
    ("행사에는 김민수 한국무역협회(KITA) 본부장이 참석했다.", "김민수", "본부장"),
])
def test_a_bodys_acronym_in_brackets_between_the_name_and_the_title(ex, text, name, role):
    people = kinds(ex.extract(text, "ko"), "person")
    assert set(people) == {name} and people[name].role == role


def test_secretariat_project_group_and_industrial_complex_are_bodies(ex):
    ms = ex.extract("오송생명과학산업단지와 차세대반도체사업단, 아시아태평양도시협력사무국이 참여했다.", "ko")
    orgs = {m.name for m in ms if m.type == "organization"}
    assert {"오송생명과학산업단지", "차세대반도체사업단", "아시아태평양도시협력사무국"} <= orgs


# -- bodies of foreign regions, corporate marks before names, city halls, glossed bodies ----------
def test_body_after_a_foreign_province_or_state(ex):
    ms = ex.extract("충북도는 베트남 타이빈성 인민위원회와 협약을 맺었다. 인도 케랄라주 정부와도 협의했다.", "ko")
    o = kinds(ms, "organization")
    assert {"타이빈성 인민위원회", "케랄라주 정부"} <= set(o) and "인민위원회" not in o


def test_body_with_latin_letters_after_a_state(ex):
    o = kinds(ex.extract("쿠마르 타밀나두주 산업·IT부 장관이 참석했다.", "ko"), "organization")
    assert "타밀나두주 산업·IT부" in o and "IT부" not in o


def test_person_name_before_committee_is_no_region(ex):
    o = kinds(ex.extract("김민성 위원회 위원장이 말했다.", "ko"), "organization")
    assert "김민성 위원회" not in o


def test_company_after_corporate_mark(ex):
    o = kinds(ex.extract("소재기업 ㈜새벽케미칼 관계자와 현지 기업 (주)블루웨이브를 방문했다.", "ko"), "organization")
    assert {"새벽케미칼", "블루웨이브"} <= set(o) and not any("관계자" in n for n in o)


def test_city_hall_is_the_city(ex):
    ms = ex.extract("청주시는 지난 5일 알마티시청에서 알마티시와 협약을 맺었다.", "ko")
    assert {m.name for m in ms if m.type == "organization"} == {"청주시", "알마티시"}
    assert any("알마티시청" in m.aliases for m in ms)


def test_latin_gloss_after_a_body_is_the_same_body(ex):
    ms = ex.extract("부산대학교는 스웨덴 룬드대학교(Lund University)와 협정을 맺었다.", "ko")
    keys = {m.key for m in ms if m.type == "organization" and "Lund" in m.name + " ".join(m.aliases)}
    assert len(keys) == 1


def test_short_country_name_owns_a_ministry(ex):
    o = kinds(ex.extract("대표단은 사우디 에너지부를 방문했다.", "ko"), "organization")
    assert "사우디 에너지부" in o


def test_name_one_space_before_a_body_word(ex):
    o = kinds(ex.extract("목포나눔 재단과 여수 테크노파크가 참여했다. 관련 협회도 참석했다.", "ko"), "organization")
    assert {"목포나눔 재단", "여수 테크노파크"} <= set(o) and not any("관련" in n for n in o)


def test_person_before_a_body_word_is_no_body(ex):
    assert "김민수 위원회" not in kinds(ex.extract("김민수 위원회 위원장이 말했다.", "ko"), "organization")


def test_foreign_name_written_as_one_word_before_a_title(ex):
    ms = ex.extract("대만 화성전자의 린즈웨이 회장이 방한했다. 차오밍화 총통은 협력을 강조했다.", "ko")
    people = kinds(ms, "person")
    assert people["린즈웨이"].role == "회장"
    assert people["차오밍화"].role == "총통"


def test_company_standing_alone_elsewhere_is_not_a_one_word_name(ex):
    ms = ex.extract("메가트론 회장이 방한했다. 메가트론은 공장을 짓는다.", "ko")
    assert "메가트론" not in kinds(ms, "person")


def test_caption_name_slash_body_and_title(ex):
    ms = ex.extract("[인터뷰] 정하늘 / 대구시 경제국장\n\"협력을 넓히겠습니다.\"", "ko")
    p = kinds(ms, "person")["정하늘"]
    assert p.role.endswith("국장") and p.affiliation.startswith("대구시")


def test_name_before_the_honorific_ssi_with_or_without_an_age(ex):
    ms = ex.extract("창업자 윤다인(34) 씨는 지난해 회사를 세웠다. 동료 한지석 씨도 합류했다.", "ko")
    assert {"윤다인", "한지석"} <= set(kinds(ms, "person"))


def test_company_then_a_name_kiwi_cuts_before_a_latin_title(ex):
    people = kinds(ex.extract("헬스케어 기업 메디루프 김민준 CEO는 투자를 늘리겠다고 말했다.", "ko"), "person")
    assert people["김민준"].role == "CEO"


def test_company_before_its_head_in_brackets(ex):
    ms = ex.extract("헬스온(대표 이수현)은 투자를 유치했다. 딥메디(CEO 박서윤)도 참가했다.", "ko")
    orgs = kinds(ms, "organization")
    assert orgs["헬스온"].kind == "company" and orgs["딥메디"].kind == "company"


def test_list_of_companies_after_a_company_word(ex):
    ms = ex.extract("스타트업 딥노이드와 메디스캔이 참가했다. 반도체 기업 한빛테크, 세진반도체 등 10곳이 함께했다.", "ko")
    orgs = kinds(ms, "organization")
    assert {"딥노이드", "메디스캔", "한빛테크", "세진반도체"} <= set(orgs)
    assert not any(n.startswith("10") for n in orgs)


def test_japanese_ministry_in_hangul_and_its_short_form(ex):
    orgs = kinds(ex.extract("일본 경제산업성 관계자가 참석했다. 경산성은 보조금을 늘린다.", "ko"), "organization")
    assert set(orgs) == {"경제산업성"} and "경산성" in orgs["경제산업성"].aliases + [orgs["경제산업성"].text]


def test_bureau_of_administration_ends_a_body(ex):
    orgs = kinds(ex.extract("대만 남부과학단지관리국과 협약을 체결했다.", "ko"), "organization")
    assert any(n.endswith("남부과학단지관리국") for n in orgs)
