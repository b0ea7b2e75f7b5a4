"""Sector rule and event rules on short articles written for the tests."""
import pandas as pd
import pytest

from coopnews import classify_sectors, extract_actors, extract_events, load_articles
from coopnews.sectors import TaxonomyError, load_taxonomy


def frame(text, lang="en", title="", published=None):
    return pd.DataFrame({"article_id": ["t#0"], "title": [title], "text": [text],
                         "language": pd.Categorical([lang], categories=["en", "ko", "zh", "ja"]),
                         "published": pd.to_datetime([published])})


def sectors_of(text, **kw):
    return set(classify_sectors(frame(text, **kw))["sector"])


def test_one_passing_word_is_not_enough():
    assert "semiconductors" not in sectors_of("The mayor, who once worked at a chip plant, opened a park.")


def test_repeated_terms_assign_a_sector_with_evidence():
    df = classify_sectors(frame("The chip fab will make memory chips; the semiconductor plant opens soon."))
    row = df[df["sector"] == "semiconductors"].iloc[0]
    assert row["score"] >= 3 and any(e.startswith("chip") for e in row["evidence"].split(";"))


def test_word_boundaries_and_weak_terms():
    assert "ai" not in sectors_of("SAID the official. He SAID it again, and SAID it once more.")
    assert "space" not in sectors_of("The firm rented office space, more space, and parking space downtown.")


def test_cjk_terms():
    assert "robotics" in sectors_of("두 도시는 로봇 산업과 드론 배송을 함께 시험한다.", lang="ko")
    assert "semiconductors" in sectors_of("雙方將推動半導體與晶圓代工合作。", lang="zh")


def test_custom_taxonomy_and_malformed_file(tmp_path):
    good = tmp_path / "t.yaml"
    good.write_text("drones:\n  label: Drones\n  definition: Unmanned aircraft.\n  en: [drone, drones]\n")
    df = classify_sectors(frame("Drones and more drones and a drone."), taxonomy=good)
    assert list(df["sector"]) == ["drones"]
    bad = tmp_path / "bad.yaml"
    bad.write_text("drones:\n  label: Drones\n")
    with pytest.raises(TaxonomyError, match="bad.yaml.*drones.*definition"):
        load_taxonomy(bad)
    broken = tmp_path / "broken.yaml"
    broken.write_text("a: [unclosed\n")
    with pytest.raises(TaxonomyError, match="not valid YAML"):
        load_taxonomy(broken)


def events_of(text, published="2025-04-08", lang="en"):
    arts = frame(text, lang=lang, published=published)
    actors, mentions = extract_actors(arts)
    return extract_events(arts, actors, mentions)


def test_agreement_on_weekday_resolved_against_publication():
    ev = events_of("Busan and Fukuoka signed a memorandum of understanding on Monday in Busan.")
    row = ev.iloc[0]
    assert (row["kind"], row["date_start"], row["planned"]) == ("agreement", "2025-04-07", False)
    assert row["place"] == "Busan" and {"Busan", "Fukuoka"} <= set(row["parties"])


def test_planned_visit_and_cameo():
    ev = events_of("A delegation will visit Nagoya in September to meet robot makers.")
    row = ev.iloc[0]
    assert (row["kind"], row["date_start"], row["planned"], row["cameo"]) == ("visit", "2025-09", True, "042")


def test_undated_plan_and_target_years_are_not_events():
    assert events_of("The cities plan to expand startup exchanges.").empty
    assert events_of("The city aims to run 1,000 hydrogen buses by 2030.").empty


def test_no_publication_date_gives_month_day_not_a_year():
    ev = events_of("The two sides signed an agreement on June 3.", published=None)
    assert ev.iloc[0]["date_start"] == "--06-03"


def test_korean_event():
    ev = events_of("양측은 14일 가오슝에서 양해각서(MOU)를 체결했다.", published="2025-04-16", lang="ko")
    assert (ev.iloc[0]["kind"], ev.iloc[0]["date_start"]) == ("agreement", "2025-04-14")


def test_same_event_in_two_stories_shares_a_group(corpus_dir, tmp_path):
    for i in range(2):
        (tmp_path / f"s{i}.txt").write_text(
            f"Report {i}: cities sign port pact\nPosted : Apr 9, 2025 - 10:00\n"
            "Incheon and Kaohsiung signed a memorandum of understanding on smart ports on Tuesday in Kaohsiung, "
            f"officials from both cities said in statement number {i}. The ports will share data on "
            "automated terminals and shore power.\n", encoding="utf-8")
    arts = load_articles(tmp_path)
    actors, mentions = extract_actors(arts)
    ev = extract_events(arts, actors, mentions)
    agreements = ev[ev["kind"] == "agreement"]
    assert len(agreements) == 2 and agreements["event_group"].nunique() == 1


def test_two_acts_joined_by_and_on_one_date_are_two_events():
    ev = events_of("On Monday, the minister visited the robotics pavilion and met the mayor to discuss a cargo link.")
    assert set(zip(ev["kind"].astype(str), ev["date_start"])) == {("visit", "2025-04-07"), ("meeting", "2025-04-07")}


