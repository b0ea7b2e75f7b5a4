"""The date grammar: where a date expression is, apart from what date it means.

* ``_EN`` and ``_CJK`` are the patterns of every date form (absolute, relative, ranges);
* :func:`_anchors` gives the offsets where an English date phrase can end (a digit run, a month
  or weekday name, a calendar word), so the full pattern is tried only just before them;
* sentence bounds and the clause's tense (:func:`_future`) are read here too, since both the
  resolver and the events use them.
"""
from __future__ import annotations

import bisect
import functools
import re

from ..terms import TermMatcher, word_tree
from .vocab import MONTHS, WEEKDAYS, _typo_months

_MONTH_WORDS = word_tree(sorted(MONTHS, key=len, reverse=True))  # the month words, longest first, as a prefix tree
_WD_NAMES = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
# second branch: a capitalised word that may be a misspelt month ("Feburary"), checked later
_MONTH_RE = rf"(?:(?:{_MONTH_WORDS})\b|(?!{_WD_NAMES})(?-i:[A-Z][a-z]{{4,9}})\b)"
_WD_WORDS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_RANGE = r"(?:から|부터|至|到|~|〜|∼|～|－|-)"  # between the days of a CJK range ("17∼20일", "9日から12日")
_NUM = r"[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}"
_ORD = r"(?:st|nd|rd|th)"
_Y = r"(?:19|20)\d{2}"
_NOT_NUM_BEFORE = r"(?<![\d,.$€£¥#])"
_NOT_QTY_AFTER = r"(?!\d|,\d|\s*(?:%|percent|per\s*cent|inch|in\b|mm|cm|km|m2|m²|won|yen|units?|people|companies|firms|times|members|won\b))"

_EN = re.compile(
    rf"""
    (?P<range_md>(?P<rm_mon>{_MONTH_RE})\.?\s+(?P<rm_d1>\d{{1,2}}){_ORD}?\s*(?:-|–|to|through|until)\s*(?P<rm_d2>\d{{1,2}}){_ORD}?\b(?:,?\s+(?P<rm_y>{_Y})\b)?)
  | (?P<range_dm>(?:(?:from|between)\s+)?(?:the\s+)?(?P<rd_d1>\d{{1,2}}){_ORD}?\s*(?:-|–|to|and|until|through)\s*(?:the\s+)?(?P<rd_d2>\d{{1,2}}){_ORD}?\s+(?:of\s+)?(?P<rd_mon>{_MONTH_RE})\b(?:,?\s+(?P<rd_y>{_Y})\b)?)
  | (?P<mdy>(?P<mdy_mon>{_MONTH_RE})\.?\s+(?P<mdy_d>\d{{1,2}}){_ORD}?\b(?!\s*(?:%|percent|,\d))(?:,?\s+(?P<mdy_y>{_Y})\b)?)
  | (?P<dmy>\b(?P<dmy_d>\d{{1,2}}){_ORD}?\s+(?:of\s+)?(?P<dmy_mon>{_MONTH_RE})\b(?:,?\s+(?P<dmy_y>{_Y})\b)?)
  | (?P<my>(?P<my_pre>\b(?:in|on|by|for|since|until|from|through|during|this|next|last|early|late|mid-?|end\s+of|that|of)\s+(?:(?:early|late|mid-?)\s*)?)?(?P<my_mon>{_MONTH_RE})(?!\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!,\d))(?:\s+(?:of\s+)?(?P<my_y>{_Y}))?(?P<my_rel>\s+(?:next|last|this)\s+year)?)
  | (?P<iso>\b(?P<iso_y>{_Y})[-./](?P<iso_m>\d{{1,2}})[-./](?P<iso_d>\d{{1,2}})\b)
  | (?P<wd>\b(?P<wd_pre>(?:on|last|next|this|coming|past)\s+)?(?P<wd_name>{_WD_WORDS})\b(?P<wd_local>\s*\(local\s+time\))?)
  | (?P<ordday>\b(?:on|from|since|until|by|of)\s+the\s+(?P<od_d>\d{{1,2}}){_ORD}\b(?!\s+of\s+{_MONTH_RE}))
  | (?P<rel>\b(?:yesterday|today|tomorrow|(?:last|this|next|past)\s+(?:week|month|year|quarter)|later\s+this\s+(?:year|month)|earlier\s+this\s+(?:year|month)|(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of\s+(?:the\s+)?(?:next\s+year|this\s+year|the\s+year|{_Y}))?|(?:the\s+)?(?:first|second)\s+half\s+of\s+(?:next\s+year|this\s+year|last\s+year|the\s+year|{_Y})|(?:the\s+)?(?:same|that)\s+(?:day|morning|afternoon|evening|night)|on\s+the\s+day|(?:the\s+)?(?:next|following)\s+day|a\s+day\s+later|(?:over\s+|in\s+)?the\s+(?:past|last)\s+(?:few|several)\s+days|in\s+recent\s+days|recently|earlier\s+this\s+week)\b)
  | (?P<year>\b(?P<yr_pre>(?:in|since|by|until|from|of|through|early|late|mid-?|end\s+of|year)\s+)?{_NOT_NUM_BEFORE}(?P<yr_y>{_Y}){_NOT_QTY_AFTER}\b)
    """,
    re.I | re.X,
)

