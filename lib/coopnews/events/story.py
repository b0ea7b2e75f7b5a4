"""Events of one story: every reported visit, meeting, agreement, exhibition, investment and establishment.

The story's dates (:func:`coopnews.dates.find_dates`) and event words (``data/events.yaml``) are
paired in two passes:

1. every date takes the nearest event word of its sentence (preferring its own clause and the
   main verb over a purpose clause "to meet …"), and a second kind acted on the same date in
   the same clause ("visited the pavilion and met …");
2. every kind of event word of a sentence that no date took is still an event, dated, in this
   order, by the nearest date of its sentence, the date of the sentence before, or the date of
   the story's lead.  A reported past event with no date anywhere stays undated; an undated plan
   is not an event, and words that are as often the topic as an event ("fund", "open", "talks")
   make an event only with a date of their own sentence.

``planned`` compares the event's date with the publication date (a past date is never planned, a
later one always is) and reads the clause's tense only when the date does not decide.  Parties
and place come from the clause of the event word (the sentence when the clause names none).
"""
from __future__ import annotations

import bisect
import re

import pandas as pd

from ..dates import DateMention, _sentence_bounds, find_dates
from ..dates.grammar import _future, _sentence_starts
from .clauses import (_clause, _clause_break, _event_place, _object_of, _opened_show, _past_verb, _purpose,
                      _same_clause_verb, planned)
from .triggers import ANNIVERSARY, _spec, dated_only, triggers

DATELINE = re.compile(r"^[A-Z][A-Za-z .'-]+,(?:\s+[A-Z][a-z]+\.?,)?\s+[A-Z][a-z]{2,9}\.?\s+\d{1,2}(?:,\s+\d{4})?\s+\([^)]+\)")
SECOND_KIND_CHARS = 25
SECOND_KIND_CHARS_CLAUSE = 120
# "新华社北京12月3日电": the date of a Chinese dateline is the report's
_DATELINE_CJK = re.compile(r"\s*(?:电|電)(?:\s|（|\(|　)")
_REPORTING_CJK = re.compile(r"\s*(?:밝혔|전했|말했|발표했|알렸|表示|指出|宣布|發布|发布|發表|发表|説明|発表した|明らかにした)")
# a year or day right after these dates the building or founding, not the event of the sentence
_BUILT = re.compile(r"\b(?:built|constructed|completed|erected|renovated)\s+(?:in|on)\s+$", re.I)
_UNTIL = re.compile(r"\b(?:through|until|till|runs\s+to)\s+(?:[A-Z][a-z]+day\s*\(\s*)?$", re.I)  # the end of a span, not an event
# the day of the journey home is no event of the trip ("before flying back to Taipei on Saturday",
# "before returning to Korea on Friday", "23일 귀국")
_RETURN_EN = re.compile(r"\b(?:(?:fly|flies|flying|flew|return|returns|returning|returned|head|heading|headed)\s+"
                        r"(?:back|home)|(?:returning|returned)\s+to\s+(?-i:[A-Z])\w+)\b[^.;,]{0,40}$", re.I)
_RETURN_CJK = re.compile(r"\s*(?:에|に)?\s*(?:귀국|귀환|回國|回国|帰国|返台|回台)")
_MONEY = re.compile(r"(?:US\$|NT\$|\$|€|£|¥|KRW|USD|EUR|JPY|RMB|won\b|yen\b)\s*[\d.,]+\s*(?:billion|million|trillion|bn|m)?"
                    r"|[\d.,]+\s*(?:billion|million|trillion)\s+(?:dollars|won|yen|euros|yuan)"
                    r"|\d[\d.,]*\s*(?:억|조|億|兆|万元|萬元|亿元|億元|万円|億円)", re.I)
