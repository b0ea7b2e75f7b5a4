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
    "We expect growth.", "The plan may change soon.", "Prices rose $3 last quarter" [:26], "It grew 5 percent.",
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
