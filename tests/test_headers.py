"""Header forms of real pages, each on strings written for the test: date stamps and their labels,
the story's date against the banner's, datelines, crawl lines, notices, titles and CJK briefs."""
import datetime as dt
import textwrap

import pytest

from coopnews.loading import load_file, parse_text
from coopnews.loading.header import is_source_line, is_title_candidate
from coopnews.loading.stamps import date_line, lead_dateline, page_order, read_stamps

BODY = ("The two city governments agreed to share data on air quality sensors and to run a joint "
        "pilot for electric buses, officials said after the signing ceremony at the city hall. ")
D = dt.date


def one(text):
    return parse_text(textwrap.dedent(text).strip("\n"))[0]


@pytest.mark.parametrize("line,expected,label", [
    ("2023-06-15T09:30:00+09:00", D(2023, 6, 15), ""),
    ("Published 10:32 AM, June 15, 2023", D(2023, 6, 15), "first"),
    ("Date: 2023-06-15 14:00 KST", D(2023, 6, 15), "first"),
    ("Posted on Thursday, June 15, 2023", D(2023, 6, 15), "first"),
    ("기사입력 2023.06.15 10:00", D(2023, 6, 15), "first"),
    ("| 작성일 | 2023-06-15 | 조회수 | 120 |", D(2023, 6, 15), "first"),
    ("조회수 120 | 등록 2023.06.15", D(2023, 6, 15), "first"),
    ("公開日：2023年6月15日", D(2023, 6, 15), "first"),
    ("掲載日 2023/6/15", D(2023, 6, 15), "first"),
    ("發布時間：2023/06/15 16:30", D(2023, 6, 15), "first"),
    ("发布时间：2023-06-15", D(2023, 6, 15), "first"),
    ("日期：2023年6月15日 星期四", D(2023, 6, 15), "first"),
    ("Updated date: 2023-06-15", D(2023, 6, 15), "update"),
    ("작성일 23.06.15", D(2023, 6, 15), "first"),
    ("Jun 15, '23", D(2023, 6, 15), ""),
    ("15-Jun-23", D(2023, 6, 15), ""),
    ("15/06/2023 09:00", D(2023, 6, 15), ""),
    ("15.06.2023", D(2023, 6, 15), ""),
    ("06/15/2023", D(2023, 6, 15), ""),
    ("Thursday, June 15, 2023, 14:09 GMT+7", D(2023, 6, 15), ""),
    ("公開日：令和5年6月15日", D(2023, 6, 15), "first"),
    ("平成18年3月29日", D(2006, 3, 29), ""),
    ("民國112年6月15日", D(2023, 6, 15), ""),
    ("發布日期：112-06-15", D(2023, 6, 15), "first"),
])
def test_stamp_forms(line, expected, label):
    st = read_stamps(line)[0]
    assert (st.date, st.label) == (expected, label)


@pytest.mark.parametrize("line", ["23.06.15", "June 2023", "Room 12/06/20", "11月13日 星期三"])
def test_ambiguous_or_incomplete_dates_are_not_read(line):
    assert read_stamps(line) == []


def test_story_date_below_the_title_wins_over_the_banner_date():
    st = one(f"""
        Monday, June 19, 2023
        Port cities agree to share shipping data
        June 15, 2023
        {BODY}""")
    assert st.published == D(2023, 6, 15) and st.page_date == D(2023, 6, 19)


def test_published_and_updated_in_one_table_row_the_published_one_counts():
    st = one(f"""
        Port cities agree to share shipping data
        | Updated | 2023-06-17 | Published | 2023-06-15 |
        {BODY}""")
    assert st.published == D(2023, 6, 15)


def test_crawl_line_with_the_page_text_run_on_after_the_date():
    st = one(f"""
         date 2023-06-15 Port cities agree to share shipping data
        {BODY}""")
    assert st.published == D(2023, 6, 15) and st.title == "Port cities agree to share shipping data"


