"""Event rules on sentences written for the tests, and the seed articles' known events."""
import pandas as pd
import pytest

from coopnews import extract_actors, extract_events, load_articles


def events_of(text, published="2025-04-11", lang="en", title=""):  # 2025-04-11 is a Friday
    arts = pd.DataFrame({"article_id": ["t#0"], "title": [title], "text": [text],
                         "language": pd.Categorical([lang], categories=["en", "ko", "zh", "ja"]),
                         "published": pd.to_datetime([published])})
    actors, mentions = extract_actors(arts)
    return extract_events(arts, actors, mentions)


def kinds(ev):
    return set(zip(ev["kind"].astype(str), ev["date_start"]))


def test_weekday_before_publication_dates_a_past_event():
    ev = events_of("The minister met the governor of Osaka on Wednesday.")
    assert kinds(ev) == {("meeting", "2025-04-09")} and not ev["planned"].any()


def test_undated_sentence_takes_the_date_of_the_sentence_before():
    ev = events_of("The mayor arrived in Osaka on Tuesday. He signed a memorandum with the governor.")
    assert ("agreement", "2025-04-08") in kinds(ev)


def test_undated_sentence_takes_the_date_of_the_lead():
    text = ("The mayor of Busan toured a battery plant in Fukuoka on Monday.\n\n"
            "Officials praised the plant.\n\nThe mayor also signed a memorandum with a port operator.")
    assert ("agreement", "2025-04-07") in kinds(events_of(text))


def test_mou_signed_during_a_visit_is_an_agreement_and_a_visit():
    ev = events_of("During his visit to Hanoi on Monday, the mayor signed an MOU with the city.")
    assert {("visit", "2025-04-07"), ("agreement", "2025-04-07")} <= kinds(ev)


def test_a_trip_begun_as_the_pact_was_signed_is_a_visit_of_that_date():
    ev = events_of("Gimhae signed an MOU with Perth on Tuesday on hydrogen, as a delegation led by its mayor "
                   "began a five-day trip to Australia.")
    assert {("agreement", "2025-04-08"), ("visit", "2025-04-08")} <= kinds(ev)


def test_exchanging_delegations_under_a_pact_is_no_visit():
    ev = events_of("Under the pact signed on Tuesday, the two cities will exchange delegations every year.")
    assert kinds(ev) == {("agreement", "2025-04-08")}


def test_the_day_of_the_journey_home_is_no_event():
    ev = events_of("On Thursday the delegation will visit a port in Haiphong, before returning to Korea on Saturday.")
    assert kinds(ev) == {("visit", "2025-04-17")}


def test_sister_cities_since_a_year_dates_the_ties():
    ev = events_of("Busan and Kaohsiung have been sister cities since 1966 and renewed their pact on Monday.")
    assert {("agreement", "1966"), ("agreement", "2025-04-07")} <= kinds(ev)
    assert ("agreement", "2019") not in kinds(events_of("The firm has been investing in Busan since 2019."))


@pytest.mark.parametrize("text,lang", [
    ("The mayors attended a gala dinner in Osaka on Wednesday.", "en"),
    ("代表団は9日夜、市内のホテルで開かれたレセプションに出席した。", "ja"),
    ("대표단은 9일 현지 기업인들과 만찬을 함께했다.", "ko"),
])
def test_a_reception_or_dinner_is_a_meeting(text, lang):
    assert ("meeting", "2025-04-09") in kinds(events_of(text, lang=lang))


def test_reported_event_without_any_date_stays_undated():
    ev = events_of("The governor signed a memorandum with the agency.", published=None)
    assert kinds(ev) == {("agreement", "")}


def test_undated_plan_is_not_an_event():
    assert events_of("The two cities will sign a memorandum.").empty


def test_the_same_event_told_again_is_one_event():
    ev = events_of("The city signed an MOU with Osaka on Monday. The MOU covers robots and the agreement runs three years.")
    assert list(ev["kind"].astype(str)) == ["agreement"]


def test_past_event_is_never_planned():
    ev = events_of("The two agencies met on April 3 and plan to expand the program.")
    row = ev[ev["kind"] == "meeting"].iloc[0]
    assert row["date_start"] == "2025-04-03" and not row["planned"]


def test_later_date_is_planned():
    ev = events_of("The two agencies will meet on May 3.")
    assert ev.iloc[0]["planned"]


def test_built_in_a_year_is_not_an_event():
    ev = events_of("The minister visited the science park, built in 1980, on Tuesday.")
    assert kinds(ev) == {("visit", "2025-04-08")}
    ev = events_of("The minister visited the science park built in 1980.")
    assert "1980" not in set(ev["date_start"])


def test_a_fair_that_opened_is_an_exhibition():
    assert kinds(events_of("The fair opened on Monday in Hanover.")) == {("exhibition", "2025-04-07")}


