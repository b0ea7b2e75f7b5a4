"""Every date form of the chronology issue, and the false-date list, on sentences written for the tests."""
import datetime as dt

import pytest

from coopnews.dates import cjk_number, find_dates, month_number, parse_stamp

PUB = dt.date(2024, 3, 29)  # a Friday


def one(text, pub=PUB, lang="en"):
    ds = find_dates(text, pub, lang)
    assert len(ds) == 1, [(d.text, d.iso()) for d in ds]
    return ds[0]


@pytest.mark.parametrize("text,iso,precision", [
    ("The pact was signed on June 15, 2023 in Seoul.", "2023-06-15", "day"),
    ("They met on Jun 15 at the city hall.", "2024-06-15", "day"),
    ("The expo opened on 2024.03.12 downtown.", "2024-03-12", "day"),
    ("The trip ends on Sept 4 after a week.", "2024-09-04", "day"),
    ("The agreement was signed in August 2023 by both sides.", "2023-08", "month"),
    ("양측은 2025년 3월 4일 협약을 맺었다.", "2025-03-04", "day"),
    ("両市は2025年3月4日に協定を締結した。", "2025-03-04", "day"),
])
def test_absolute(text, iso, precision):
    lang = "ko" if "양측" in text else "ja" if "両市" in text else "en"
    d = one(text, lang=lang)
    assert (d.iso(), d.precision) == (iso, precision)


def test_range_with_explicit_year_in_parentheses():
    d = one("The city attended the expo from September 4 to 6 this year (2019).")
    assert (d.iso(), d.iso_end()) == ("2019-09-04", "2019-09-06")


def test_next_year_with_explicit_year():
    d = one("He is expected to come to Taipei in March next year (2020) for the convention.")
    assert d.iso() == "2020-03"


@pytest.mark.parametrize("text,iso", [
    ("The mayor visited the park on Wednesday.", "2024-03-27"),
    ("The mayor visited the park on Friday.", "2024-03-29"),
    ("Officials met yesterday to sign it.", "2024-03-28"),
    ("The delegation arrived last week.", "2024-03"),
    ("The office opens next month.", "2024-04"),
    ("The fund will be launched next year.", "2025"),
    ("On the 19th, the vice mayor met his counterpart.", "2024-03-19"),
    ("The deal is expected to close in the second quarter.", "2024-Q2"),
    ("A delegation will visit later this year.", "2024"),
])
def test_relative_english(text, iso):
    d = one(text)
    assert d.iso() == iso


def test_ordinal_day_after_publication_day_is_last_month():
    assert one("On the 30th, the vice mayor met his counterpart.", pub=dt.date(2024, 4, 29)).iso() == "2024-03-30"


def test_future_weekday_looks_forward():
    d = one("The minister will hold talks on Wednesday with his French counterpart.")
    assert d.iso() == "2024-04-03" and d.future


@pytest.mark.parametrize("text,start,end", [
    ("The working group meets from the 14th to the 16th of May in Busan.", "2024-05-14", "2024-05-16"),
    ("The fair runs from 14 to 16 May.", "2024-05-14", "2024-05-16"),
    ("The forum takes place between 4 and 6 September.", "2024-09-04", "2024-09-06"),
    ("The forum takes place on the 6th of September.", "2024-09-06", "2024-09-06"),
])
def test_day_first_ranges_and_ordinals_of_a_month(text, start, end):
    d = one(text)
    assert (d.iso(), d.end.isoformat()) == (start, end)


def test_the_same_evening_is_the_day_the_text_gave():
    ds = find_dates("The pact was signed on Tuesday. The same evening the mayors met.", dt.date(2024, 3, 29))
    assert [(d.text, d.iso()) for d in ds] == [("on Tuesday", "2024-03-26"), ("The same evening", "2024-03-26")]


