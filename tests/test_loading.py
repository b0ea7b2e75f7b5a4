"""Loader rules, each on a short article written for the test, plus golden counts on the seeds."""
import datetime as dt
import textwrap

import pandas as pd
import pytest

from coopnews import CorpusError, load_articles, load_report
from coopnews.loading import detect_language, parse_byline, parse_text

from .conftest import write

BODY = ("The two city governments agreed to share data on air quality sensors and to run a joint "
        "pilot for electric buses, officials said after the signing ceremony at the city hall. ")


def one(text):
    return parse_text(textwrap.dedent(text).strip("\n"))


# --- golden counts on the seeds (ThinkStats2 style: assert the raw data) -----------------
def test_seed_counts(seeds_dir):
    arts = load_articles(seeds_dir)
    rep = load_report(seeds_dir)
    assert len(rep) == 5 and (rep["status"] == "loaded").all()
    assert len(arts) == 9
    assert arts["kind"].value_counts().to_dict() == {"article": 5, "snippet": 4}
    assert rep.set_index("file")["n_segments"].tolist() == [1, 1, 1, 5, 1]
    dated = arts.dropna(subset=["published"]).set_index("file")["published"].dt.date.to_dict()
    assert dated == {"000_1484e20ebf3d6b4d.txt": dt.date(2023, 6, 15),
                     "001_19a0e0c2193ddae9.txt": dt.date(2024, 3, 29)}
    assert (arts["language"] == "en").all()
    assert str(arts["published"].dtype) == "datetime64[ns]"


def test_seed_snippets_do_not_pollute_main_story(seeds_dir):
    arts = load_articles(seeds_dir)
    multi = arts[arts["file"] == arts.loc[arts["kind"] == "snippet", "file"].iloc[0]]
    main = multi[multi["kind"] == "article"].iloc[0]
    for snip in multi[multi["kind"] == "snippet"].itertuples():
        assert "truncated" in snip.flags
        assert snip.text[:60] not in main.text


# --- headers: date stamps -----------------------------------------------------------------
def test_posted_wins_over_updated():
    st = one(f"""
        Cities pledge cooperation on clean water technology
        Posted : Feb 3, 2022 - 10:00   Updated : Feb 4, 2022 - 09:00
        {BODY}""")[0]
    assert st.published == dt.date(2022, 2, 3)


def test_korean_approval_stamp_and_banner_with_misspelt_month():
    st = one(f"""
        SAT, JANUUARY 8, 2022
        Two cities move forward on joint research
          • 승인 2021.12.30 00:00
        {BODY}""")[0]
    assert st.published == dt.date(2021, 12, 30)
    assert st.page_date == dt.date(2022, 1, 8)
    assert "date-typo" in st.flags


def test_crawl_metadata_line_is_the_last_fallback_for_the_publication_date():
    st = one(f"""
         date 2021-05-02  Back To Top
        A delegation visits a science park abroad
        {BODY}""")[0]
    assert st.published == dt.date(2021, 5, 2) and st.published_text == "date 2021-05-02"
    assert "no-publication-date" not in st.flags
    st = one(f"""
         date 2021-05-02  Back To Top
        A delegation visits a science park abroad
        Posted : Apr 30, 2021
        {BODY}""")[0]
    assert st.published == dt.date(2021, 4, 30) and st.page_date == dt.date(2021, 5, 2)


@pytest.mark.parametrize("stamp,expected", [
    ("2023년 9월 12일 (화) 10:00", dt.date(2023, 9, 12)),
    ("發布時間：2022/07/01 16:30", dt.date(2022, 7, 1)),
    ("2021年3月4日 18:30", dt.date(2021, 3, 4)),
    ("08/30/2020 11:05 PM", dt.date(2020, 8, 30)),
    ("Updated: 2019-11-02 09:00 KST", dt.date(2019, 11, 2)),
])
def test_plain_and_cjk_stamps(stamp, expected):
    st = one(f"""
        Smart port operators sign a data sharing agreement
        {stamp}
        {BODY}""")[0]
    assert st.published == expected


