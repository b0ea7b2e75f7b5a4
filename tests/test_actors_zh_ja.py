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
    p = persons(ex.extract("歓迎の言葉\n山本 花子 札幌市長\n新しい拠点を喜んでいます。", "ja"))
    assert p["山本花子"].role == "市長" and "山本 花子" in p["山本花子"].aliases


def test_ja_han_name_with_kana_reading_is_a_person(ex):
    p = persons(ex.extract("同社を率いるのは金民秀(キム・ミンス)である。", "ja"))
    assert "キム・ミンス" in p["金民秀"].aliases


def test_ja_untagged_han_name_before_city_office(ex):
    p = persons(ex.extract("会議には 李光明仁川市長と経済界の代表が参加した。", "ja"))
    assert "李光明" in p and p["李光明"].affiliation == "仁川"


def test_ja_katakana_name_before_deputy_office(ex):
    p = persons(ex.extract("来日したのはNASAのスミス副長官である。", "ja"))
    assert p["スミス"].role == "副長官"


def test_ja_latin_name_before_office(ex):
    p = persons(ex.extract("米国エネルギー省のJohn Park長官が来日した。", "ja"))
    assert p["John Park"].role == "長官"


def test_ja_family_name_that_is_also_a_town_stays_a_person(ex):
    ms = ex.extract("飯田議長が挨拶した。", "ja")
    assert "飯田" in persons(ms) and not any(m.type == "place" for m in ms)


def test_ja_bank_before_office_is_not_a_name(ex):
    ms = ex.extract("北海銀行頭取が講演した。", "ja")
    assert not persons(ms)


def test_ja_office_qualifier_is_not_a_surname(ex):
    assert not persons(ex.extract("同社の前社長が語った。", "ja"))


def test_ja_org_suffix_with_long_vowel_mark(ex):
    assert "東都材料研究センター" in orgs(ex.extract("両社は東都材料研究センターと共同で開発する。", "ja"))


# -- Chinese ----------------------------------------------------------------------------------
def test_zh_office_then_name_ends_at_the_verb(ex):
    p = persons(ex.extract("台南市長林大同今天表示，將擴大合作。", "zh"))
    assert set(p) == {"林大同"} and p["林大同"].role == "市長"


@pytest.mark.parametrize("text,name,role", [
    ("精密機械大廠宏達科技董事長林文彬透露，公司明年將在當地設立服務中心。", "林文彬", "董事長"),
    ("中国驻越南大使馆经济商务处参赞王海涛陪同参加了相关活动。", "王海涛", "参赞"),
    ("市長陳志明坦承雙方仍有歧見。", "陳志明", "市長"),
])
def test_zh_office_then_name_then_a_reporting_or_accompanying_verb(ex, text, name, role):
    p = persons(ex.extract(text, "zh"))
    assert set(p) == {name} and p[name].role == role


def test_zh_name_does_not_swallow_the_next_verb(ex):
    p = persons(ex.extract("北方大學副校長韓志明主持會議。", "zh"))
    assert set(p) == {"韓志明"}


def test_zh_japanese_name_after_office(ex):
    p = persons(ex.extract("日本外務大臣佐藤一郎昨天表示，將加強交流。", "zh"))
    assert "佐藤一郎" in p and p["佐藤一郎"].role.endswith("大臣")


def test_zh_name_then_office_after_a_pause(ex):
    p = persons(ex.extract("本次论坛邀请了专家、黄建国教授作报告。", "zh"))
    assert p["黄建国"].role == "教授"


def test_zh_deputy_belongs_to_the_office(ex):
    ms = ex.extract("副市長陳大明出席。陳副市長說明了合作計畫。", "zh")
    assert set(persons(ms)) == {"陳大明"}


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
    o = orgs(ex.extract("訪問團拜會東海經濟協會。會後访问了南方理工大学与本校。", "zh"))
    assert {"東海經濟協會", "南方理工大学"} <= o and not any(x.startswith(("拜", "访")) for x in o)


def test_zh_list_closed_by_a_kind_is_not_one_org(ex):
    o = orgs(ex.extract("該計畫邀請東海中心等研究機構參與。", "zh"))
    assert not any("等" in x for x in o)