def test_date_line_under_the_standfirst():
    st = one(f"""
        Port cities agree to share shipping data
        {BODY}
        June 15, 2023. By Metro Desk
        {BODY}""")
    assert st.published == D(2023, 6, 15) and st.authors == ["Metro Desk"]
    assert not any("2023" in line for line in st.lines)


def test_a_labelled_event_date_in_the_body_is_not_the_publication_date():
    st = one(f"""
        Port cities agree to share shipping data
        {BODY}
        Signing date: June 12, 2023
        {BODY}""")
    assert st.published is None


@pytest.mark.parametrize("para,expected", [
    ("Busan, (Harbour Wire - 15th Jun, 2023) " + BODY, D(2023, 6, 15)),
    ("SPRINGFIELD, Ill., June 15, 2023 (BUSINESS WIRE) -- " + BODY, D(2023, 6, 15)),
    ("June 15, 2023 — Osaka, Japan — " + BODY, D(2023, 6, 15)),
    ("The mayor signed the pact on June 12, 2023 (local time) and said " + BODY, None),
    ("Taipei, June 15 (Harbour Wire) " + BODY, None),
])
def test_wire_and_press_release_datelines(para, expected):
    st = lead_dateline(para)
    assert (st.date if st else None) == expected
    assert one(para).published == expected


def test_date_line_allows_time_weekday_and_credit_only():
    assert date_line("Thursday, June 15, 2023, 14:09 GMT+7").date == D(2023, 6, 15)
    assert date_line("2023年6月15日") is not None
    assert date_line("締結日：2023年6月15日") is None


def test_reader_service_notices_are_not_the_text_or_the_title():
    st = one(f"""
        JavaScript is disabled in your browser, so some parts of this page will not work.
        Listen to this article with our read-aloud player, which is still being tested.
        Port cities agree to share shipping data
        {BODY}""")
    assert st.title == "Port cities agree to share shipping data"
    assert st.lines[0].startswith("The two city governments")


@pytest.mark.parametrize("line,ok", [
    ("Port cities agree to share shipping data", True),
    ("두 항구도시 해운자료 공유 협약 체결", True),
    ("プレスリリース", False),
    ("担当部署 : 国際課", False),
    ("11月13日 星期三", False),
    ("Exclusive: port cities agree to share shipping data with partners abroad", True),
])
def test_title_candidates(line, ok):
    assert is_title_candidate(line) is ok


@pytest.mark.parametrize("text", [
    "台北首尔合作\n台北与首尔签署合作备忘录。\n双方将共享交通数据。\n两市明年举办联合论坛。\n两位市长出席签约仪式。",
    "福岡と台北が覚書\n福岡市は台北市と覚書を締結。\n両市は交通データを共有する。\n来年に合同会議を開く予定だ。\n両市長が式典に出席した。",
])
def test_cjk_briefs_are_articles(tmp_path, text):
    p = tmp_path / "brief.txt"
    p.write_text(text, encoding="utf-8")
    rows, rep = load_file(p, "brief.txt")
    assert rep["status"] == "loaded", rep["reason"]
    assert len(rows) == 1 and rows[0]["text"].count("。") == 4


def test_outlet_lines_in_capitals_but_not_cjk_titles_with_acronyms():
    assert is_source_line("HARBOUR DAILY WIRE")
    assert not is_source_line("第3回ABCD会合について(報告)")


def test_a_section_label_under_the_last_paragraph_is_not_text():
    st = one(f"""
        Port cities agree to share shipping data
        {BODY}
        {BODY}
        Top Stories""")
    assert st.lines[-1].endswith("city hall.") and "boilerplate-removed" in st.flags


# --- HTML pages (written for the test) --------------------------------------------------------
PAGE = """<html><head><meta charset="utf-8"><title>x</title>{head}</head><body>
<div class="menu"><a>Home</a> | <a>Science</a></div>{body}</body></html>"""
PARAS = ("Two science parks signed a research pact on Wednesday to run joint projects in chip packaging and "
         "battery materials, their directors said.<br><br>The parks will exchange twenty researchers a year and "
         "share test equipment, according to a statement released after the meeting.")


