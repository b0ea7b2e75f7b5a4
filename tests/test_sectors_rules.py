"""Sector rules added for real pages: morphology, one mention per phrase, sums of money, repeats,
second fields, and CJK terms read in their own language.  All sentences are written for the tests."""
import pandas as pd
import yaml

from coopnews import classify_sectors
from coopnews.sectors import _matcher, english_forms, load_taxonomy, tally
from coopnews.terms import COMPOUND, TermMatcher


def frame(text, lang="en", title=""):
    return pd.DataFrame({"article_id": ["t#0"], "title": [title], "text": [text],
                         "language": pd.Categorical([lang], categories=["en", "ko", "zh", "ja"])})


def sectors_of(text, lang="en", title="", taxonomy=None):
    return set(classify_sectors(frame(text, lang, title), taxonomy)["sector"])


def score_of(text, sector, lang="en", title=""):
    df = classify_sectors(frame(text, lang, title))
    return float(df.loc[df["sector"] == sector, "score"].iloc[0]) if sector in set(df["sector"]) else 0.0


FILLER = " The weather was mild and the streets were quiet that afternoon."


def test_compound_terms_match_inside_hyphenated_words_only_when_asked():
    whole = TermMatcher([("AI", "w", True, False)])
    part = TermMatcher([("AI", "c", True, COMPOUND)])
    text = "An AI-powered camera and a non-AI one."
    assert whole.find(text) == []
    assert [text[s:e] for s, e, _ in part.find(text)] == ["AI", "AI"]
    assert part.find("SAID AIR") == []  # still whole words


def test_english_forms_plural_and_hyphen():
    assert set(english_forms("smart city")) == {"smart cities", "smart-city", "smart-cities"}
    assert english_forms("sensor") == ["sensors"] and english_forms("switch") == ["switches"]
    assert english_forms("logistics") == []


def test_hyphenated_and_plural_forms_count():
    text = ("The port will test 5G-connected cranes and AI-powered cameras.\n\nIts AI-driven scheduler and "
            "5G-enabled sensors go live next year.")
    assert {"iot_ict", "ai"} <= sectors_of(text)
    assert "smart_city" in sectors_of("Two smart-city pilots opened; both smart-city teams met.")


def test_cjk_term_counts_only_in_the_language_it_is_listed_for(tmp_path):
    tax = {"startups": {"label": "S", "definition": "d", "zh": ["育成", "新創"]},
           "research_education": {"label": "R", "definition": "d", "ja": ["育成", "研究"]}}
    path = tmp_path / "t.yaml"
    path.write_text(yaml.safe_dump(tax, allow_unicode=True), encoding="utf-8")
    ja = "両市は人材育成で協力し、研究者の育成も進める。"
    assert sectors_of(ja, lang="ja", taxonomy=path) == {"research_education"}
    zh = "兩市將合作推動新創育成，並設立育成中心。"
    assert sectors_of(zh, lang="zh", taxonomy=path) == {"startups"}


def test_two_terms_side_by_side_are_one_mention():
    pad = " 두 도시 대표단은 시청에서 만나 여러 의제를 논의했고 다음 회의 일정도 정했다." * 6
    one = "양측은 신재생 에너지 분야를 언급했다." + pad
    two = "양측은 신재생 발전과 청정 에너지 분야를 언급했다." + pad
    assert "clean_energy" not in sectors_of(one, lang="ko")
    assert "clean_energy" in sectors_of(two, lang="ko")


def test_sum_of_money_is_an_investment_word():
    base = "The battery maker will build a cathode plant in the region."
    assert "trade_investment" not in sectors_of(base + FILLER)
    assert "trade_investment" in sectors_of(base + " It will cost US$1.2 billion (NT$38 billion) in total." + FILLER)
    assert "trade_investment" in sectors_of("회사는 공장 건설에 5000억 원을 투자한다." + FILLER, lang="ko")
    assert "trade_investment" not in sectors_of("Tickets cost $50 and the hall seats 2,000 people." + FILLER)


def test_repeats_of_one_word_weigh_less_than_different_words():
    repeated = "The robot show had a robot, a robot and another robot."
    varied = "The robot show had a drone, a cobot and a humanoid."
    assert score_of(repeated, "robotics") < score_of(varied, "robotics")


def test_headline_repeated_as_first_sentence_is_read_once():
    head = "Two cities sign robot pact"
    matcher = _matcher(None)
    repeated = tally(matcher, head, head + ". The mayors met." + FILLER, "en")
    apart = tally(matcher, head, "The mayors met." + FILLER, "en")
    assert repeated["robotics"]["score"] == apart["robotics"]["score"] == 2.0


