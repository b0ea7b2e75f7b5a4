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


# -- Japanese: katakana companies told by what surrounds them -----------------------------------
def test_ja_katakana_company_after_company_word_with_latin_spelling(ex):
    found = orgs(ex.extract("会場では、台湾の素材メーカー、ポラリテック（Polaritek）の技術者が説明した。", "ja"))
    assert "ポラリテック" in found


def test_ja_katakana_company_after_company_word_and_before_a_person(ex):
    found = orgs(ex.extract("大阪のIoTベンチャー、ミドリフォースの前田健二社長が登壇した。", "ja"))
    assert "ミドリフォース" in found


def test_ja_katakana_company_before_office_and_person(ex):
    found = orgs(ex.extract("式典にはベルデックス創業者マルコ・ロッシ氏も出席した。", "ja"))
    assert "ベルデックス" in found


def test_ja_common_katakana_word_after_company_word_is_no_company(ex):
    found = orgs(ex.extract("地元企業、データセンターの運営者が集まった。", "ja"))
    assert not any("データセンター" in n for n in found)


# -- Korean: research bodies and space agencies by their head word -----------------------------
@pytest.mark.parametrize("sentence, body", [
    ("협약은 브라질우주기구와 대전에서 체결됐다.", "브라질우주기구"),
    ("연구진은 베트남과학원과 공동 연구를 시작한다.", "베트남과학원"),
])
def test_ko_space_agency_and_academy_of_sciences_are_bodies(ex, sentence, body):
    assert body in orgs(ex.extract(sentence, "ko"))


# -- generic phrases that look like bodies --------------------------------------------------------
@pytest.mark.parametrize("sentence, lang, word", [
    ("两国将深化航天科技合作，扩大交流。", "zh", "航天科技"),
    ("代表團將參觀外資工業區，了解投資環境。", "zh", "外資工業"),
    ("公司計劃明年在當地設立展示中心。", "zh", "展示中心"),
    ("視察団は町内の工業団地を訪れた。", "ja", "工業団地"),
])
def test_generic_field_phrase_is_no_body(ex, sentence, lang, word):
    assert not any(word in n for n in orgs(ex.extract(sentence, lang)))


def test_industrial_park_name_keeps_its_industry_word(ex):
    assert "龙华工业园区" in orgs(ex.extract("龙华工业园区与德国企业签署协议。", "zh"))


# -- quotation marks and title brackets bound a body's name --------------------------------------
@pytest.mark.parametrize("sentence, body", [
    ("双方签署《杭州市人民政府与米兰市政府合作备忘录》。", "杭州市人民政府"),
    ("两地合作建设的“中意智能制造联合创新中心”正式揭牌。", "中意智能制造联合创新中心"),
])
def test_zh_body_inside_quotes_or_title_brackets(ex, sentence, body):
    assert body in orgs(ex.extract(sentence, "zh"))


def test_zh_representative_office_keeps_its_stationed_prefix(ex):
    found = orgs(ex.extract("訪問團先抵達河內，拜會駐越南台北經濟文化辦事處。", "zh"))
    assert "駐越南台北經濟文化辦事處" in found


def test_ja_bracketed_city_after_a_body_is_no_alias_of_it(ex):
    ms = ex.extract("東北大学と国立清華大学（新竹市）が共同で講座を開く。", "ja")
    uni = next(m for m in ms if m.type == "organization" and m.name == "国立清華大学")
    assert "新竹市" not in uni.aliases


def test_zh_province_is_no_body_but_japanese_ministry_is(ex):
    found = orgs(ex.extract("訪問團將前往廣東省參觀工廠，並拜會日本經濟產業省。", "zh"))
    assert not any(n.endswith("廣東省") for n in found) and "日本經濟產業省" in found


# -- places ------------------------------------------------------------------------------------
def test_ja_hiragana_town_name_inside_running_kana_is_no_place(ex):
    assert "Ino" not in places(ex.extract("両国の研究者が互いの施設を訪ねた。", "ja"))


def test_ja_hiragana_city_name_is_a_place(ex):
    assert "Tsukuba" in places(ex.extract("会議はつくば市で開かれた。", "ja"))


def test_ja_place_starting_a_company_name_is_no_place_mention(ex):
    ms = ex.extract("州内に工場を持つ新竹精密工業の社長が説明した。", "ja")
    assert "新竹精密工業" in orgs(ms) and not places(ms)


def test_ko_place_name_at_the_start_of_a_longer_proper_noun_is_no_place(ex):
    ms = ex.extract("다카하시 국장은 지난주 협의에 참석했다.", "ko")
    assert "Dhaka" not in places(ms)


def test_zh_visit_verb_glued_before_a_zone_is_cut(ex):
    found = orgs(ex.extract("代表团下月将实地考察南沙粤港合作示范区。", "zh"))
    assert "南沙粤港合作示范区" in found and not any("考察" in n for n in found)


@pytest.mark.parametrize("sentence, unit", [
    ("규슈대학 산학연계본부 관계자들이 방한했다.", "산학연계본부"),
    ("대표단은 한국수자원공사(K-water) 금강권역본부를 찾았다.", "금강권역본부"),
])
def test_ko_division_written_after_its_body_is_no_body(ex, sentence, unit):
    assert not any(n.endswith(unit) for n in orgs(ex.extract(sentence, "ko")))


def test_zh_city_travelled_to_is_a_place_not_its_government(ex):
    ms = ex.extract("訪問團昨日抵達名古屋市，今日參觀工廠。", "zh")
    assert not any(n.startswith("名古屋") for n in orgs(ms)) and "Nagoya" in places(ms)


def test_zh_ministry_name_joined_with_he_is_one_body(ex):
    assert "住房和城乡建设部" in orgs(ex.extract("住房和城乡建设部与新加坡国家发展部签署协议。", "zh"))
