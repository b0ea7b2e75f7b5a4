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
    assert p["山本 花子"].role == "市長" and "山本花子" in p["山本 花子"].aliases


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