def _html(tmp_path, head="", body=""):
    p = tmp_path / "page.html"
    p.write_text(PAGE.format(head=head, body=body), encoding="utf-8")
    rows, rep = load_file(p, "page.html")
    assert rep["status"] == "loaded", rep["reason"]
    return rows


def test_html_table_cells_keep_their_label_and_br_splits_paragraphs(tmp_path):
    rows = _html(tmp_path, body=f"<h2>Parks sign a research pact</h2><table><tr><td>조회 120</td><td>기사입력</td>"
                                f"<td>2023.06.15 10:00</td></tr></table><div>{PARAS}</div>")
    assert rows[0]["published"] == D(2023, 6, 15)
    assert rows[0]["text"].count("\n\n") == 1


def test_html_definition_list_date(tmp_path):
    rows = _html(tmp_path, body=f"<h1>Parks sign a research pact</h1><dl><dt>公開日</dt><dd>2023年6月15日</dd>"
                                f"<dt>更新日</dt><dd>2023年6月20日</dd></dl><p>{PARAS}</p>")
    assert rows[0]["published"] == D(2023, 6, 15) and rows[0]["published_text"].startswith("公開日")


def test_html_json_ld_date_and_related_block_in_an_inline_header(tmp_path):
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-06-15T10:00:00+08:00"}</script>'
    teaser = ("The centre will house forty young companies and offer mentoring by engineers from local firms "
              "who have built their own companies in the region over the last ten years and who say that")
    rows = _html(tmp_path, head, f"<h1>Parks sign a research pact</h1><div>{PARAS}</div>"
                                 f"<div class='rel'><b>More news</b><div>City opens a startup centre</div><div>{teaser}</div></div>")
    assert rows[0]["published"] == D(2023, 6, 15)
    assert "forty young" not in rows[0]["text"] and rows[1]["kind"] == "snippet"


def test_a_headline_shown_twice_beats_a_menu_line_shown_once():
    st = one(f"""
        Business and Science and World Affairs
        Port cities agree to share shipping data
        Port cities agree to share shipping data
        {BODY}""")
    assert st.title == "Port cities agree to share shipping data" and "duplicate-title" in st.flags


@pytest.mark.parametrize("header,lead,source", [
    ("【来源:港城管委会_动态】", "", "港城管委会"),
    ("Source: Harbour Wire", "", "Harbour Wire"),
    ("", "(부산=항구뉴스) ", "항구뉴스"),
    ("", "[항구타임즈] ", "항구타임즈"),
    ("", "[사진] ", ""),
])
def test_outlet_from_a_source_label_or_the_lead(header, lead, source):
    st = one(f"""
        Port cities agree to share shipping data
        {header}
        {lead}{BODY}""")
    assert st.source == source


@pytest.mark.parametrize("lead,title", [
    ("SPRINGFIELD, Ill., June 15, 2023 (BUSINESS WIRE) -- Two port cities agreed on a pilot. More follows.",
     "Two port cities agreed on a pilot."),
    ("Portville, Sept. 4 (Harbour Wire) The two cities signed a pact. More follows.", "The two cities signed a pact."),
    ("PORTVILLE (Harbour Wire) — Gov. Roe signed a pact with the U.S. partner city. More follows.",
     "Gov. Roe signed a pact with the U.S. partner city."),
    ("[항구타임즈] 두 도시가 협약을 맺었다. 다음 문장이다.", "두 도시가 협약을 맺었다."),
    ("两市签署合作备忘录。双方将共享数据。", "两市签署合作备忘录。"),
])
def test_title_from_lead_skips_the_dateline_and_abbreviations(lead, title):
    from coopnews.loading.snippets import lead_title
    assert lead_title(lead) == title