# "이번 방문", "今回の協定", "此次会议", "this visit": the story's event named again
_GROUP = re.compile(r"(?:団|단|团|團|一行)$")  # a delegation: the subject whose days are the visit's
_DATE_JOIN = re.compile(r"\s*(?:과|와|및|、|・|·|,|和|及|と|and|～|~|-)\s*")  # "4일과 5일", "3日と4日": one list of days
_THIS_ONE = re.compile(r"(?:이번|今回の?|此次|这次|這次|本次|\bthis|\bthe\s+latest)\s*$", re.I)
_PAST_ACT = re.compile(r"\b(?:began|arrived|landed|started|kicked\s+off|embarked|wrapped\s+up|concluded|was|were)\b")
# "sister cities since 1995": the year the ties were signed, not a target or a span
_TIES_SINCE = re.compile(r"(?:sister|twin|friendship)[- ]cit(?:y|ies)(?:\s+(?:ties|relationship|relations))?\s+since\s+$", re.I)
_TARGET = re.compile(r"\b(by|until|through|since|targeted\s+for|aimed\s+at)\s+(?:early|late|mid-?|the\s+end\s+of)?\s*$")
_EVENT_PRECISIONS = ("day", "month", "month-day")


def story_events(aid: str, text: str, lang: str, published, mentions, title: str | None = None) -> list[dict]:
    """Events of one story (see the module docstring for the rules).

    Parameters
    ----------
    aid, text, lang, published
        The story's id, text, language and publication date (``None``/NaT when unknown).
    mentions : iterable of (start, type, key, is_city)
        The story's actor mentions.  ``parties`` and ``place`` of the events are their keys.
    title : str, optional
        The headline; without a publication date a year it states anchors bare days and months.
    """
    cjk = lang in ("ko", "zh", "ja")
    pub = published.date() if published is not None and not pd.isna(published) else None
    trig = triggers(text, cjk)
    if not trig:
        return []
    dates = _event_dates(text, find_dates(text, pub, lang, title=title), cjk)
    story = _Story(aid, text, cjk, pub, sorted(mentions), trig, dates)
    for dm in dates:
        story.dated(dm)
    for s0, s1 in _sentences_with(text, trig):
        story.undated(s0, s1)
    return [ev for ev in story.events if ev is not None]


def _event_dates(text: str, dates: list[DateMention], cjk: bool) -> list[DateMention]:
    """The dates that can date an event: not a dateline, a target year ("by 2030", "since 2019"; but
    "sister cities since 1995" dates the ties), a reporting
    day ("…했다고 7일 밝혔다") or the year a building dates from ("built in 1980")."""
    dl = DATELINE.match(text)
    out = []
    for dm in dates:
        if dl and dm.offset < dl.end():
            continue
        if dm.precision == "unknown" and not dm.reason:
            continue
        before = text[max(0, dm.offset - 16):dm.offset]
        if dm.precision == "year" and _TARGET.search(before.lower()) \
                and not _TIES_SINCE.search(text, max(0, dm.offset - 60), dm.offset):
            continue
        if _BUILT.search(before) or _UNTIL.search(before) or _RETURN_EN.search(text, max(0, dm.offset - 60), dm.offset) \
                or _RETURN_CJK.match(text, dm.end_offset):
            continue
        if cjk and (_REPORTING_CJK.match(text, dm.end_offset) or _DATELINE_CJK.match(text, dm.end_offset) or ANNIVERSARY.match(text, dm.end_offset)):
            continue  # "来年、提携から40年を迎える": the anniversary's year, not an event's
        out.append(dm)
    return out


_FULL_STOP = re.compile(r"[。！？]")


def _full_stop_bounds(text: str, pos: int, s0: int, s1: int) -> tuple[int, int]:
    """Bounds of the CJK sentence around ``pos`` within ``[s0, s1)``: a full stop followed by no
    space ends a sentence too, which the shared sentence bounds (a paragraph then) do not see."""
    lo, hi = s0, s1
    for m in _FULL_STOP.finditer(text, s0, s1):
        if m.end() <= pos:
            lo = m.end()
        elif m.start() >= pos:
            hi = m.end()
            break
    return lo, hi


def _sentences_with(text: str, trig) -> list[tuple[int, int]]:
    """Bounds of the sentences holding an event word, in text order."""
    out = []
    for t in trig:
        b = _sentence_bounds(text, t[0])
        if not out or out[-1] != b:
            out.append(b)
    return out