@pytest.mark.parametrize("text,lang,start,end", [
    ("본부장은 다음 달 8일 서울에서 열리는 포럼에 참석한다.", "ko", "2024-04-08", "2024-04-08"),
    ("대표단은 지난달 27~28일 오사카를 방문했다.", "ko", "2024-02-27", "2024-02-28"),
    ("両市は先月29日に覚書を結んだ。", "ja", "2024-02-29", "2024-02-29"),
    ("双方本月18日至20日在上海举行会议。", "zh", "2024-03-18", "2024-03-20"),
    ("雙方下個月5日將簽約。", "zh", "2024-04-05", "2024-04-05"),
])
def test_cjk_day_of_a_relative_month(text, lang, start, end):
    d = one(text, lang=lang)
    assert (d.iso(), d.end.isoformat()) == (start, end)


def test_cjk_ranges_with_a_tilde_operator():
    d = one("시는 오는 6월 17∼20일 박람회를 연다.", lang="ko")
    assert (d.iso(), d.end.isoformat()) == ("2024-06-17", "2024-06-20")


def test_a_cjk_day_in_a_later_paragraph_is_not_of_a_month_recalled_above():
    text = "両市は2014年10月に協定を締結した。\n（写真）握手する両市長＝27日、市役所"
    assert [d.iso() for d in find_dates(text, PUB, "ja")] == ["2014-10", "2024-03-27"]
    assert [d.iso() for d in find_dates("両市は2014年10月に協定を締結し、27日に発効した。", PUB, "ja")] == ["2014-10", "2014-10-27"]


def test_a_quantity_range_is_no_date():
    assert [d.text for d in find_dates("Between 3 and 5 firms will join in June.", dt.date(2024, 3, 29))] == ["in June"]


@pytest.mark.parametrize("text,iso,future", [
    ("The delegation arrived in Seoul on Wednesday and will tour two plants.", "2024-03-27", False),
    ("Ten firms will join the programme under a pact signed on Wednesday.", "2024-03-27", False),
    ("Ten firms will join the programme under a pact that was signed Wednesday.", "2024-03-27", False),
    ("The pact will be signed on Wednesday in Seoul.", "2024-04-03", True),
    ("The pact, to be signed on Wednesday, will open the programme.", "2024-04-03", True),
    ("The firms will present results at a forum scheduled on Wednesday.", "2024-04-03", True),
])
def test_a_past_verb_right_before_a_weekday_dates_its_act_in_the_past(text, iso, future):
    d = one(text)
    assert (d.iso(), d.future) == (iso, future)


@pytest.mark.parametrize("text,lang,iso", [
    ("시장은 27일 협약서에 서명했다.", "ko", "2024-03-27"),
    ("局長15日參觀展覽。", "zh", "2024-03-15"),
    ("市長は十五日に訪れた。", "ja", "2024-03-15"),
    ("다음 달 첫 회의를 연다.", "ko", "2024-04"),
    ("雙方明年將互派研究人員。", "zh", "2025"),
    ("両市は来年2月に会合を開く。", "ja", "2025-02"),
])
def test_relative_cjk(text, lang, iso):
    assert one(text, lang=lang).iso() == iso


def test_no_publication_date_keeps_phrase_unresolved():
    ds = find_dates("The task force meets next month and met on June 3.", None)
    by_text = {d.text: d for d in ds}
    assert by_text["next month"].precision == "unknown" and by_text["next month"].reason
    assert by_text["June 3"].iso() == "--06-03" and by_text["June 3"].precision == "month-day"


def test_ordinal_day_follows_the_month_in_context_without_year():
    ds = find_dates("The summit ran from June 2 to 4. The ministers met on the 2nd.", None)
    assert [d.iso() for d in ds] == ["--06-02", "--06-02"]


@pytest.mark.parametrize("text", [
    "We expect growth.", "The plan may change soon.", "Prices rose $3 in value.", "It grew 5 percent.",
    "A 12 inch wafer line was built.", "The site covers 27,871m2 of floor space.", "March Holdings bought 2,000 units.",
    "About 1,740 companies joined.",
])
def test_false_dates(text):
    assert find_dates(text, PUB) == []