def test_an_unlabelled_date_before_an_updated_one_is_the_published_date():
    st = one(f"""
        Port cities agree to share shipping data
        June 15, 2023  Updated June 16, 2023
        {BODY}""")
    assert st.published == D(2023, 6, 15)


def test_source_label_on_a_stamp_line():
    st = one(f"""
        两港口城市签署航运数据共享协议
        2023-06-15 10:30  来源：港城日报
        {BODY}""")
    assert st.published == D(2023, 6, 15) and st.source == "港城日报"


@pytest.mark.parametrize("head", ["See also", "Latest News", "Editor's Picks", "함께 보면 좋은 기사", "推荐阅读", "あわせて読みたい",
                                  "Related Coverage", "Further reading", "추천기사", "相關文章", "関連リンク"])
def test_related_block_headers_start_the_tail(head):
    teaser = ("Rail link to the airport opens next month with trains every ten minutes from the city centre, "
              "the operator said on Monday after the last safety tests of the new line.")
    st = parse_text(textwrap.dedent(f"""
        Port cities agree to share shipping data
        {BODY}
        {head}
        Rail link opens next month
        {teaser}""").strip("\n"))
    assert [s.kind for s in st] == ["article", "snippet"] and st[1].title == "Rail link opens next month"


@pytest.mark.parametrize("body,expected", [
    (f"<article><h1>Parks sign a research pact</h1><time datetime='2023-06-15T09:00:00Z'>2 hours ago</time><p>{PARAS}</p></article>",
     D(2023, 6, 15)),
    (f"<h1>Parks sign a research pact</h1><span itemprop='datePublished' content='2023-06-15'>yesterday</span><p>{PARAS}</p>",
     D(2023, 6, 15)),
    (f"<div class='top'><time datetime='2023-06-19'>Today</time></div><h1>Parks sign a research pact</h1><p>{PARAS}</p>",
     None),
])
def test_html_declared_dates(tmp_path, body, expected):
    assert _html(tmp_path, body=body)[0]["published"] == expected


def test_the_lead_below_a_photo_caption_gives_the_dateline_and_title():
    st = one(f"""
        The two mayors shake hands at the port (Photo courtesy of the city)
        PORTVILLE, June 15, 2023 (Harbour Wire) -- Two port cities agreed on a pilot. {BODY}""")
    assert st.published == D(2023, 6, 15) and st.source == "Harbour Wire"
    assert st.title == "Two port cities agreed on a pilot."


@pytest.mark.parametrize("line", ["责任编辑：王五", "Editing by John Doe", "この記事をシェアする", "Share this article"])
def test_editor_credits_and_share_prompts_are_not_text(line):
    st = one(f"""
        Port cities agree to share shipping data
        {BODY}
        {BODY}
        {line}""")
    assert len(st.lines) == 2


def test_korean_rights_footer_names_the_outlet():
    st = one(f"""
        Port cities agree to share shipping data
        {BODY}
        <저작권자(c) 항구통신, 무단 전재-재배포 금지>""")
    assert st.source == "항구통신"


def test_a_long_byline_bar_with_a_labelled_date():
    st = one(f"""
        Port cities agree to share shipping data
        By Jane Roe, Harbour Daily Senior Staff Writer covering ports and trade | Published June 15, 2023 | Updated June 16, 2023 | 5 min read
        {BODY}""")
    assert st.published == D(2023, 6, 15)


def test_a_labelled_date_at_the_foot_of_the_page():
    st = one(f"""
        Port cities agree to share shipping data
        {BODY}
        {BODY}
        {BODY}
        更新日：2023年6月20日
        掲載日：2023年6月15日""")
    assert st.published == D(2023, 6, 15) and len(st.lines) == 3


def test_an_unlabelled_date_deep_in_the_body_is_not_the_publication_date():
    st = one(f"""
        Port cities agree to share shipping data
        {BODY}
        {BODY}
        {BODY}
        June 12, 2023""")
    assert st.published is None