def test_zh_japanese_name_read_by_mecab(ex):
    p = persons(ex.extract("來訪的東海大學副校長桑原真紀也說，交流很重要。", "zh"))
    assert set(p) == {"桑原真紀"} and p["桑原真紀"].role == "副校長"


def test_place_before_an_org_name_is_the_same_body(ex):
    ms = ex.extract("雙方與東海理工大學合作。新加坡東海理工大學的團隊表示歡迎。", "zh")
    keys = {m.key for m in ms if m.type == "organization"}
    assert len(keys) == 1


def test_cjk_name_of_a_well_known_company_is_that_company(ex):
    ms = ex.extract("台積電宣布擴產，台積電總裁出席記者會。", "zh")
    assert {m.name for m in ms if m.type == "organization"} == {"TSMC"}


def test_ja_suffix_org_that_is_a_well_known_body(ex):
    ms = ex.extract("産業技術総合研究所(産総研)は新しい装置を公開した。産総研によると", "ja")
    assert {m.name for m in ms if m.type == "organization"} == {"AIST"}


def test_ascii_comma_ends_a_cjk_org_run(ex):
    o = orgs(ex.extract("雙方在台南擴廠,韓國政府提供補貼。", "zh"))
    assert "韓國政府" in o and not any("," in x for x in o)


def test_ja_two_city_governments_joined_by_a_particle(ex):
    o = orgs(ex.extract("協定には 大阪市と札幌市が署名した。", "ja"))
    assert {"大阪市", "札幌市"} <= o


def test_city_in_an_address_is_not_its_government(ex):
    o = orgs(ex.extract("工場は愛知県豊田市元町にある。", "ja"))
    assert "豊田市" not in o


def test_zh_city_government_before_a_conjunction(ex):
    assert "台南市" in orgs(ex.extract("台南市與大阪市簽署備忘錄。", "zh"))


def test_common_words_are_not_places(ex):
    ms = ex.extract("双方将联合推动新城市建设。", "zh")
    assert not any(m.type == "place" for m in ms)


def test_ja_official_name_of_korea_is_the_country(ex):
    ms = ex.extract("大会は大韓民国で開かれる。", "ja")
    assert any(m.type == "place" and m.name == "South Korea" for m in ms)


def test_ja_org_after_a_verb_ending(ex):
    o = orgs(ex.extract("昨年設置された海洋政策委員会が答申をまとめた。", "ja"))
    assert "海洋政策委員会" in o


def test_ja_kind_of_body_is_not_a_body(ex):
    assert not orgs(ex.extract("この分野では国立大学が多くの成果を上げている。", "ja"))


def test_ja_spaced_and_unspaced_name_are_one_person(ex):
    ms = ex.extract("署名した高雄市長 林 志遠(りん しえん)氏は笑顔を見せた。林志遠市長は", "ja")
    assert {m.key for m in ms if m.type == "person"} == {"person:林志遠"}


def test_ja_family_name_of_a_full_name_is_not_a_place_later(ex):
    ms = ex.extract("財団の岡崎一郎理事長が挨拶した。質疑では岡崎理事長が答えた。", "ja")
    assert not any(m.type == "place" for m in ms)
    assert {m.name for m in ms if m.type == "person"} == {"岡崎一郎"}


def test_zh_transcribed_mid_size_foreign_city(ex):
    ms = ex.extract("代表团随后前往汉诺威参观展会。", "zh")
    assert any(m.type == "place" and m.name == "Hannover" for m in ms)


def test_ja_katakana_brand_is_not_a_foreign_town(ex):
    ms = ex.extract("新製品のミッションはサムスンとの競争だ", "ja")
    assert not any(m.type == "place" for m in ms)


def test_zh_place_inside_an_org_name_is_not_a_place_but_a_leading_one_is(ex):
    ms = ex.extract("雙方將與晶片柏林辦公室及加拿大科學院合作。", "zh")
    assert {m.name for m in ms if m.type == "place"} == {"Canada"}


def test_ja_office_with_acronym_covers_a_list_of_glossed_names(ex):
    p = persons(ex.extract("共同社長(CEO)金民秀(キム・ミンス)、朴志勲(パク・チフン)の両氏が出席した。", "ja"))
    assert p["金民秀"].role.endswith("社長") and p["朴志勲"].role.endswith("社長")