def test_an_act_in_another_clause_does_not_borrow_the_date():
    ev = events_of("The agency signed an agreement on Monday; a separate delegation will visit Osaka in July.")
    kinds = set(zip(ev["kind"].astype(str), ev["date_start"]))
    assert ("agreement", "2025-04-07") in kinds and ("visit", "2025-04-07") not in kinds


def test_scheduled_for_a_month_and_a_declaration():
    ev = events_of("Its first working session is scheduled for June in Ulsan. The two ports declared a joint logistics zone in 2011.")
    kinds = set(zip(ev["kind"].astype(str), ev["date_start"]))
    assert ("meeting", "2025-06") in kinds and ("agreement", "2011") in kinds


def test_cjk_training_visit_and_courtesy_call():
    ko = events_of("9월에는 연구원 12명이 울산 본원에서 석 달간 연수를 받는다.", lang="ko")
    assert ("visit", "2025-09") in set(zip(ko["kind"].astype(str), ko["date_start"]))
    zh = events_of("林局長於16日拜會關西經濟聯合會，洽談合作。", lang="zh")
    # published 2025-04-08, so the 16th is of the month before: a report tells what happened
    assert ("meeting", "2025-03-16") in set(zip(zh["kind"].astype(str), zh["date_start"]))


def test_reporting_day_is_not_the_event_day():
    ko = events_of("창원시는 지난 3일 함부르크에서 협약을 체결했다고 7일 밝혔다.", lang="ko")
    assert list(zip(ko["kind"].astype(str), ko["date_start"])) == [("agreement", "2025-04-03")]


def test_said_on_a_weekday_is_past_even_about_plans():
    ev = events_of("The chipmaker said on Monday it would invest 300 million euros in a plant in Dresden.")
    assert ("investment", "2025-04-07") in set(zip(ev["kind"].astype(str), ev["date_start"]))


def test_seminars_signing_plans_and_plural_missions():
    ev = events_of("The firm will sign a lease next month. A seminar is set for June. Trade missions began in 2019.")
    kinds = set(zip(ev["kind"].astype(str), ev["date_start"]))
    assert {("agreement", "2025-05"), ("meeting", "2025-06"), ("visit", "2019")} <= kinds


FILLER = " The weather was mild and the streets were quiet that afternoon."


def test_threshold_grows_with_the_story_length():
    short = "Two robot makers opened a robot showroom."
    assert "robotics" in sectors_of(short)
    assert "robotics" not in sectors_of(short + FILLER * 150)  # ~10,000 characters: two words are in passing


def test_title_and_lead_count_double():
    body = "Officials from both cities gathered." + FILLER * 90 + " A robot arm was on display."
    assert "robotics" not in sectors_of(body, title="Mayors gather downtown")
    assert "robotics" in sectors_of(body, title="Mayors gather to talk about the robotics industry")


def test_a_side_remark_is_not_what_the_story_is_about():
    text = ("The chipmaker will build a semiconductor fab for memory chips. The wafer plant makes DRAM and NAND chips "
            "for foundry clients, and its semiconductor engineers design chips. Guests may join a tourism day, "
            "a tourism walk.")  # one field word, even repeated, is a side remark
    found = sectors_of(text)
    assert "semiconductors" in found and "tourism_culture" not in found


def test_short_cjk_story_with_two_mentions():
    assert "space" in sectors_of("두 기관은 위성 개발과 발사체 시험에 협력한다.", lang="ko")


def test_second_english_field_named_by_two_different_terms():
    text = ("The chipmaker will build a semiconductor fab for memory chips.\n\nThe group called it its largest investment abroad. Customers gain a "
            "second supply chain.")
    assert {"semiconductors", "trade_investment"} <= sectors_of(text)
    repeated = text.replace("supply chain", "investment plan")
    assert "trade_investment" not in sectors_of(repeated)  # one word twice is still a side remark


def test_cjk_brief_names_a_field_once():
    brief = "경기도는 22일 베트남 성과 반도체 인력 협력과 무역 확대를 위한 협약을 맺었다."
    assert "trade_investment" in sectors_of(brief, lang="ko")
    long_page = brief + "\n\n" + "두 지역 공무원들이 회의실에서 인사를 나눴다. " * 12
    assert "trade_investment" not in sectors_of(long_page, lang="ko")


def test_cjk_compound_counts_for_both_fields():
    found = sectors_of("雙方將在智慧交通領域合作，明年推出智慧交通示範計畫。", lang="zh")
    assert {"smart_city", "mobility"} <= found


def test_general_vocabulary_of_telecoms_and_environment():
    assert "iot_ict" in sectors_of("The two institutes will build a 6G test network with new base stations.")
    assert "environment" in sectors_of("双方将在森林监测和防灾减灾领域开展合作。", lang="zh")


def test_training_course_abroad_is_a_planned_visit():
    en = events_of("Under the deal, six technicians will join a course at the agency's test centre in October.")
    assert ("visit", "2025-10") in set(zip(en["kind"].astype(str), en["date_start"]))
    undated = events_of("The agency runs a training course on satellite design every year.")
    assert "visit" not in set(undated["kind"].astype(str))


def test_taiwanese_day_in_brackets():
    zh = events_of("台南市長昨（7）日與荷蘭代表簽署合作備忘錄。", lang="zh")
    assert ("agreement", "2025-04-07") in set(zip(zh["kind"].astype(str), zh["date_start"]))
