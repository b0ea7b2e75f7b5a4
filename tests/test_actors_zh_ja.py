"""Chinese and Japanese actor rules (MeCab/UniDic, jieba, OpenCC) on sentences written for the tests."""
import pytest

from coopnews.actors import StoryExtractor


@pytest.fixture(scope="module")
def ex():
    return StoryExtractor()


def persons(ms):
    return {m.name: m for m in ms if m.type == "person"}


def orgs(ms):
    return {m.name for m in ms if m.type == "organization"}


# -- Japanese ---------------------------------------------------------------------------------
def test_ja_place_between_name_and_office_is_the_affiliation(ex):
    p = persons(ex.extract("式典には鈴木横浜市長や関係者が出席した。", "ja"))
    assert set(p) == {"鈴木"} and p["鈴木"].role == "市長" and p["鈴木"].affiliation == "横浜"


def test_ja_office_before_full_name(ex):
    p = persons(ex.extract("署名者:大阪市長 田中一郎\n", "ja"))
    assert p["田中一郎"].role == "市長"


def test_ja_full_name_with_space_and_office_after(ex):
    p = persons(ex.extract("山本 花子 札幌市長 コメント\n歓迎します。", "ja"))
    assert p["山本花子"].role == "市長" and "山本 花子" in p["山本花子"].aliases


def test_ja_han_name_with_kana_reading_is_a_person(ex):
    p = persons(ex.extract("代表者は金民秀(キム・ミンス)である。", "ja"))
    assert "キム・ミンス" in p["金民秀"].aliases


def test_ja_untagged_han_name_before_city_office(ex):
    p = persons(ex.extract("会議には 許光明仁川市長と経済界の代表が参加した。", "ja"))
    assert "許光明" in p and p["許光明"].affiliation == "仁川"


def test_ja_katakana_name_before_deputy_office(ex):
    p = persons(ex.extract("参加者: NASA:スミス副長官他 計5名", "ja"))
    assert p["スミス"].role == "副長官"


def test_ja_latin_name_before_office(ex):
    p = persons(ex.extract("韓国科学部のJohn Park長官が来日した。", "ja"))
    assert p["John Park"].role == "長官"


def test_ja_family_name_that_is_also_a_town_stays_a_person(ex):
    ms = ex.extract("上田議長が挨拶した。", "ja")
    assert "上田" in persons(ms) and not any(m.type == "place" for m in ms)


def test_ja_bank_before_office_is_not_a_name(ex):
    ms = ex.extract("北海銀行頭取が講演した。", "ja")
    assert not persons(ms)


def test_ja_office_qualifier_is_not_a_surname(ex):
    assert not persons(ex.extract("同社の前社長が語った。", "ja"))


def test_ja_org_suffix_with_long_vowel_mark(ex):
    assert "東都加速器研究センター" in orgs(ex.extract("一行は東都加速器研究センターを視察した。", "ja"))


# -- Chinese ----------------------------------------------------------------------------------
def test_zh_office_then_name_ends_at_the_verb(ex):
    p = persons(ex.extract("台南市長林大同今天表示，將擴大合作。", "zh"))
    assert set(p) == {"林大同"} and p["林大同"].role == "市長"


def test_zh_name_does_not_swallow_the_next_verb(ex):
    p = persons(ex.extract("北方大學副校長陳志明主持會議。", "zh"))
    assert set(p) == {"陳志明"}


def test_zh_japanese_name_after_office(ex):
    p = persons(ex.extract("日本經濟產業大臣佐藤一郎在會後表示，將提供補助。", "zh"))
    assert "佐藤一郎" in p and p["佐藤一郎"].role == "經濟產業大臣"


def test_zh_name_then_office_after_a_pause(ex):
    p = persons(ex.extract("中国工程院院士、黄建国教授出席会议。", "zh"))
    assert p["黄建国"].role == "教授"


def test_zh_deputy_belongs_to_the_office(ex):
    ms = ex.extract("副市長王大明出席。王副市長強調合作的重要。", "zh")
    assert set(persons(ms)) == {"王大明"}


def test_zh_dotted_foreign_name_with_latin_gloss(ex):
    p = persons(ex.extract("该州议会主席安娜·诺瓦克(Anna Novak)表示欢迎。", "zh"))
    assert p["安娜·诺瓦克"].role.endswith("主席") and "Anna Novak" in p["安娜·诺瓦克"].aliases


def test_zh_transcription_glossed_by_latin_name(ex):
    ms = ex.extract("代表團與市長約翰史密斯(John Smith)會面。", "zh")
    assert "約翰史密斯" in persons(ms) and not any(m.type == "place" for m in ms if "John" in m.text)


def test_zh_latin_name_next_to_office(ex):
    p = persons(ex.extract("由北方大学Jane Roe教授主讲。", "zh"))
    assert p["Jane Roe"].role == "教授"


