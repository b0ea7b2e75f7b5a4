"""Words and name shapes of English offices and people, shared by the people and office-run passes.

The name pattern (honorifics, particles, a family name in capitals), the office words no name holds
("Minister", "Trade", "City"), and helpers that read a name out of an office run.
"""
from __future__ import annotations

import functools
import re

from wordfreq import zipf_frequency

from .latin import _CAP, _LEAD_JUNK, _NAME_TOKEN, _PARTICLE, _POSSESSIVE_END, _UP
from .vocab import _surnames, _vocab
from ..terms import word_tree as _word_tree

_CALENDAR_WORDS = {"On", "In", "At", "The", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                   "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
                   "October", "November", "December", "Last", "Next", "This", "Officials", "Both", "But"}
# words of a place's or body's name that are never part of a person's name after a title
_PLACE_WORDS = {"City", "Province", "County", "Region", "State", "Metropolitan", "Special", "Republic", "Kingdom",
                "Prefecture", "District", "Municipality", "Island", "Islands", "United", "Embassy", "Consulate"}
# between the words of an office held ("Minister of Trade, Industry and Energy", "Mayor of Tampere city")
_OFFICE_CONNECTORS = {"and", "of", "for", "the", "in", "on", "to", "city", "province", "state", "&"}
_PRE_TITLE = re.compile(rf"(?:{_UP}\s+){{1,4}}$")  # "Bavarian Minister of …": the body named before the office
_NAME_NEXT = re.compile(r"\s+[A-Z][a-z]+(?:[\s-][A-Z]?[a-z]+)+")
_COMMON_ZIPF = 5.0
# right after a title, a family name in capitals then the given name, as Japanese and Korean releases write
# any name ("Minister SATO Ken"; "KIM Min-ho" is read anywhere)
_CAPS_FAMILY = r"[A-Z]{2,}(?: [A-Z][a-z]+){1,2}\b(?![-’'])"
_GIVEN_NAME_ZIPF = 4.3  # "Ken" (4.2) is a given name, "Headquarters" (4.4) a word
# a capitalised word of an office run: "U.S.", "Dr.", "O." keep their dot, a word ending a sentence does not
_RUN_WORD = r"(?:[A-Z][\w’'&-]*(?:\.[A-Z][\w’'&-]*)*(?:(?:(?<=\b[A-Z])|(?<=Mr|Ms|Dr|St|Jr|Sr)|(?<=Mrs)|(?<=Prof))\.)?)"  # a word this frequent in English ("Will", "Young") is not read as a surname alone


@functools.lru_cache(maxsize=1)
def _names() -> dict:
    """The name patterns, and the office words no name in an office title holds ("Minister", "Trade", "City")."""
    v = _vocab()
    hon = "|".join(sorted((re.escape(h) for h in v["honorifics"]), key=len, reverse=True))
    hon_re = rf"(?:(?:{hon})\.?\s+)"
    words = set(v["head_kind"]) | v["portfolio"] | _PLACE_WORDS | set(v["not_actor"]) | _CALENDAR_WORDS
    words |= {w for t in v["en_titles"] for w in re.split(r"[\s-]+", t)}
    words -= _surnames()["latin"]
    # a common family name in capitals first, as East-Asian and Vietnamese programmes write it ("KIM Min-ho")
    caps_list = sorted((s.upper() for s in _surnames()["latin"] if len(s) > 1), key=len, reverse=True)
    caps = _word_tree(caps_list)  # the same alternation as a prefix tree: fewer tries per position
    # or initials for the given name, as South Indian and Taiwanese names are written ("S. Ramanathan", "C.C. Lin";
    # not "U.S. Navy")
    # every name starts with a capital (or an honorific's or a capitalised surname's first letter): a lookahead
    # on it lets a search skip the other positions with one test instead of trying every alternative
    firsts = {w[:1] for w in [*v["honorifics"], *caps_list] if w and not re.match(rf"[{_CAP}]", w)}
    person = rf"(?=[{_CAP}{re.escape(''.join(sorted(firsts)))}]){hon_re}*(?:(?:{_NAME_TOKEN}|(?:{caps})(?= [A-Z][a-z]))(?: +(?:[A-Z]\. +)?(?:{_PARTICLE} +)?{_NAME_TOKEN}){{1,3}}" \
             rf"|(?<![\w.])(?!U\.[SKN]\.|E\.U\.|D\.C\.)(?:[A-Z]\. +|(?:[A-Z]\.){{2}} ?){_NAME_TOKEN}(?! +[A-Z]))"
    return {
        "person": person,
        "person_re": re.compile(person),
        "single": re.compile(rf"{hon_re}*{_NAME_TOKEN}"),
        "honorific": re.compile(rf"^{hon_re}+"),
        "office_words": frozenset(words),
    }