@pytest.mark.parametrize("line,expected", [
    ("令和7年7月8日", D(2025, 7, 8)), ("平成9年1月2日", D(1997, 1, 2)), ("令和元年5月1日", D(2019, 5, 1)),
    ("民國9年1月2日", D(1920, 1, 2)),
])
def test_an_era_date_with_single_digit_fields(line, expected):
    assert read_stamps(line)[0].date == expected


def test_an_era_date_line_under_a_press_release_title():
    st = one(f"""
        県庁ホームページ
        ホーム > 報道発表
        県と海外の州が水素分野の覚書を締結しました
        令和6年2月9日
        商工労働部
        県は、海外の州と水素の製造と利用に関する覚書を締結しましたので、お知らせします。""")
    assert st.published == D(2024, 2, 9)


@pytest.mark.parametrize("foot", ["2024.03.05 (화) 19:40", "March 5, 2024 7:40 PM", "2024-03-05\nCopyright (c) Channel Nine"])
def test_a_date_time_stamp_at_the_foot_of_a_broadcast_script(foot):
    foot = foot.replace("\n", "\n        ")
    st = one(f"""
        Port cities agree to share shipping data
        {BODY}
        {BODY}
        {BODY}
        {foot}
        Copyright (c) Channel Nine. All rights reserved.""")
    assert st.published == D(2024, 3, 5) and len(st.lines) == 3


def test_a_date_line_followed_by_more_text_is_not_a_foot_stamp():
    st = one(f"""
        Port cities agree to share shipping data
        {BODY}
        {BODY}
        {BODY}
        2024.03.05 19:40
        {BODY}""")
    assert st.published is None


@pytest.mark.parametrize("line,alt", [
    ("03-04-2023", D(2023, 4, 3)), ("Date: 11/02/2024", D(2024, 2, 11)), ("05/05/2024", None), ("05/25/2024", None),
])
def test_a_numeric_date_either_field_could_be_the_month_of_is_ambiguous(line, alt):
    assert read_stamps(line)[0].alt == alt


@pytest.mark.parametrize("text,order", [
    ("Date: 11/02/2024", None),
    ("Date: 11/02/2024. The mayor flew in on 9 February.", "dmy"),
    ("Date: 11/02/2024. The mayor flew in on February 9.", "mdy"),
    ("Date: 11/02/2024 | Updated: 28/02/2024", "dmy"),
    ("Date: 11/02/2024 | Updated: 02/28/2024", "mdy"),
    ("Date: 11/02/2024 | Event: 09.02.2024", "dmy"),
    ("The plan runs until March 2026.", None),
    ("On 9 February and on February 10.", None),
])
def test_the_page_shows_its_order_of_day_and_month(text, order):
    assert page_order(text) == order


@pytest.mark.parametrize("lead,expected,flags", [
    ("The two mayors met on Tuesday.", None, {"ambiguous-date", "no-publication-date"}),
    ("The two mayors met on 10 February in the port.", D(2024, 2, 11), set()),
    ("The two mayors met on February 10 in the port.", D(2024, 11, 2), set()),
])
def test_an_ambiguous_publication_date_is_read_only_on_the_page_s_evidence(lead, expected, flags):
    st = one(f"""
        Port cities agree to share shipping data
        Date: 11/02/2024
        {lead} {BODY}""")
    assert st.published == expected and flags <= set(st.flags)


@pytest.mark.parametrize("line,expected,alt", [
    ("Sat 11/02/2024", D(2024, 11, 2), None),
    ("Posted: Sunday, 11/02/2024 10:00", D(2024, 2, 11), None),
    ("11/02/2024（日）", D(2024, 2, 11), None),
    ("입력 11/02/2024 (토)", D(2024, 11, 2), None),
    ("星期日 11/02/2024", D(2024, 2, 11), None),
    ("Mon 11/02/2024", D(2024, 11, 2), D(2024, 2, 11)),
])
def test_the_weekday_beside_an_ambiguous_date_settles_it(line, expected, alt):
    st = read_stamps(line)[0]
    assert (st.date, st.alt) == (expected, alt)