def test_zh_org_starts_after_verb_and_particle(ex):
    o = orgs(ex.extract("訪問團拜會東海經濟聯合會。會後回顾了南方理工大学与本校的合作。", "zh"))
    assert {"東海經濟聯合會", "南方理工大学"} <= o and not any(x.startswith(("拜", "回")) for x in o)


def test_zh_list_closed_by_a_kind_is_not_one_org(ex):
    o = orgs(ex.extract("雙方與東海研究中心等科研機構合作。", "zh"))
    assert not any("等" in x for x in o)


def test_zh_japanese_name_read_by_mecab(ex):
    p = persons(ex.extract("東海大學副校長桑原真紀則說，雙方將擴大交流。", "zh"))
    assert set(p) == {"桑原真紀"} and p["桑原真紀"].role == "副校長"


def test_place_before_an_org_name_is_the_same_body(ex):
    ms = ex.extract("代表團訪問新加坡東海理工大學。東海理工大學校長表示歡迎。", "zh")
    keys = {m.key for m in ms if m.type == "organization"}
    assert len(keys) == 1


def test_cjk_name_of_a_well_known_company_is_that_company(ex):
    ms = ex.extract("台積電在熊本設廠，台積電董事長出席。", "zh")
    assert {m.name for m in ms if m.type == "organization"} == {"TSMC"}


def test_ja_suffix_org_that_is_a_well_known_body(ex):
    ms = ex.extract("理化学研究所(理研)は協定を締結した。理研は発表した。", "ja")
    assert {m.name for m in ms if m.type == "organization"} == {"RIKEN"}


def test_ascii_comma_ends_a_cjk_org_run(ex):
    o = orgs(ex.extract("雙方將在台南設廠,日本政府將給予支持。", "zh"))
    assert "日本政府" in o and not any("," in x for x in o)


def test_ja_two_city_governments_joined_by_a_particle(ex):
    o = orgs(ex.extract("成否は 大阪市と札幌市の努力にかかっている。", "ja"))
    assert {"大阪市", "札幌市"} <= o


def test_city_in_an_address_is_not_its_government(ex):
    o = orgs(ex.extract("本社は京畿道水原市霊通区にある。", "ja"))
    assert "水原市" not in o


def test_zh_city_government_before_a_conjunction(ex):
    assert "台南市" in orgs(ex.extract("台南市與大阪市簽署備忘錄。", "zh"))


def test_common_words_are_not_places(ex):
    ms = ex.extract("双方将联合推动新城市建设。", "zh")
    assert not any(m.type == "place" for m in ms)


def test_ja_official_name_of_korea_is_the_country(ex):
    ms = ex.extract("本社:大韓民国ソウル特別市", "ja")
    assert any(m.type == "place" and m.name == "South Korea" for m in ms)


def test_ja_org_after_a_verb_ending(ex):
    o = orgs(ex.extract("本日開催された宇宙政策委員会において報告した。", "ja"))
    assert "宇宙政策委員会" in o


def test_ja_kind_of_body_is_not_a_body(ex):
    assert not orgs(ex.extract("基礎科学を専門とする国立研究所である。", "ja"))


def test_ja_spaced_and_unspaced_name_are_one_person(ex):
    ms = ex.extract("締結者:台南市長 黄 偉哲(こう いてつ)氏\n覚書を持つ黄偉哲市長", "ja")
    assert {m.key for m in ms if m.type == "person"} == {"person:黄偉哲"}


def test_ja_family_name_of_a_full_name_is_not_a_place_later(ex):
    ms = ex.extract("理研の松本一郎理事長が挨拶した。その後、松本理事長に助言を求めた。", "ja")
    assert not any(m.type == "place" for m in ms)
    assert {m.name for m in ms if m.type == "person"} == {"松本一郎"}


def test_zh_transcribed_mid_size_foreign_city(ex):
    ms = ex.extract("沈阳也与杜塞尔多夫结为友好城市。", "zh")
    assert any(m.type == "place" and m.name == "Düsseldorf" for m in ms)


def test_ja_katakana_brand_is_not_a_foreign_town(ex):
    ms = ex.extract("サムスンの新たな研究拠点のミッション", "ja")
    assert not any(m.type == "place" for m in ms)


def test_zh_place_inside_an_org_name_is_not_a_place_but_a_leading_one_is(ex):
    ms = ex.extract("雙方將與晶片布拉格辦公室及加拿大工程院合作。", "zh")
    assert {m.name for m in ms if m.type == "place"} == {"Canada"}


def test_ja_office_with_acronym_covers_a_list_of_glossed_names(ex):
    p = persons(ex.extract("代表者 最高経営責任者(CEO)金民秀(キム・ミンス) 朴志勲(パク・チフン)\n創業 1970年", "ja"))
    assert p["金民秀"].role == "最高経営責任者" and p["朴志勲"].role == "最高経営責任者"