@functools.lru_cache(maxsize=4096)
def _very_common(word: str) -> bool:
    """Whether ``word`` is a frequent English word (wordfreq), looked up once per process."""
    return zipf_frequency(word.lower(), "en") >= _COMMON_ZIPF


def _lead_trimmed(s: str) -> str:
    """``s`` without its leading sentence words ("The", "Both", "Under" …)."""
    while True:
        j = _LEAD_JUNK.match(s)
        if not j:
            return s
        s = s[j.end():]


def _sentence_tail(words: str) -> str:
    """The capitalised words before an office, from the last sentence end or line break on, without leading
    sentence words or a possessive ("… in September.\n\nDutch" -> "Dutch"; "U.S." keeps its dots)."""
    words = re.split(r"(?<=[a-z]{2}[.!?])\s+|\s*\n\s*", words)[-1].lstrip()
    return _POSSESSIVE_END.sub("", _lead_trimmed(words + " ").strip())


def _after_office_words(name: str) -> str:
    """``name`` after its last office word ("Professor Emily Carter" -> "Emily Carter"), or "" if that leaves no
    two-word name."""
    words = name.split()
    office = _names()["office_words"]
    last = max((i for i, w in enumerate(words) if w in office), default=-1)
    rest = words[last + 1:]
    return " ".join(rest) if len(rest) >= 2 else ""


def _lower_title_forms(titles, ambiguous) -> list[str]:
    """The titles in lower case, hyphen and space spellings both ("vice-chairman", "vice chairman"), longest first."""
    forms = set()
    for t in titles:
        if t in ambiguous or t.isupper():
            continue
        low = t.lower()
        forms |= {low, low.replace(" ", "-"), low.replace("-", " ")}
    return sorted(forms, key=len, reverse=True)


def _lower_titles(titles, ambiguous) -> str:
    """:func:`_lower_title_forms` as a ``re.escape``d alternation."""
    return "|".join(map(re.escape, _lower_title_forms(titles, ambiguous)))


def _starts_name(run: str, pieces, k: int) -> bool:
    """Whether the words of ``run`` from piece ``k`` up to the next comma or connector are a name."""
    j = k
    while j < len(pieces) and pieces[j][1] != "," and pieces[j][1] not in _OFFICE_CONNECTORS:
        j += 1
    if j == k:
        return False
    return _office_name(run[pieces[k][0]:pieces[j - 1][0] + len(pieces[j - 1][1])])


def _before_office_word(name: str) -> str:
    """``name`` up to its first office word ("Kim Min-ho Trade" -> "Kim Min-ho"); "" if under two words."""
    names = _names()
    words = name.split()
    for i, w in enumerate(words):
        if w in names["office_words"] and not names["honorific"].match(w + " "):
            return " ".join(words[:i]) if len(names["honorific"].sub("", " ".join(words[:i])).split()) >= 2 else ""
    return name


def _office_name(cand: str) -> bool:
    """Whether ``cand`` is a name shape none of whose words is an office word ("Trade", "Province")."""
    names = _names()
    return names["person_re"].fullmatch(cand) is not None \
        and not any(w in names["office_words"] for w in names["honorific"].sub("", cand).split())


def _caps_body(name: str) -> bool:
    """Whether a name read as a family name in capitals is rather an acronym and a word ("NASA Headquarters"):
    given names are rare words in English."""
    first, *rest = name.split()
    return first.isupper() and first.title() not in _surnames()["latin"] \
        and any(zipf_frequency(w.lower(), "en") >= _GIVEN_NAME_ZIPF for w in rest)