def test_stamps_and_typos():
    assert parse_stamp("WED, APRILL 17, 2024").typo
    assert parse_stamp("Published : Jun 15, 2023 - 15:09").date == dt.date(2023, 6, 15)
    assert month_number("Feburary") == (2, True)
    assert month_number("Mar") == (3, False)
    assert cjk_number("二十一") == 21 and cjk_number("十五") == 15


def test_typo_month_in_text():
    d = one("The delegation will head to the city on Feburary 28 to meet designers.")
    assert d.iso() == "2024-02-28" and "date-typo" in d.flags


@pytest.mark.parametrize("text,iso", [
    ("Prices rose $3 last quarter.", "2023-Q4"),  # the amount is no date; the quarter before the publication's
    ("Sales should grow next quarter.", "2024-Q2"),
    ("Output fell this quarter.", "2024-Q1"),
])
def test_quarter_relative_to_publication(text, iso):
    d = one(text)
    assert (d.text.lower(), d.iso(), d.precision) == (" ".join(text.split()[-2:]).rstrip(".").lower(), iso, "quarter")


@pytest.mark.parametrize("text,lang,start,end", [
    ("The delegation arrived in Berlin on Sunday for an eight-day trip.", "en", "2024-03-24", "2024-03-31"),
    ("The fair runs from the 18th for five days.", "en", "2024-03-18", "2024-03-22"),
    ("방문단은 13일부터 사흘간 현지 기업을 찾았다.", "ko", "2024-03-13", "2024-03-15"),
    ("一行は10日から4日間の日程で現地を訪れた。", "ja", "2024-03-10", "2024-03-13"),
    ("展覽自18日起，為期五天。", "zh", "2024-03-18", "2024-03-22"),
])
def test_stated_duration_gives_the_end(text, lang, start, end):
    d = one(text, lang=lang)
    assert (d.iso(), d.iso_end()) == (start, end)


def test_headline_year_anchors_a_bare_day_without_publication_date():
    ds = find_dates("The two mayors signed the pact on June 3.", None, title="Port cities renew ties in 2019")
    assert [d.iso() for d in ds] == ["2019-06-03"]
    assert find_dates("The two mayors signed the pact on June 3.", None)[0].iso() == "--06-03"


def test_lead_year_anchors_a_bare_day_without_publication_date():
    text = "The expo opened on May 2, 2019 in Busan.\n\nThe two mayors signed the pact on June 3."
    assert [d.iso() for d in find_dates(text, None)] == ["2019-05-02", "2019-06-03"]
    ko = "두 도시는 6월 3일 협약을 맺었다."
    assert find_dates(ko, None, "ko", title="2021년 자매도시 교류")[0].iso() == "2021-06-03"


def test_relative_phrases_stay_unresolved_with_only_a_headline_year():
    d = one("The talks resume next month.", pub=None)
    assert d.precision == "unknown"


@pytest.mark.parametrize("text,pub,iso", [
    ("会合は平成18年3月23日に開かれた。", None, "2006-03-23"),
    ("協定は令和元年に結ばれた。", None, "2019"),
    ("次回は来年の2月に開く。", dt.date(2008, 10, 20), "2009-02"),
])
def test_japanese_era_and_next_year_with_no(text, pub, iso):
    assert one(text, pub=pub, lang="ja").iso() == iso


def test_next_day_follows_the_day_in_context():
    ds = find_dates("시장은 16일 공장을 방문했다. 다음 날 회의를 열었다.", dt.date(2025, 12, 17), "ko")
    assert [d.iso() for d in ds] == ["2025-12-16", "2025-12-17"]
    ds = find_dates("They toured the plant on June 3, 2024. The next day they met the mayor.", None)
    assert [d.iso() for d in ds] == ["2024-06-03", "2024-06-04"]