def test_no_date_means_none_invented():
    st = one(f"""
        Two universities start a student exchange
        {BODY}
        The exchange starts on June 3, the universities said.""")[0]
    assert st.published is None


def test_dateline_is_not_a_publication_date():
    st = one(f"""
        Ministry signs satellite pact
        TOKYO, April 2 (Kyodo) -- {BODY}""")[0]
    assert st.published is None
    assert st.source == "Kyodo"


# --- bylines ------------------------------------------------------------------------------
@pytest.mark.parametrize("line,names", [
    ("By Jane Roe", ["Jane Roe"]),
    ("By Park Min-seo (pms@example.com) and Lee Do-hyun (ldh@example.com)", ["Park Min-seo", "Lee Do-hyun"]),
    ("(By Chen Yu-ting)", ["Chen Yu-ting"]),
    ("Reporter Kim Ha-neul", ["Kim Ha-neul"]),
    ("정다은 기자 (jde@example.kr)", ["정다은"]),
    ("記者王美玲／台北報導", ["王美玲"]),
    ("By Alex Moore / Staff reporter", ["Alex Moore"]),
    ("Posted on May 2, 2024 by Ito Ken", ["Ito Ken"]),
])
def test_bylines(line, names):
    assert parse_byline(line) == names


def test_bylines_top_and_bottom_are_authors_not_text():
    st = one(f"""
        Robotics alliance adds three members
        By Jane Roe
        {BODY}
        By Sam Poe (sam@example.com)""")[0]
    assert st.authors == ["Jane Roe", "Sam Poe"]
    assert "Jane Roe" not in "\n".join(st.lines) and "Sam Poe" not in "\n".join(st.lines)


def test_sentence_starting_with_by_is_not_a_byline():
    assert parse_byline("By the end of the year the two ports will share one customs system for all cargo.") is None


# --- boilerplate ----------------------------------------------------------------------------
def test_navigation_share_footer_and_related_removed():
    st = one(f"""
        Skip to main content
        Home > World > Asia
        Share  Tweet  Email  Print
        Cities sign an accord on hydrogen buses
        {BODY}
        Back To Top
        Copyright © The Example Post. All rights reserved.
        Related Articles
        - Another headline about buses
        - A third headline""")
    assert len(st) == 1
    text = "\n".join(st[0].lines)
    for junk in ("Skip to", "Share", "Back To Top", "Copyright", "headline"):
        assert junk not in text
    assert st[0].title == "Cities sign an accord on hydrogen buses"
    assert st[0].source == "The Example Post"
    assert "boilerplate-removed" in st[0].flags


def test_paragraph_about_copyright_is_text_not_a_footer():
    para = ("The two agencies also agreed to share patent filings and to align their copyright rules for "
            "software written jointly by researchers in both cities, a point officials said had delayed "
            "earlier talks by several months because each side wanted the other to adopt its own terms of "
            "use for shared code, data sets and design files produced under the programme.")
    st = one(f"""
        Cities sign an accord on hydrogen buses
        {BODY}
        {para}
        Copyright © The Example Post. All rights reserved.""")
    text = "\n".join(st[0].lines)
    assert "align their copyright rules" in text
    assert "All rights reserved" not in text


def test_duplicated_title_kept_once():
    st = one(f"""
        Science city alliance grows to ten members
        Science city alliance grows to ten members
        {BODY}""")[0]
    assert st.title == "Science city alliance grows to ten members"
    assert "duplicate-title" in st.flags


def test_caption_kept_in_text():
    st = one(f"""
        Port cities sign a deal
        Mayor Ann Lee (left) and Governor Bo Kim hold the signed agreement on Friday. (City of Example)
        {BODY}""")[0]
    assert "(left)" in st.lines[0]