_CJK = re.compile(
    rf"""
    (?=[\d一二三四五六七八九十来明내去昨작지今올금下다先上어오令平昭이翌次隔第本日近최前當当])  # every form starts with one of these: skip other characters fast
    (?:(?P<era>(?P<era_n>令和|平成|昭和)\s*(?P<era_y>元|\d{{1,2}})\s*年(?:\s*(?P<era_m>{_NUM})\s*月(?:\s*(?P<era_d>{_NUM})\s*日)?)?)
  | (?P<ymd>(?P<ymd_y>{_Y})\s*[年년]\s*(?P<ymd_m>{_NUM})\s*[月월]\s*(?P<ymd_d>{_NUM})\s*[日일])
  | (?P<ym>(?P<ym_y>{_Y})\s*[年년]\s*(?P<ym_m>{_NUM})\s*[月월](?!\s*(?:{_NUM})\s*[日일]))
  | (?P<rmd>(?P<rmd_rel>来年|明年|내년|去年|昨年|작년|지난해|今年|올해|금년)\s*の?\s*(?P<rmd_m>{_NUM})\s*[月월](?:\s*(?P<rmd_d>{_NUM})\s*[日일])?)
  | (?P<rmo>(?P<rmo_rel>다음\s*달|내달|지난\s*달|이번\s*달|来月|先月|今月|下個月|下个月|下月|上個月|上个月|上月|本月|當月|当月)\s*の?\s*(?P<rmo_d>{_NUM})\s*(?:[日일]\s*)?(?:{_RANGE}\s*(?P<rmo_d2>{_NUM})\s*)?[日일](?!間|간|동안))
  | (?P<md>(?P<md_pre>오는\s*|지난\s*)?(?P<md_m>{_NUM})\s*[月월]\s*(?P<md_d>{_NUM})\s*(?:(?:[日일]\s*)?{_RANGE}\s*(?:(?P<md_m2>{_NUM})\s*[月월]\s*)?(?P<md_d2>{_NUM})\s*[日일](?!間|간|동안)|[日일]))
  | (?P<mo>(?P<mo_pre>오는\s*|지난\s*|今年\s*|올해\s*)?(?P<mo_m>{_NUM})\s*[月월](?![\d日일]|\s*\d))
  | (?P<pd>(?P<pd_w>[昨今明前本])\s*[（(]\s*(?P<pd_d>\d{{1,2}})\s*[)）]\s*日)
  | (?P<dd>(?P<dd_d>{_NUM})\s*(?:(?:[日일]\s*)?{_RANGE}\s*(?P<dd_d2>{_NUM})\s*[日일](?!間|간|동안)|[日일](?![本曜本目]|간|間|째|동안)))
  | (?P<yo>(?P<yo_y>{_Y})\s*[年년](?!\s*代|대))
  | (?P<crel>来年|明年|내년|去年|昨年|작년|지난해|今年|올해|금년|来月|下個月|下个月|다음\s*달|내달|先月|上個月|上个月|지난달|昨日|어제|昨天|今日|오늘|今天|明日|내일|明天|先週|지난주|上週|上周|来週|다음\s*주|下週|下周|다음\s*날|이튿날|翌日|次日|隔天|第二天|本日|日前|近日|先日|최근))
    """,
    re.X,
)

_FUTURE_EN = re.compile(r"(?=[wsiaepungWSIAEPUNG])\b(will|shall|is to|are to|scheduled|expected|plans?|planned|is due|are due|upcoming|intends?|set to|would|going to|next)\b", re.I)
# Korean plain present ("방문한다", "맺는다") at the end of a sentence tells a scheduled act
_FUTURE_CJK = re.compile(r"(?=[예계할오다내將将預预計计擬拟予見방이한는된])(예정|계획|할 방침|오는|다음\s*달|내년|내달|將|将|預計|预计|計畫|计划|擬|拟|予定|計画|見込み|방침|이다\b|(?:한|는|된)다(?=[.\s]|$))")
# a full stop and the spaces after it, or line breaks; one leading character class lets the
# engine skip to candidates fast (an alternation or a leading lookbehind is tried everywhere)
_SENT_END = re.compile(r"[.!?。！？\n](?:(?<=\n)\n*|\s+)")


_ABBREVIATIONS = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mr Mrs Ms Dr Prof St No Gov Sen Rep "
                           "Gen Lt Col Jr Sr Co Corp Inc Ltd U.S".split())