def test_coarse_and_fine_date_of_one_event_give_one_event():
    ev = events_of("This year, the city founded an innovation agency in February.")
    assert kinds(ev) == {("establishment", "2025-02")}


def test_forum_is_a_meeting():
    assert ("meeting", "2025-04-07") in kinds(events_of("The mayors attended a forum on Monday in Fukuoka."))


def test_trip_span_gives_start_and_end():
    ev = events_of("The delegation arrived in Berlin on Sunday for an eight-day trip.")
    row = ev[ev["kind"] == "visit"].iloc[0]
    assert (row["date_start"], row["date_end"]) == ("2025-04-06", "2025-04-13")


def test_cjk_undated_meeting_after_a_dated_visit():
    ko = events_of("시장은 9일 대만을 방문했다. 이 자리에서 현지 기업 대표들과 간담회를 가졌다.", lang="ko")
    assert {("visit", "2025-04-09"), ("meeting", "2025-04-09")} <= kinds(ko)


@pytest.fixture(scope="module")
def seed_events(seeds_dir):
    arts = load_articles(seeds_dir)
    actors, mentions = extract_actors(arts)
    ev = extract_events(arts, actors, mentions)
    return ev.merge(arts[["article_id", "published"]], on="article_id")


def test_seed_events(seed_events):
    got = set(zip(seed_events["article_id"].str[:3], seed_events["kind"].astype(str), seed_events["date_start"]))
    assert {("000", "agreement", "2023-06-14"), ("001", "visit", "2024-03-21"),
            ("004", "exhibition", "2019-09-04")} <= got
    assert not any(d == "1980" for d in seed_events["date_start"])


def test_seed_past_events_are_not_planned(seed_events):
    dated = seed_events[seed_events["date_start"].str.len() == 10].dropna(subset=["published"])
    past = dated[pd.to_datetime(dated["date_start"]) < dated["published"]]
    assert len(past) and not past["planned"].any()


def test_abbreviated_month_does_not_end_the_sentence():
    ev = events_of("The two cities signed a cooperation pact on Tuesday, Oct. 8, 2024, at the city hall.", published=None)
    assert ("agreement", "2024-10-08") in kinds(ev)


def test_a_date_dates_the_event_word_nearest_to_it():
    text = ("The council signed a cooperation pact on Tuesday, Oct. 8, 2024. "
            "The signing happened at the council's second meeting since its inception in March 2023.")
    got = kinds(events_of(text, published=None))
    assert {("agreement", "2024-10-08"), ("establishment", "2023-03")} <= got and ("agreement", "2023-03") not in got


def test_meeting_a_target_is_no_meeting():
    ev = events_of("The partnership, signed on Monday, helps both cities in meeting energy efficiency and emission targets.")
    assert "meeting" not in set(ev["kind"].astype(str))


def test_a_second_kind_does_not_take_a_date_across_another_event_word():
    ev = events_of("The minister made his first visit since the agency's creation in May 2024.", published=None)
    assert kinds(ev) >= {("establishment", "2024-05")} and ("visit", "2024-05") not in kinds(ev)


def test_accords_are_agreements():
    assert ("agreement", "2020") in kinds(events_of("The country signed the Artemis Accords in 2020.", published=None))


def test_meetings_with_different_people_are_different_meetings():
    text = ("Vice Minister Park Ji-hoon arrived in Osaka on Tuesday. He met Governor Tanaka Hiroshi of Osaka. "
            "He also met Mayor Kim Min-su of Busan. The MOU was signed by Park Ji-hoon and Tanaka Hiroshi.")
    ev = events_of(text)
    assert list(ev["kind"].astype(str)).count("meeting") == 2
    assert list(ev["kind"].astype(str)).count("agreement") == 1


def test_cjk_date_goes_to_the_verb_after_it():
    ko = events_of("방문단은 16일 공장을 방문했다. 기업 관계자들과 면담한 뒤 오는 18일 출국한다.", published="2025-12-17", lang="ko")
    assert ("visit", "2025-12-18") in kinds(ko) and ("meeting", "2025-12-18") not in kinds(ko)


def test_dateline_with_state_and_year_is_no_event_date():
    ev = events_of("WEST LAFAYETTE, Ind., April 03, 2024 (NEWSWIRE) -- The firm opened a plant.", published="2024-04-03")
    assert all(d != "2024-04-03" or t != "establishment" for t, d in kinds(ev)) or ev.empty


def test_noun_after_and_is_no_second_act():
    ev = events_of("The cities signed an MOU on Wednesday to strengthen their cooperation on planning and construction.")
    assert kinds(ev) == {("agreement", "2025-04-09")}