# --- snippets -------------------------------------------------------------------------------
CUT = ("A second story about a battery plant begins here and runs on for many words about the "
       "investment, the jobs it would bring to the region, the suppliers that would follow and "
       "the officials who said the plant would open in two years, while critics said the")
CUT2 = ("Another report on a port city and its new data centre follows with details of the power it "
        "would draw, the cables that would land there, the partners from abroad who signed letters of "
        "intent last week and the schedule that the operator gave for the first phase of the")


def test_a_run_of_cut_off_paragraphs_closing_a_page_are_teasers():
    st = one(f"""
        Main story title here for the test
        {BODY}
        {BODY}
        {CUT}
        {CUT2}""")
    assert [s.kind for s in st] == ["article", "snippet", "snippet"]
    assert "truncated" in st[1].flags and "battery plant" not in "\n".join(st[0].lines)


def test_one_cut_off_last_paragraph_is_the_story_cut_by_the_excerpt():
    st = one(f"""
        Main story title here for the test
        {BODY}
        {BODY}
        {CUT}""")
    assert [s.kind for s in st] == ["article"]
    assert "battery plant" in st[0].lines[-1] and "cut-off" in st[0].flags


@pytest.mark.parametrize("para", [
    "| " + BODY.strip() + " The mayors will meet again in the autumn to review the first results of the pilot. |",
    BODY.strip() + " The mayors will meet again in the autumn to review the first results of the pilot. (May 3)",
    BODY.strip() + " The mayors will meet again in the autumn and listed the next steps as follows:",
])
def test_table_rows_trailing_dates_and_colons_are_not_cut_off(para):
    st = one(f"""
        Main story title here for the test
        {BODY}
        {para}
        {CUT}""")
    assert [s.kind for s in st] == ["article"]


def test_related_items_with_body_become_dated_snippets(corpus_dir):
    arts = load_articles(corpus_dir / "en_related_snippets.txt")
    assert arts["kind"].tolist() == ["article", "snippet", "snippet"]
    assert arts["published"].dt.strftime("%Y-%m-%d").tolist() == ["2024-03-12", "2024-03-10", "2024-03-08"]
    assert arts.loc[1, "title"] == "Taiwan exports to Southeast Asia rise for sixth month"


# --- languages ------------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang", [
    ("Daejeon City (대전시) and Tsukuba (つくば) signed an agreement on space research and talent.", "en"),
    ("수원시가 중국 선전시와 스마트시티 협력을 위한 양해각서(MOU)를 체결했다.", "ko"),
    ("台中市政府與大阪府簽署智慧製造合作備忘錄，雙方將推動技術交流。", "zh"),
    ("仙台市と大田広域市は宇宙と半導体分野の研究交流に関する連携協定を締結した。", "ja"),
])
def test_language_from_script(text, lang):
    assert detect_language(text) == lang


def test_test_corpus_loads_every_language(corpus_dir):
    arts = load_articles(corpus_dir)
    main = arts[arts["kind"] == "article"].set_index("file")
    assert set(main["language"]) == {"en", "ko", "zh", "ja"}
    assert main["published"].notna().all()
    assert main.loc["ko_suwon_shenzhen.txt", "authors"] == ["김도윤"]
    assert main.loc["ko_suwon_shenzhen.txt", "title"].startswith("수원시, 중국 선전시와")


def test_html_is_parsed_with_metadata(corpus_dir):
    arts = load_articles(corpus_dir / "html_kaohsiung_busan.html")
    row = arts.iloc[0]
    assert row["title"] == "Kaohsiung and Busan ports sign green shipping pact"
    assert row["source"] == "Harbour Tech Times"
    assert row["published"] == pd.Timestamp("2024-05-14")
    assert row["authors"] == ["Wang Li-hua"]
    assert "tracking" not in row["text"] and "Home" not in row["text"]


def test_missing_path_raises_naming_it(tmp_path):
    with pytest.raises(CorpusError, match="nope"):
        load_articles(tmp_path / "nope")