def test_weekday_named_with_its_date_resolves_later_without_publication_date():
    ds = find_dates("They met Thursday, Sept. 19, 2024 in Seoul. The agencies signed the pact Thursday.", None)
    assert [d.iso() for d in ds][-1] == "2024-09-19"


def test_korean_plain_present_is_a_scheduled_act():
    d = one("시장은 22일 세비야를 방문한다.", pub=dt.date(2024, 2, 19), lang="ko")
    assert d.iso() == "2024-02-22" and d.future


@pytest.mark.parametrize("text,iso", [
    ("The council said on February 17th that it had approved a plan.", "2024-02-17"),
    ("On July 4 of this year, a delegation toured the port.", "2024-07-04"),
    ("The ministers met in July of 2020.", "2020-07"),
    ("Founded in 2012, the agency runs two test sites.", "2012"),  # a comma after the year is no number
])
def test_english_forms_with_ordinals_of_and_commas(text, iso):
    assert one(text).iso() == iso


@pytest.mark.parametrize("text,lang,iso", [
    ("代表团日前来台访问。", "zh", "2024-03"),  # lately: the publication month
    ("시는 최근 협약을 맺었다.", "ko", "2024-03"),
    ("本日開催された会議で報告した。", "ja", "2024-03-29"),
])
def test_cjk_lately_and_today(text, lang, iso):
    assert one(text, lang=lang).iso() == iso


def test_day_ordinal_of_a_trip_is_no_date():
    assert find_dates("2日目は工場を視察した。", PUB, "ja") == []


def test_weekday_followed_by_its_date_is_one_date():
    ds = find_dates("The chiefs met Thursday, Sept. 19, 2024, in Washington.", None)
    assert [d.iso() for d in ds] == ["2024-09-19"]
    ds = find_dates("They held talks on Friday (March 22).", dt.date(2024, 3, 23))
    assert [d.iso() for d in ds] == ["2024-03-22"]


def test_of_this_year_without_publication_date_stays_one_expression():
    assert [d.iso() for d in find_dates("On July 4 of this year, a delegation toured the port.", None)] == ["--07-04"]


@pytest.mark.parametrize("text", ["Over the past few days, the delegation held talks.", "The firm recently signed a pact.",
                                  "In recent days officials met twice."])
def test_lately_is_the_publication_month(text):
    assert one(text).iso() == "2024-03"


def test_the_same_day_is_the_day_named_last():
    pub = dt.date(2025, 7, 8)
    ja = find_dates("市は7月7日、覚書を締結した。同日、知事は州首相と会談した。", pub, "ja")
    assert [(d.text, d.iso()) for d in ja] == [("7月7日", "2025-07-07"), ("同日", "2025-07-07")]
    zh = find_dates("本月3日揭牌。当天双方签署协议。", pub, "zh")
    assert zh[-1].text == "当天" and zh[-1].iso() == "2025-07-03"
    en = find_dates("They met on June 3. The same day they signed a pact.", pub, "en")
    assert en[-1].iso() == "2025-06-03"


def test_a_season_is_its_year():
    pub = dt.date(2025, 7, 8)
    assert [d.iso() for d in find_dates("今秋には合同シンポジウムを開催する。", pub, "ja")] == ["2025"]
    assert [d.iso() for d in find_dates("연구진은 내년 봄 부산을 찾는다.", pub, "ko")] == ["2026"]
    assert find_dates("今秋には開催する。", None, "ja") == []


def test_the_next_day_of_a_day_of_unknown_year():
    en = find_dates("The pact was signed on June 3. The delegation toured a park the following day.", None, "en")
    assert [d.iso() for d in en] == ["--06-03", "--06-04"]
    ko = find_dates("6월 30일 협정을 체결했다. 방문단은 이튿날 연구소를 찾았다.", None, "ko")
    assert [d.iso() for d in ko] == ["--06-30", "--07-01"]
    en = find_dates("The pact was signed on June 3. The same day they toured the port.", None, "en")
    assert en[-1].iso() == "--06-03"