def test_a_plan_is_not_dated_by_the_sentence_before():
    ev = events_of("The mayors signed an MOU on Wednesday. The group will meet once a year.")
    assert kinds(ev) == {("agreement", "2025-04-09")}


def test_event_word_inside_an_agency_name_is_no_event():
    ko = events_of("시장은 4일 무역투자청 관계자들과 면담했다.", lang="ko")
    assert kinds(ko) == {("meeting", "2025-04-04")}


def test_summit_and_expo_is_one_exhibition():
    ev = events_of("The mayor spoke at the Smart City Summit and Expo on Monday.")
    assert kinds(ev) == {("exhibition", "2025-04-07")}


def test_courtesy_call_is_a_meeting():
    ja = events_of("市長は13日に新竹県を表敬訪問した。", lang="ja")
    assert kinds(ja) == {("meeting", "2025-03-13")}  # the 13th after a publication on the 11th: last month


def test_english_date_follows_its_verb():
    ev = events_of("The firm announced the investment in August 2023 and signed a siting agreement with the town that October.")
    assert {("investment", "2023-08"), ("agreement", "2023-10")} <= kinds(ev) and ("agreement", "2023-08") not in kinds(ev)


def test_flying_back_is_no_visit():
    ev = events_of("The delegation will tour a plant in Pune on May 3 before flying back to Taipei on May 5.")
    assert ("visit", "2025-05-05") not in kinds(ev)


def test_since_late_year_is_no_event_date():
    ev = events_of("The pact lets the teams use the orbiter, which has circled the moon since late 2022.")
    assert "2022" not in set(ev["date_start"])


def test_the_day_home_is_no_event_date():
    ko = events_of("방문단은 14일 출국해 박람회를 참관하고 23일 귀국할 예정이다.", published="2025-04-08", lang="ko")
    assert "2025-04-23" not in set(ko["date_start"])


def test_investment_with_a_sum_is_an_event_without_a_date():
    ev = events_of("The group made an investment of KRW 18 billion in the joint venture.", published=None)
    assert ("investment", "") in kinds(ev)
    assert events_of("Investment ties between the two regions are growing.", published=None).empty


def test_japanese_meeting_word():
    ja = events_of("第2回会合は平成18年3月23日に開かれた。", lang="ja", published=None)
    assert ("meeting", "2006-03-23") in kinds(ja)


def test_parties_and_place_come_from_the_clause():
    ev = events_of("Busan signed an MOU with Osaka on Monday in Osaka; a delegation from Nagoya will visit Kyoto in July.")
    agr = ev[ev["kind"] == "agreement"].iloc[0]
    visit = ev[ev["kind"] == "visit"].iloc[0]
    assert {"Busan", "Osaka"} <= set(agr["parties"]) and "Nagoya" not in agr["parties"] and agr["place"] == "Osaka"
    assert "Busan" not in visit["parties"] and visit["place"] == "Kyoto"


def test_cjk_comma_does_not_hide_the_verb_after_the_date():
    ja = events_of("視察団は10日からつくば市を訪れている。11日には市役所で、両市が覚書を交わした。", lang="ja",
                   published="2025-11-12")
    assert ("agreement", "2025-11-11") in kinds(ja) and ("visit", "2025-11-11") not in kinds(ja)


def test_cjk_date_of_a_sentence_without_event_word_dates_no_event():
    # the full stop has no space after it, so the paragraph is one sentence to the shared bounds
    ja = events_of("福井市の企業は先週、県と協定を結んだ。来月には報告書をまとめる。", lang="ja", published="2025-04-22")
    assert not any(d.startswith("2025-05") for d in ja["date_start"])
    zh = events_of("该市上周与某省签署合作协议。双方将于6月发布首份报告。", lang="zh", published="2025-04-22")
    assert not any(d.startswith("2025-06") for d in zh["date_start"])


def test_an_anniversary_of_an_agreement_is_no_agreement():
    zh = events_of("市長率團於10日赴大阪，出席兩市締結友好協定二十週年紀念活動。", lang="zh", published="2025-04-11")
    assert "agreement" not in set(ev_kinds(zh))
    en = events_of("On Monday the mayors marked the 20th anniversary of the friendship agreement.")
    assert "agreement" not in set(ev_kinds(en))


def test_the_year_of_an_anniversary_dates_no_event():
    ja = events_of("両市は10日、来年、提携から30年を迎えるのを前に、共同声明に署名した。", lang="ja", published="2025-04-11")
    assert ("agreement", "2025-04-10") in kinds(ja) and not any(d.startswith("2026") for d in ja["date_start"])


def ev_kinds(ev):
    return ev["kind"].astype(str)


def test_the_date_of_a_chinese_dateline_is_the_reports():
    zh = events_of("新华社上海4月11日电（记者王明）上海市与某国科技部10日在上海签署合作协议。", lang="zh", published="2025-04-11")
    assert ("agreement", "2025-04-10") in kinds(zh) and "2025-04-11" not in set(zh["date_start"])