def _abbreviation(text: str, stop: int) -> bool:
    """The word before the full stop at ``stop`` is an abbreviation or a single capital ("U.")."""
    word = text[max(0, stop - 5):stop].replace("(", " ").split()[-1:]
    word = word[0] if word else ""
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


@functools.lru_cache(maxsize=4)
def _sentence_starts(text: str) -> tuple[list[int], list[int]]:
    """Start and end offsets of the sentences of ``text`` (computed once per text)."""
    starts, ends = [0], []
    for m in _SENT_END.finditer(text):
        s, e = m.span()
        if text[s] == "." and s and text[s - 1].isalpha() and _abbreviation(text, s):
            continue  # "Sept. 19", "Dr. Kim": an abbreviation, not the end of a sentence
        ends.append(s if text[s] == "\n" else s + 1)  # the stop stays in its sentence
        starts.append(e)
    ends.append(len(text))
    return starts, ends


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    starts, ends = _sentence_starts(text)
    i = bisect.bisect_right(starts, pos) - 1
    return starts[i], ends[i]


def sentence_at(text: str, pos: int) -> str:
    """Return the sentence of ``text`` that contains offset ``pos``."""
    s, e = _sentence_bounds(text, pos)
    return text[s:e].strip()


_REPORTED = re.compile(r"\b(?:said|says|announced|told\s+\w+|reported|confirmed)\s+$")
# a date right after a past verb ("an agreement signed on Tuesday", "arrived in Paris on Monday") is
# that act's, in the past, even inside a clause about plans ("will join … under a pact signed Tuesday")
_PAST_BEFORE = re.compile(r"(?:^|[^\w-])(?P<prev>[A-Za-z]+)\s+(?P<verb>[a-z]{3,}ed|met|held|made|took|began|won|led|"
                          r"gave|sent|spoke|was|were)\s+(?:(?:in|at|to)\s+(?:[A-Z][\w.'-]*\s+){1,3})?"
                          r"(?:on\s+|last\s+|earlier\s+)?$")
_NOT_PAST = frozenset({"scheduled", "expected", "planned", "slated", "intended", "proposed", "needed", "aimed"})
_PASSIVE_AHEAD = frozenset({"be", "to", "will", "would", "shall", "being"})


def _past_verb_before(text: str, pos: int) -> bool:
    """A past verb ends the words just before ``pos`` (not "to be signed", not "scheduled")."""
    m = _PAST_BEFORE.search(text, max(0, pos - 40), pos)
    return bool(m) and m["verb"] not in _NOT_PAST and m["prev"].lower() not in _PASSIVE_AHEAD
# an appositive or relative clause after a comma ("…, a plant that will …") speaks of something else
# ("[;；]|,\s+(?:but|…)\b" with one leading character class, for a fast scan: a comma needs what follows)
_CLAUSE_SEP = re.compile(r"[;；,](?:(?<=,)\s+(?:but|while|whereas|which|where|a|an)\b|(?<!,))")


def _future(text: str, pos: int, cjk: bool) -> bool:
    """The clause holding ``pos`` speaks of the future ("will", "plans", "예정", "將")."""
    s0, s1 = _sentence_bounds(text, pos)
    for m in _CLAUSE_SEP.finditer(text, s0, s1):
        if m.end() <= pos:
            s0 = m.end()
        elif m.start() >= pos:
            s1 = m.start()
            break
    return bool((_FUTURE_CJK if cjk else _FUTURE_EN).search(text, s0, s1))



_MAX_PREFIX = 30  # the longest lead-in before a date's core word: "the first half of", "in early"
_WORD_START = re.compile(r"\w(?<!\w\w)")  # a word's first character (the class first: a fast scan)
_DIGITS = re.compile(r"[0-9](?<![0-9][0-9])")  # the first digit of a run (lookbehind after it: fast scan)


@functools.lru_cache(maxsize=1)
def _anchor_words() -> TermMatcher:
    words = set(MONTHS) | set(_typo_months()) | set(WEEKDAYS) | {
        "yesterday", "today", "tomorrow", "week", "month", "year", "quarter", "half", "day", "days", "recently",
        "morning", "afternoon", "evening", "night"}
    return TermMatcher((w, None, False, False) for w in words if w.isascii() and w.isalpha())


def _anchors(text: str) -> list[int]:
    """Offsets of the words every English date phrase contains: a digit run, a month or weekday
    name (or a one-letter misspelling of a month), or a calendar word ("week", "quarter").

    The full date pattern is tried only just before these, which keeps the scan linear and
    fast; scanning the whole text with it tries a dozen alternatives at every character.
    """
    found = [s for s, _, _ in _anchor_words().find(text)]
    found += [m.start() for m in _DIGITS.finditer(text)]
    return sorted(found)