def test_ja_katakana_company_before_headquarters(ex):
    assert "ノヴァテック" in orgs(ex.extract("一行はノヴァテック本社を訪問した。", "ja"))


def test_zh_peoples_government_is_the_city_government(ex):
    ms = ex.extract("活动由东海市人民政府指导。东海市政府代表团出席。", "zh")
    assert len({m.key for m in ms if m.type == "organization"}) == 1


def test_zh_list_keeps_its_first_named_body(ex):
    assert "東海研究中心" in orgs(ex.extract("雙方與東海研究中心等機構合作。", "zh"))


def test_zh_body_stationed_abroad_keeps_its_country(ex):
    assert "美國在台協會" in orgs(ex.extract("透過美國在台協會的引介，雙方開始交流。", "zh"))


def test_zh_delegation_word_does_not_cut_an_org_run(ex):
    assert "海洋科技產業園" in orgs(ex.extract("訪問團實地參觀了海洋科技產業園。代表團實地考察了海洋科技產業園。", "zh"))


def test_zh_official_name_with_a_bracketed_place(ex):
    assert "中德(沈阳)汽车产业园" in orgs(ex.extract("会议在中德(沈阳)汽车产业园举行。", "zh"))


def test_zh_long_span_starts_at_the_name_after_the_verbs(ex):
    o = orgs(ex.extract("学校经多年交流后发起筹备建设北方大学海洋研究院。", "zh"))
    assert "北方大学海洋研究院" in o


def test_ja_acronym_glossed_by_a_cjk_name_is_one_body(ex):
    ms = ex.extract("第3回KARI(韓国航空宇宙研究院)会合を開いた。", "ja")
    assert len({m.key for m in ms if m.type == "organization"}) == 1


def test_ja_given_name_that_is_a_town_after_the_owner_stays_in_the_name(ex):
    # the body is named before の, so the town-named token after the family name is a given name
    for text, name in (("会議には釜山広域市の朴東根市長が出席した。", "朴東根"),
                       ("会議には光州広域市の李東根市長が出席した。", "李東根")):
        p = persons(ex.extract(text, "ja"))
        assert name in p and p[name].role == "市長" and name[0] not in p