def test_chinese_trip_and_meeting_words():
    zh = events_of("副市長率團於9日赴日本大阪，並與大阪府副知事會面。", lang="zh", published="2025-04-11")
    assert {("visit", "2025-04-09"), ("meeting", "2025-04-09")} <= kinds(zh)
    tw = events_of("代表團一行於8日抵台，並參訪科學園區。", lang="zh", published="2025-04-11")
    assert ("visit", "2025-04-08") in kinds(tw)


def test_korean_event_words():
    ko = events_of("두 시는 2019년 우호교류 의향서를 교환했다.", lang="ko", published="2025-04-11")
    assert ("agreement", "2019") in kinds(ko)
    ko = events_of("도는 다음 달 기업 10곳으로 구성된 무역사절단을 파견한다.", lang="ko", published="2025-04-11")
    assert ("visit", "2025-05") in kinds(ko)
    ko = events_of("연구진은 오는 9월 서울에서 공동 심포지엄을 열 예정이다.", lang="ko", published="2025-04-11")
    assert ("meeting", "2025-09") in kinds(ko)
    ko = events_of("선발된 기업은 오는 9월 데모데이에서 성과를 발표한다.", lang="ko", published="2025-04-11")
    assert ("exhibition", "2025-09") in kinds(ko)
    ko = events_of("시는 지난해 11월 하노이에 비즈니스 센터를 개설했다.", lang="ko", published="2025-04-11")
    assert ("establishment", "2024-11") in kinds(ko)


def test_an_event_word_in_a_ministry_name_is_no_event():
    ko = events_of("대표단은 10일 리야드의 투자부를 방문했다.", lang="ko", published="2025-04-11")
    assert kinds(ko) == {("visit", "2025-04-10")}


def test_this_visit_named_again_takes_no_other_date():
    ko = events_of("대표단은 10일 리야드를 방문했다. 도는 지난 2월 포럼에서 협력을 논의했으며, 이번 방문을 계기로 협력을 넓힌다.",
                   lang="ko", published="2025-04-11")
    assert ("visit", "2025-04-10") in kinds(ko) and ("visit", "2025-02") not in kinds(ko)


def test_a_target_year_dates_no_event():
    ev = events_of("Construction of the plant began on Monday, with mass production targeted for 2028.")
    assert "2028" not in set(ev["date_start"])


def test_start_of_operations_is_an_establishment():
    ja = events_of("同社は10日、工場建設の覚書を結んだ。2027年の稼働を目指す。", lang="ja", published="2025-04-11")
    assert ("establishment", "2027") in kinds(ja)


def test_building_a_plant_is_an_investment():
    ev = events_of("The packaging maker broke ground on its first overseas plant in Penang on Monday.")
    assert kinds(ev) == {("investment", "2025-04-07")}
    ko = events_of("회사는 10일 베트남 공장 착공식을 열었다.", lang="ko", published="2025-04-11")
    assert ("investment", "2025-04-10") in kinds(ko) and "establishment" not in set(ev_kinds(ko))


def test_setting_up_a_fund_is_an_investment():
    zh = events_of("双方将于今年内共同设立规模5亿元的人工智能产业基金。", lang="zh", published="2025-04-11")
    assert "establishment" not in set(ev_kinds(zh)) and ("investment", "2025") in kinds(zh)
    en = events_of("The two cities set up a $50 million fund for startups on Monday.")
    assert kinds(en) == {("investment", "2025-04-07")}


def test_a_nearer_date_owns_the_event_word():
    ko = events_of("회사는 지난해 지원사업에 선정됐고, 지난달에는 연구원과 협약을 맺었다.", lang="ko", published="2025-04-11")
    assert kinds(ko) == {("agreement", "2025-03")}
    ko = events_of("대표단은 8일과 9일에는 무역청 관계자들과 면담했다.", lang="ko", published="2025-04-11")
    assert ("meeting", "2025-04-08") in kinds(ko)


def test_the_agreement_named_again_takes_no_other_date():
    ja = events_of("両大学は10日、学術交流協定を締結した。両学部は昨年、研究者交流を開始しており、今回の協定で全学の連携となる。",
                   lang="ja", published="2025-04-11")
    assert kinds(ja) == {("agreement", "2025-04-10")}


def test_a_delegation_before_its_day_is_a_visit_of_that_day():
    ja = events_of("両市は8日、覚書を締結した。なお、訪問団は翌9日、大使館を表敬訪問した。", lang="ja", published="2025-04-11")
    assert ("visit", "2025-04-09") in kinds(ja) and ("visit", "2025-04-08") not in kinds(ja)