def test_second_field_named_in_the_headline():
    body = ("위성 개발 기업이 위성 두 기를 만들고 위성 관제와 위성 데이터 분석을 맡는다. 위성 발사는 내년이다. "
            "회사는 스타트업 지원 프로그램 출신이다. ") + "관계자들이 회의실에서 일정을 논의했다. " * 10
    assert "startups" not in sectors_of(body, lang="ko", title="위성 개발 협력")
    assert "startups" in sectors_of(body, lang="ko", title="위성 스타트업, 해외 기관과 협력")


def test_cjk_second_field_named_by_two_different_terms():
    text = ("전남도 대표단은 수소 생산과 수소 저장 기술을 소개했다.\n\n수소 운송과 수소 충전, 수소 협력은 "
            "계속된다. 도는 현지 투자와 수출 확대도 논의했다.") + " 일정은 사흘간 이어졌다." * 12
    assert {"clean_energy", "trade_investment"} <= sectors_of(text, lang="ko")
    once = text.replace("투자와 수출", "투자와 투자")
    assert "trade_investment" not in sectors_of(once, lang="ko")


def test_frames_and_generic_words_are_weak():
    sister = "The two sister cities marked 30 years as sister cities with a friendship dinner." + FILLER
    assert "tourism_culture" not in sectors_of(sister)
    chip = "The chipmaker opened a semiconductor factory; the factory makes memory chips." + FILLER
    assert "smart_manufacturing" not in sectors_of(chip)


def test_chinese_terms_listed_in_both_scripts():
    import opencc
    t2s, s2t = opencc.OpenCC("t2s"), opencc.OpenCC("s2t")
    for sid, spec in load_taxonomy().items():
        terms = {str(t).lstrip("~") for t in spec.get("zh") or []}
        for t in terms:
            assert {t2s.convert(t), s2t.convert(t)} <= terms, (sid, t)


def test_a_word_and_its_derivative_are_one_word_for_a_second_field():
    chips = ("The chipmaker will build a semiconductor fab for memory chips.\n\nThe wafer plant makes DRAM chips, "
             "and its foundry serves chip designers.")
    same = chips + " Its research team hires researchers."
    other = chips + " Its research team opens a laboratory."
    assert "research_education" not in sectors_of(same + FILLER)
    assert "research_education" in sectors_of(other + FILLER)


def test_vocabulary_engineers_are_trained_and_an_ecosystem_is_not_nature():
    text = "The province will train 300 software engineers in Busan; the engineers start in May." + FILLER
    assert "research_education" in sectors_of(text)
    eco = "The city builds a startup ecosystem; the chip ecosystem grows, and a battery ecosystem too." + FILLER
    assert "environment" not in sectors_of(eco)
    assert "environment" not in sectors_of("창원은 수소 산업 생태계를 키우고 반도체 생태계도 넓힌다." + "일정은 이어졌다. " * 20, lang="ko")


def test_korean_compound_written_without_its_space():
    text = "두 도시는 디지털정부 협력과 도시데이터 공유를 약속했다."  # listed as 디지털 정부, 도시 데이터
    assert "smart_city" in sectors_of(text, lang="ko")


def test_a_title_made_of_the_first_sentence_is_read_once():
    first = "Two port cities will start a robot exchange between their technical schools next year."
    made = tally(_matcher(None), first[:40] + " …", first + FILLER, "en")
    assert made["robotics"]["score"] == 2.0


def test_a_weak_word_counts_once_however_often_a_party_is_named():
    def research(n):
        text = "연구진은 인공지능 모델을 공개했다.\n\n" + "대학 관계자들이 회의에 참석했다. " * n + "교육도 이어진다."
        return tally(_matcher(None), "", text, "ko")["research_education"]["score"]
    assert research(1) == research(9) == 3.5  # 연구진 in the lead 2, 대학 0.5, 교육 1


def test_plural_and_singular_are_one_word_for_repeats():
    m = _matcher(None)
    one = tally(m, "", "The fair showed a robot. " + FILLER * 8 + " Another robot danced.", "en")
    two = tally(m, "", "The fair showed a robot. " + FILLER * 8 + " Other robots danced.", "en")
    assert one["robotics"]["score"] == two["robotics"]["score"] == 2.0 + 0.75


def test_no_term_is_listed_for_two_sectors():
    # the first sector would silently keep it; a compound of two fields is listed once and its
    # inner term counts for the other field (工業互聯網: smart manufacturing, 互聯網: ICT)
    owner = {}
    for sid, spec in load_taxonomy().items():
        for lang in ("en", "ko", "zh", "ja"):
            for t in spec.get(lang) or []:
                key = (lang, str(t).lstrip("~").lower())
                assert owner.setdefault(key, sid) == sid, (key, owner[key], sid)