def test_jieba_reads_no_dictionary_cache(tmp_path, monkeypatch):
    # a marshal cache in the user's cache folder must be neither loaded nor written
    import subprocess
    import sys
    (tmp_path / "jieba").mkdir()
    (tmp_path / "jieba" / "jieba.cache").write_bytes(b"not a marshal dump")
    code = ("import marshal, coopnews.actors.chinese as c\n"
            "calls = []\n"
            "marshal.load = marshal.dump = lambda *a, **k: calls.append(1)\n"
            "c._analysers()\n"
            "print(len(c.tokens('台北市长林志远访问首尔', 0, 11)) > 0, len(calls))\n")
    env = {**__import__("os").environ, "COOPNEWS_CACHE": str(tmp_path), "TMPDIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and out.stdout.strip() == "True 0", (out.stdout, out.stderr[-500:])
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["jieba", "jieba.cache"]
    assert (tmp_path / "jieba" / "jieba.cache").read_bytes() == b"not a marshal dump"


def test_zh_dotted_name_cut_at_the_office_and_the_verb(ex):
    p = persons(ex.extract("据悉，该局负责人约瑟夫·卡马乌·姆万吉表示，将扩大合作。董事长法赫德·阿尔-奥泰比随团访问。", "zh"))
    assert {"约瑟夫·卡马乌·姆万吉", "法赫德·阿尔-奥泰比"} <= set(p)
    assert not any(n.endswith(("表示", "访问")) for n in p)


def test_zh_dotted_name_part_is_not_a_place(ex):
    ms = ex.extract("墨西哥代表卡洛斯·门德斯出席了签约仪式。", "zh")
    assert "卡洛斯·门德斯" in persons(ms)
    assert not any(m.type == "place" and m.name not in ("Mexico", "墨西哥") for m in ms)


def test_ja_katakana_name_chain_is_one_person(ex):
    text = ("ペルー代表団のフェルナンド・ゴメス・ルイス氏が講演した。"
            "独企業のマルティン・ホフマン社長も出席した。ノルデン・ロボティクス社が発表した。")
    p = persons(ex.extract(text, "ja"))
    assert {"フェルナンド・ゴメス・ルイス", "マルティン・ホフマン"} <= set(p)
    assert p["マルティン・ホフマン"].role == "社長"
    assert not {"ルイス", "ホフマン", "ゴメス・ルイス", "ノルデン・ロボティクス"} & set(p)


def test_ja_katakana_name_with_latin_gloss_before_its_office(ex):
    text = ("署名式には研究機構で国際事業を担うマルティン・ホフマン（Martin Hoffmann）理事が出席した。"
            "ホフマン理事は「協力を深めたい」と述べた。")
    p = persons(ex.extract(text, "ja"))
    assert set(p) == {"マルティン・ホフマン"} and p["マルティン・ホフマン"].role == "理事"


def test_ja_office_then_no_then_katakana_name(ex):
    text = "覚書には州情報局長のブディ・サントソ（Budi Santoso）氏が署名した。サントソ局長は歓迎した。"
    p = persons(ex.extract(text, "ja"))
    assert set(p) == {"ブディ・サントソ"} and p["ブディ・サントソ"].role == "局長"


def test_ja_later_reference_by_a_middle_family_name(ex):
    text = "州経済開発長官のフェルナンド・ゴメス・ルイス氏が署名した。ゴメス長官は投資を歓迎した。"
    p = persons(ex.extract(text, "ja"))
    assert set(p) == {"フェルナンド・ゴメス・ルイス"}
    assert "長官" in p["フェルナンド・ゴメス・ルイス"].role


def test_ja_katakana_family_name_cut_by_mecab_stays_whole(ex):
    p = persons(ex.extract("ジャカルタ市のサントソ局長が出席した。", "ja"))
    assert set(p) == {"サントソ"} and p["サントソ"].role == "局長"


def test_mission_keeps_its_zai_and_its_countries_are_no_places(ex):
    ms = ex.extract("式典には在ペルー日本国大使館の公使が出席した。", "ja")
    assert orgs(ms) == {"在ペルー日本国大使館"} and not any(m.type == "place" for m in ms)
    ms = ex.extract("韩国驻越南大使馆官员出席了仪式。", "zh")
    assert orgs(ms) == {"韩国驻越南大使馆"} and not any(m.type == "place" for m in ms)


def test_suffix_inside_a_common_word_ends_no_body(ex):
    assert not orgs(ex.extract("同社は欧州系部品メーカーとして知られる。", "ja"))
    assert not orgs(ex.extract("该市数字经济部门负责人表示。", "zh"))
    assert orgs(ex.extract("外交部发言人表示。", "zh")) == {"外交部"}


def test_zh_latin_gloss_with_particles_or_apostrophe_is_the_person_not_a_place(ex):
    for text, name in (("荷蘭代表揚·德弗里斯（Jan de Vries）在會中致詞。", "揚·德弗里斯"),
                       ("愛爾蘭代表肖恩·奧布萊恩（Sean O'Brien）表示。", "肖恩·奧布萊恩")):
        ms = ex.extract(text, "zh")
        assert name in persons(ms)
        assert not any(m.type == "place" and m.kind == "city" for m in ms)


def test_office_before_a_dotted_or_katakana_name_is_its_role(ex):
    p = persons(ex.extract("据悉，该局负责人约瑟夫·卡马乌·姆万吉表示，将扩大合作。", "zh"))
    assert p["约瑟夫·卡马乌·姆万吉"].role == "负责人"
    p = persons(ex.extract("州執行委員（財務担当）　アンナ・デ・ヨング氏が来日した。", "ja"))
    assert p["アンナ・デ・ヨング"].role == "執行委員"


def test_ja_later_short_form_of_a_katakana_name_is_that_person(ex):
    text = ("式典にはアンナ・デ・ヨング氏が出席した。\n"
            "デ・ヨング執行委員は協力を約束した。ヨング副学長も述べた。")
    p = persons(ex.extract(text, "ja"))
    assert set(p) == {"アンナ・デ・ヨング"}


# -- Japanese local governments, companies and departments (japanese_orgs) ----------------------
def places(ms):
    return {m.text for m in ms if m.type == "place"}


def test_ja_city_acting_as_party_is_an_organisation(ex):
    o = orgs(ex.extract("山形市はドイツ・ハノーファー市と協定を結んだ。", "ja"))
    assert {"山形市", "ハノーファー市"} <= o


def test_ja_city_as_location_is_no_organisation(ex):
    ms = ex.extract("式典は仙台市において開かれ、工場は盛岡市で建設中だ。", "ja")
    assert not {"仙台市", "盛岡市"} & orgs(ms)


def test_ja_prefecture_and_foreign_state_as_parties(ex):
    o = orgs(ex.extract("北海道と米国・北カロライナ州との覚書が交わされた。長野県は協力する。", "ja"))
    assert {"北海道", "北カロライナ州", "長野県"} <= o


def test_ja_state_government_with_dotted_katakana_name(ex):
    o = orgs(ex.extract("同社はインド中部のマディヤ・プラデーシュ州政府と覚書を結んだ。", "ja"))
    assert o == {"マディヤ・プラデーシュ州政府"}


def test_ja_head_office_bracket_names_a_company(ex):
    ms = ex.extract("部品メーカーの北星エレクトロ（名古屋市）は10日、新工場を発表した。", "ja")
    assert "北星エレクトロ" in orgs(ms) and "名古屋市" not in orgs(ms)


def test_ja_company_named_after_company_word_and_comma(ex):
    o = orgs(ex.extract("視察団は地元の製造企業、三河テクノロジーの工場を訪れた。", "ja"))
    assert "三河テクノロジー" in o


def test_ja_common_noun_after_company_word_is_no_company(ex):
    assert not orgs(ex.extract("関連企業、研究機関と連携する。", "ja"))


def test_ja_department_is_no_body_but_a_countrys_ministry_is(ex):
    o = orgs(ex.extract("同大学工学部と韓国産業通商資源部が協力する。", "ja"))
    assert "韓国産業通商資源部" in o and not any(n.endswith("工学部") for n in o)


def test_ja_city_hall_is_the_city(ex):
    ms = ex.extract("金沢市とフランス・ナンシー市が協定を結び、代表団は金沢市役所を訪れた。", "ja")
    assert "金沢市役所" not in orgs(ms) and "金沢市" in orgs(ms)


def test_ja_university_campus_belongs_to_its_name(ex):
    assert "タイ工科大学チェンマイ校" in orgs(ex.extract("タイ工科大学チェンマイ校と共同研究を行う。", "ja"))


def test_ja_generic_government_words_are_no_bodies(ex):
    o = orgs(ex.extract("州政府と中央政府の支援を受ける。", "ja"))
    assert not {"州政府", "中央政府"} & o


def test_zh_both_countries_bodies_are_no_body(ex):
    assert not orgs(ex.extract("兩國科研機構將加強合作。", "zh"))


def test_ja_body_named_with_and_without_its_citys_shi_is_one(ex):
    ms = ex.extract("仙台市電子工業協会と会談した。仙台電子工業協会の会長が挨拶した。", "ja")
    assert orgs(ms) == {"仙台市電子工業協会"}


# -- Chinese names inside a suffix run (chinese_orgs) --------------------------------------------
def test_zh_clause_inside_run_is_no_name(ex):
    for s in ("嘉義則有航空城計畫。", "台商希望借助园区平台拓展市场。", "新創透過當地育成中心進入市場。"):
        assert not orgs(ex.extract(s, "zh")), s


def test_zh_company_named_after_descriptor(ex):
    assert orgs(ex.extract("彰化螺絲大廠冠達工業將赴美設廠。", "zh")) == {"冠達工業"}


def test_zh_common_noun_before_and_belongs_to_official_name(ex):
    o = orgs(ex.extract("来自东海大学材料科学与工程学院的教授出席。", "zh"))
    assert "东海大学材料科学与工程学院" in o and "工程学院" not in o


def test_zh_two_bodies_joined_by_and_stay_two(ex):
    o = orgs(ex.extract("北方大学与南方理工大学签约。两所学校与南海研究院合作。", "zh"))
    assert {"北方大学", "南方理工大学", "南海研究院"} <= o and not any("与" in n for n in o)


def test_zh_common_word_ending_in_suffix_is_no_body(ex):
    assert not orgs(ex.extract("东莞头部企业纷纷扩产。", "zh"))


# -- national bodies under short names (national_bodies.yaml) ------------------------------------
def test_national_short_form_is_the_full_body(ex):
    ms = ex.extract("國科會昨日表示，將與德國合作。國家科學及技術委員會主委出席。", "zh")
    keys = {m.key for m in ms if m.type == "organization"}
    assert keys == {"org:國家科學及技術委員會"}


def test_national_short_forms_ko_ja(ex):
    o = orgs(ex.extract("산업부와 외교부는 특허청과 협의했다.", "ko"))
    assert {"산업통상자원부", "외교부", "특허청"} <= o
    assert "日本貿易振興機構" in orgs(ex.extract("ジェトロは説明会を開いた。", "ja"))


def test_national_short_form_inside_a_word_is_none(ex):
    assert not orgs(ex.extract("외교부장관실 관계자와 산업부품 업체가 참석했다.", "ko"))


def test_national_body_before_its_office_is_one_body(ex):
    ms = ex.extract("國家科學及技術委員會南部科學園區管理局（南科管理局）今日表示", "zh")
    assert {m.key for m in ms if m.type == "organization"} == {"org:國家科學及技術委員會南部科學園區管理局"}


# -- foreign towns in kana and both Han scripts; regions named like towns -------------------------
def place_names(ms):
    return {m.name for m in ms if m.type == "place"}


def test_ja_long_kana_name_of_a_mid_sized_foreign_city(ex):
    assert "Ulan Bator" in place_names(ex.extract("代表団はウランバートルを訪れた。", "ja"))


def test_zh_traditional_form_of_a_simplified_gazetteer_name(ex):
    ms = ex.extract("市府代表團前往埃因霍溫參訪。", "zh")  # geonames writes it 埃因霍温
    assert "Eindhoven" in place_names(ms)


def test_town_name_before_a_region_suffix_is_the_region(ex):
    ms = ex.extract("北海道と熊本県、豪ビクトリア州が参加した。", "ja")
    assert not {"Beihai", "Kumamoto", "Victoria"} & place_names(ms)


def test_body_right_after_a_date_number(ex):
    o = orgs(ex.extract("代表团本月3日参观了北方航天研究院并座谈。", "zh"))
    assert "北方航天研究院" in o
    assert orgs(ex.extract("2025年東海研究院と協定を結んだ。", "ja")) == {"東海研究院"}


def test_zh_city_whose_mayor_signs_is_an_organisation(ex):
    assert "嘉義市" in orgs(ex.extract("嘉義市副市長林大同今日率團赴德國簽署合作備忘錄。", "zh"))


def test_zh_city_whose_mayor_only_speaks_stays_a_place(ex):
    assert "嘉義市" not in orgs(ex.extract("嘉義市長林大同指出，半導體產業帶來變化。", "zh"))


def test_zh_city_and_its_government_are_one_body(ex):
    ms = ex.extract("嘉義市政府與德國簽署備忘錄，嘉義市副市長林大同率團出席。", "zh")
    assert {m.key for m in ms if m.type == "organization"} == {"org:嘉義市政府"}


def test_zh_names_listed_with_bodies_are_bodies(ex):
    o = orgs(ex.extract("南方大学、北方研究院、东海协会、蓝鲸动力、星河智造等机构代表出席。", "zh"))
    assert {"蓝鲸动力", "星河智造"} <= o


def test_zh_list_of_common_words_adds_no_body(ex):
    o = orgs(ex.extract("南方大学、北方研究院、企业、高校等代表出席。", "zh"))
    assert not {"企业", "高校"} & o


def test_ja_names_listed_with_bodies_are_bodies(ex):
    o = orgs(ex.extract("視察団は東北大学、北海道大学、ミライテックなどを訪れた。", "ja"))
    assert "ミライテック" in o


def test_zh_joint_body_without_a_name_is_a_kind(ex):
    assert not orgs(ex.extract("双方将成立联合实验室，并召开联合委员会会议。", "zh"))


def test_zh_park_suffix_is_read_whole(ex):
    assert "嘉義科技園區" in orgs(ex.extract("代表團參觀了嘉義科技園區及多家企業。", "zh"))


def test_latin_name_before_a_cjk_suffix_is_one_body(ex):
    assert "NOVALASE 中心" in orgs(ex.extract("雙方與 NOVALASE 中心合作研發。", "zh"))
    assert "KDDI研究所" in orgs(ex.extract("KDDI研究所と提携した。", "ja"))
    assert not orgs(ex.extract("市府設立AI中心。", "zh"))


@pytest.mark.parametrize("text,lang,name", [
    ("深圳无人机企业翼巡科技将在当地设立办事处。", "zh", "翼巡科技"),
    ("两国将推动东部经济走廊建设。", "zh", "东部经济走廊"),
    ("该中心位于前海深港合作区。", "zh", "前海深港合作区"),
    ("양측은 동부경제회랑 개발에 협력하기로 했다.", "ko", "동부경제회랑"),
])
def test_cooperation_zones_corridors_and_companies_after_a_field_word(ex, text, lang, name):
    assert name in orgs(ex.extract(text, lang))


def test_japanese_full_name_written_with_a_space_before_an_office():
    ms = StoryExtractor().extract("式典には北浜工業の村瀬 浩太郎社長が出席した。村瀬社長は協力を約束した。", "ja")
    people = {m.name: m for m in ms if m.type == "person"}
    assert "浩太郎" not in people
    assert people["村瀬浩太郎"].role == "社長"


def test_more_offices_and_a_han_name_before_an_office_in_japanese():
    ex = StoryExtractor()
    people = {m.name: m for m in ex.extract("経済産業省の松岡次郎審議官と台北市の林秀燕市長が会談した。", "ja") if m.type == "person"}
    assert people["松岡次郎"].role == "審議官"
    assert people["林秀燕"].role == "市長"


def test_katakana_company_before_founder_and_name_is_not_a_person():
    ms = StoryExtractor().extract("独スタートアップのベルク・ロボティクス創業者アンナ・ベルク氏が出席した。", "ja")
    people = {m.name: m for m in ms if m.type == "person"}
    assert "ベルク・ロボティクス" not in people
    assert people["アンナ・ベルク"].role == "創業者"


def test_more_chinese_offices():
    ms = StoryExtractor().extract("立法委員黃志明與市府副局長蔡美玲出席。", "zh")
    people = {m.name: m.role for m in ms if m.type == "person"}
    assert people == {"黃志明": "立法委員", "蔡美玲": "副局長"}


@pytest.mark.parametrize("lang, text, name", [
    ("ja", "同社の田中一郎CEOは述べた。", "田中一郎"),
    ("zh", "新創公司CEO王小明表示將擴大投資。", "王小明"),
])
def test_latin_chief_officer_titles_in_cjk_text(lang, text, name):
    people = {m.name: m.role for m in StoryExtractor().extract(text, lang) if m.type == "person"}
    assert people[name] == "CEO"


def test_dotted_foreign_name_with_a_common_first_name_after_an_office():
    ms = StoryExtractor().extract("与德国汉堡市长彼得·施密特进行会谈。", "zh")
    assert {m.name: m.role for m in ms if m.type == "person"} == {"彼得·施密特": "市长"}


def test_japanese_company_after_the_corporate_mark():
    ms = StoryExtractor().extract("株式会社ミナトロボティクスは発表した。（株）アオバ電子と株式会社Kite Labsも参加した。", "ja")
    orgs = {m.name for m in ms if m.type == "organization"}
    assert {"ミナトロボティクス", "アオバ電子", "Kite Labs"} <= orgs


@pytest.mark.parametrize("lang, text, body", [
    ("ko", "핀란드 QRT와 공동연구에 합의했다.", "QRT"),
    ("zh", "德國KVX與台北市合作。", "KVX"),
    ("ja", "独KVXと提携した。TSMCの子会社QMTが協定を結んだ。", "QMT"),
])
def test_latin_acronym_after_a_country_in_cjk_text_is_a_body(lang, text, body):
    assert body in {m.name for m in StoryExtractor().extract(text, lang) if m.type == "organization"}


def test_field_terms_after_a_country_are_no_bodies():
    ms = StoryExtractor().extract("한국 AI 반도체와 미국 HBM 시장이 커진다.", "ko")
    assert not {"AI", "HBM"} & {m.name for m in ms if m.type == "organization"}


def test_japanese_name_then_a_middle_dot_and_the_office():
    ms = StoryExtractor().extract("会見には村瀬浩太郎・北九州市長が出席した。", "ja")
    assert {m.name: m.role for m in ms if m.type == "person"} == {"村瀬浩太郎": "市長"}