@pytest.mark.parametrize("line,expected", [
    ("２０２４年２月９日", D(2024, 2, 9)),
    ("掲載日：２０２４／２／９", D(2024, 2, 9)),
    ("令和６年２月９日", D(2024, 2, 9)),
    ("令和6年（2024年）2月9日", D(2024, 2, 9)),
    ("2024年（令和6年）2月9日", D(2024, 2, 9)),
    ("R6.2.9", D(2024, 2, 9)),
    ("H30/3/1", D(2018, 3, 1)),
    ("113年2月9日", D(2024, 2, 9)),
])
def test_japanese_and_taiwanese_office_date_forms(line, expected):
    st = read_stamps(line)[0]
    assert st.date == expected and st.text in line


@pytest.mark.parametrize("site", ["港市役所ホームページ", "항구시청 홈페이지", "港市政府官方網站", "Port City Official Website"])
def test_a_site_name_line_is_the_outlet_not_the_title(site):
    st = one(f"""
        {site}
        Port cities agree to share shipping data
        {BODY}""")
    assert st.title == "Port cities agree to share shipping data" and st.source == site


@pytest.mark.parametrize("line", ["Thu, 13 Jun 2024 08:00:00 +0900", "2024년06월13일 10시", "Friday 13 June 2024 10.00 BST",
                                  "令和6年6月13日 金曜日", "작성일 : 2024-06-13 오후 3:00", "2024年6月13日 下午3点20分"])
def test_date_lines_with_the_time_and_weekday_forms_of_the_four_languages(line):
    assert date_line(line).date == D(2024, 6, 13)


@pytest.mark.parametrize("foot", ["2024.03.05 19.40", "2024년 3월 5일 19시 40분"])
def test_foot_stamps_with_other_clock_forms(foot):
    st = one(f"""
        Port cities agree to share shipping data
        {BODY}
        {BODY}
        {BODY}
        {foot}""")
    assert st.published == D(2024, 3, 5)


def test_a_cjk_stamp_line_with_its_update_and_a_paywall_tag_is_the_date():
    st = one(f"""
        北日本経済新聞 電子版
        トップ　速報　経済　地域

        札幌市、台中市とロボット分野で協定
        2025年3月12日 10:30 （2025年3月12日 12:05更新）　[有料会員限定]

        札幌市は11日、台湾中部の台中市とロボット分野の協力協定を結んだ。市内の中小企業が台中の工作機械メーカーと共同で介護ロボットを開発し、両市の展示会で成果を発表する。
        """)
    assert (st.published, st.title) == (D(2025, 3, 12), "札幌市、台中市とロボット分野で協定")


@pytest.mark.parametrize("line", ["北日本経済新聞 電子版", "THE NORTHERN OBSERVER  |  English Edition",
                                  "Harbour Times Online", "南海新報"])
def test_an_outlet_name_with_an_edition_word_is_the_source(line):
    assert is_source_line(line)


def test_an_undated_story_takes_the_posted_line_below_its_related_links():
    st = one(f"""
        NEWSROOM | Research | Campus

        Engineering school signs robotics pact with Daegu institute

        {BODY}

        Related links
        - Department of Mechanical Engineering
        - Robotics Research Centre

        Posted on 12 March 2025

        Contact Information
        Media Relations Office
        """)
    assert st.published == D(2025, 3, 12) and "date-from-foot" in st.flags


def test_dated_related_items_do_not_date_an_undated_story():
    st = one(f"""
        Engineering school signs robotics pact with Daegu institute

        {BODY}

        Related links
        Busan and Osaka renew their port partnership
        Posted on 2 March 2025
        Taipei hosts a smart city summit for Asian mayors
        Posted on 28 February 2025
        """)
    assert st.published is None