class _Story:
    """The events of one story as they are found (both passes share what is already taken)."""

    def __init__(self, aid, text, cjk, pub, mentions, trig, dates):
        self.aid, self.text, self.cjk, self.pub, self.ms, self.trig, self.dates = \
            aid, text, cjk, pub, mentions, trig, dates
        self.spec = _spec()
        self.prio = {k: i for i, k in enumerate(self.spec["priority"])}
        self.events: list[dict] = []
        self.seen: set = set()
        self.kinds: set = set()
        self.by_sentence: dict[tuple, list[int]] = {}  # (sentence start, kind) -> indices of its events
        self.taken: set = set()  # (sentence start, kind) given an event by a date of the sentence
        self.lead = _lead_date(text, dates)
        self.starts = [t[0] for t in trig]
        self.purpose: dict = {}  # event word -> whether it opens a purpose clause (asked once per word)

    def _candidates(self, s0, s1):
        cands = self.trig[bisect.bisect_left(self.starts, s0):bisect.bisect_left(self.starts, s1)]
        main = [t for t in cands if not self._purpose(t)]
        return main or cands  # "will visit X in May to meet Y": the purpose clause is not the event

    def _purpose(self, t) -> bool:
        """:func:`~coopnews.events.clauses._purpose` of the event word ``t``, asked once."""
        if t not in self.purpose:
            self.purpose[t] = _purpose(self.text, t)
        return self.purpose[t]

    def dated(self, dm: DateMention) -> None:
        """Pass 1: the date's event word(s) in its sentence."""
        text = self.text
        s0, s1 = _sentence_bounds(text, dm.offset)
        cands = self._candidates(s0, s1)
        if not cands:
            return
        whole = cands
        same = [t for t in cands if not _clause_break(text, dm.offset, t[0])]
        cands = same or cands  # "Under the agreement, … will exchange … from January": not the agreement's date
        if self.cjk:  # the time phrase comes before its verb ("…면담한 뒤 오는 18일 출국"): 18일 is not the meeting's;
            # a CJK comma (、，) only separates phrases of the same clause ("11日には市役所で、覚書を交わした")
            cands = [t for t in whole if t[0] >= dm.end_offset] or cands
            f0, f1 = _full_stop_bounds(text, dm.offset, s0, s1)
            # "지난해 …됐고, 지난달에는 … 협약을 맺었다": a date nearer to the word is its date
            cands = [t for t in cands if f0 <= t[0] < f1 and not self._date_between(dm, t)]
            if not cands:
                return  # "…協定を結んだ。来月着工する。": a date of a sentence without event word dates none
        else:  # an English date follows its verb ("announced the investment in August and signed … that October")
            cands = [t for t in cands if t[1] <= dm.offset] or cands

        cands = [t for t in cands if not (t[2] in self.kinds and _THIS_ONE.search(text, max(0, t[0] - 5), t[0]))]
        if not cands:
            return  # "今回の協定で": the event told above, not one of this date

        def dist(t):
            return min(abs(t[0] - dm.offset), abs(t[0] - dm.end_offset))

        ranked = sorted(cands, key=lambda t: (dist(t), self.prio[t[2]]))
        chosen = [ranked[0]]
        second = next((t for t in ranked[1:] if t[2] != ranked[0][2] and self._second_kind(t, ranked[0], dm, dist)), None)
        if second is not None:
            chosen.append(second)
        chosen = [_opened_show(text, t, cands) for t in chosen]
        for t in chosen:
            self.taken.add((s0, t[2]))
            self._add(t, dm, s0, s1, dm.future)

    def _date_between(self, dm: DateMention, t) -> bool:
        """Another date lies between ``dm`` and the event word ``t``."""
        lo, hi = min(dm.end_offset, t[0]), max(dm.offset, t[1])
        return any(o is not dm and lo <= o.offset and o.end_offset <= hi
                   and not _DATE_JOIN.fullmatch(self.text, dm.end_offset, o.offset) for o in self.dates)

    def _second_kind(self, t, first, dm: DateMention, dist) -> bool:
        """A second kind acted on the same date in the same clause: close to it, or a verb joined by
        "and" ("visited the pavilion and met …"); not one across another event word (English) or one
        another date of the sentence is nearer to."""
        text = self.text
        if dist(t) > SECOND_KIND_CHARS_CLAUSE or _clause_break(text, dm.offset, t[0]):
            return False
        if not self.cjk and self._between(t, dm):
            return False
        if _THIS_ONE.search(text, max(0, t[0] - 5), t[0]):
            return False  # "이번 방문을 계기로": the story's event named again, not one of this date
        if any(o is not dm and abs(o.offset - t[0]) < dist(t) and _sentence_bounds(text, o.offset)[0] ==
               _sentence_bounds(text, dm.offset)[0] for o in self.dates):
            return False
        return dist(t) <= SECOND_KIND_CHARS or _same_clause_verb(text, t) or _same_clause_verb(text, first)

    def _money(self, t, s0: int, s1: int) -> bool:
        """An investment word with a sum of money in its clause ("will invest KRW 18 billion") is an
        event even without a date of its sentence."""
        if t[2] != "investment":
            return False
        c0, c1 = _clause(self.text, t[0], s0, s1)
        return bool(_MONEY.search(self.text, c0, c1))

    def _reported_trip(self, t, s0: int, s1: int) -> bool:
        """A trip word in a clause told in the past, in a sentence with a date ("signed … on Tuesday,
        as a delegation … began a four-day trip"): the trip is an event of that date too."""
        if t[2] != "visit" or self.cjk or not any(s0 <= dm.offset < s1 for dm in self.dates):
            return False
        c0, c1 = _clause(self.text, t[0], s0, s1)
        return bool(_PAST_ACT.search(self.text, c0, c1)) and not _future(self.text, t[0], False)

    def _between(self, t, dm: DateMention) -> bool:
        """Another kind of event word lies between ``t`` and the later date: the date is that word's.
        A date before the event words ("On Monday, … visited … and met …") scopes all of them."""
        if dm.offset < t[0]:
            return False
        return any(u[2] != t[2] and t[0] < u[0] < dm.offset for u in self.trig)

    def undated(self, s0: int, s1: int) -> None:
        """Pass 2: each kind of event word of the sentence that no date of it took."""
        text = self.text
        kinds: dict[str, tuple] = {}
        cands = self._candidates(s0, s1)
        for t in cands:
            if (not dated_only(text, t) or self._money(t, s0, s1) or self._reported_trip(t, s0, s1)) \
                    and (s0, t[2]) not in self.taken \
                    and not _object_of(text, t, cands):
                kinds.setdefault(t[2], t)
        for kind, t in kinds.items():
            fut = _future(text, t[0], self.cjk)
            dm = self._inherited(t, s0, s1)
            if fut and (dm is None or not s0 <= dm.offset < s1):
                continue  # an undated plan is not an event, nor dated by what happened before it
            again = kind in self.kinds and (dm is None or not s0 <= dm.offset < s1 or _clause_break(text, dm.offset, t[0])
                                            or _THIS_ONE.search(text, max(0, t[0] - 5), t[0]))
            new = self._new_counterpart(kind, t, s0, s1)
            if again and not new:
                continue  # told again without a date of its own clause ("the agreement, which …"): the same event
            self._add(t, dm, s0, s1, fut, distinct=new)

    def _new_counterpart(self, kind: str, t, s0: int, s1: int) -> bool:
        """A meeting whose clause names a person no meeting had: another meeting (a delegation meets
        several people in turn; an agreement or visit told again often names new people)."""
        if kind != "meeting":
            return False
        c0, c1 = _clause(self.text, t[0], s0, s1)
        mine = {m[2] for m in self.ms if c0 <= m[0] < c1 and m[1] == "person"}
        known = {p for ev in self.events if ev is not None and ev["kind"] == kind for p in ev["parties"]}
        return bool(mine - known) and bool(known)

    def _inherited(self, t, s0, s1) -> DateMention | None:
        """The nearest date of the sentence, else the date of the sentence before, else the lead's."""
        # in English a date of the sentence belongs to the event word nearest to it ("the pact was signed
        # at the council's second meeting since its inception in March 2023": March dates the inception only);
        # in CJK a time phrase scopes the verbs after it, not those before
        if self.cjk and _GROUP.search(self.text, t[0], t[1]):  # "訪問団は翌31日、…": the delegation's day there
            after = [dm for dm in self.dates if t[1] <= dm.offset <= t[1] + 6 and s0 <= dm.offset < s1
                     and dm.precision in ("day", "month-day")]
            if after:
                return after[0]
        own = [dm for dm in self.dates if s0 <= dm.offset < s1
               and (dm.offset < t[0] if self.cjk else not self._between(t, dm))]
        if own:
            return min(own, key=lambda dm: abs(dm.offset - t[0]))
        starts, _ = _sentence_starts(self.text)
        i = starts.index(s0) if s0 in starts else 0
        if i > 0:
            p0 = starts[i - 1]
            prev = [dm for dm in self.dates if p0 <= dm.offset < s0 and dm.precision in _EVENT_PRECISIONS]
            if prev:
                return prev[-1]
        if self.lead is not None and s0 <= self.lead.offset < s1:
            return None  # the lead is this sentence, whose dates belong to other event words
        return self.lead

    def _coarser_twin(self, kind: str, s0: int, iso: str) -> bool:
        """The sentence already has this kind of event on a date that contains ``iso`` or lies
        within it ("This year, … founded … in September"): one event, at the finer date."""
        if not iso:
            return False
        for i in self.by_sentence.get((s0, kind), []):
            other = self.events[i]["date_start"]
            if other and other != iso and iso.startswith(other):
                self.events[i] = None  # replaced by the finer date below
                self.by_sentence[(s0, kind)].remove(i)
                return False
            if other and other != iso and other.startswith(iso):
                return True
        return False

    def _add(self, t, dm: DateMention | None, s0: int, s1: int, fut: bool, distinct: bool = False) -> None:
        kind = t[2]
        start_iso, end_iso = (dm.iso(), dm.iso_end()) if dm is not None else ("", "")
        key = (kind, start_iso or (dm.text if dm is not None else ""), s0 if distinct else -1)
        if key in self.seen or self._coarser_twin(kind, s0, start_iso):
            return
        self.seen.add(key)
        self.kinds.add(kind)
        c0, c1 = _clause(self.text, t[0], s0, s1)
        if dm is not None and s0 <= dm.offset < s1:
            c0, c1 = min(c0, _clause(self.text, dm.offset, s0, s1)[0]), max(c1, _clause(self.text, dm.offset, s0, s1)[1])
        in_clause = [m for m in self.ms if c0 <= m[0] < c1]
        in_sent = [m for m in self.ms if s0 <= m[0] < s1]
        parties = _parties(in_clause) or _parties(in_sent)
        place = _event_place(self.text, in_clause, self.cjk, t) or _event_place(self.text, in_sent, self.cjk, t)
        plan = planned(dm, self.pub, fut) and not (not fut and _past_verb(self.text, t, self.cjk))
        cameo = self.spec["cameo"]["meeting_planned"] if kind == "meeting" and plan else self.spec["cameo"][kind]
        self.by_sentence.setdefault((s0, kind), []).append(len(self.events))
        self.events.append({"article_id": self.aid, "kind": kind, "cameo": cameo, "date_start": start_iso,
                            "date_end": end_iso, "precision": dm.precision if dm is not None else "unknown",
                            "date_text": dm.text if dm is not None else "", "planned": plan,
                            "place": place, "parties": parties, "evidence": self.text[s0:s1].strip()})


def _parties(ms) -> list:
    return list(dict.fromkeys(m[2] for m in ms if m[1] in ("organization", "person") or (m[1] == "place" and m[3])))


def _lead_date(text: str, dates: list[DateMention]) -> DateMention | None:
    """The first event-like date (a day or a month) of the story's first paragraph."""
    end = text.find("\n\n")
    end = len(text) if end < 0 else end
    for dm in dates:
        if dm.offset >= end:
            break
        if dm.precision in _EVENT_PRECISIONS and not dm.future:
            return dm
    return None
