"""The actor vocabularies (``data/*.yaml``), loaded once per process."""
from __future__ import annotations

import functools
import re
from collections import defaultdict

import yaml
from wordfreq import zipf_frequency

from ..config import DATA_DIR
from ..terms import TermMatcher


def load_data(name: str):
    """The parsed YAML file ``name`` of the package's data folder."""
    with open(DATA_DIR / name, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@functools.lru_cache(maxsize=1)
def _vocab():
    """Titles, organisational head words and CJK suffixes with their kinds, well-known organisations."""
    titles = load_data("titles.yaml")
    orgs = load_data("organizations.yaml")
    known = load_data("known_organizations.yaml")
    zh_ja = load_data("zh_ja.yaml")
    for name, forms in zh_ja.get("known_aliases", {}).items():
        if name in known:  # their Chinese and Japanese names
            known[name] = [*known[name], *forms]
    head_kind = {}
    for kind, words in orgs["heads"].items():
        for w in words:
            head_kind.setdefault(w, "research" if kind == "research_or_cluster" else kind)
    pairs = {(s, k) for k, ss in orgs["cjk_suffixes"].items() for s in ss}
    pairs |= {(s, k) for k, ss in zh_ja["suffixes"].items() for s in ss}
    cjk_suffix = sorted(pairs, key=lambda t: (-len(t[0]), t))
    en_titles = sorted(titles["en"], key=len, reverse=True)
    return {
        "titles": titles,
        "en_titles": en_titles,
        "head_kind": head_kind,
        "not_actor": set(orgs["not_actor_words"]),
        "cjk_suffix": cjk_suffix,
        "cjk_suffix_words": tuple(zh_ja.get("suffix_word_starts", [])),
        "cjk_suffix_word_ends": tuple(zh_ja.get("suffix_word_ends", [])),
        "cjk_generic": frozenset(orgs.get("cjk_generic_modifiers", []) + zh_ja.get("generic_modifiers", [])),
        "cjk_plural": tuple(zh_ja.get("plural_markers", [])),
        "cjk_latin_fields": frozenset(zh_ja.get("latin_field_words", [])),
        "zh_party_verbs": tuple(zh_ja.get("zh_names", {}).get("party_verbs", [])),
        "known": known,
        "honorifics": titles.get("en_honorifics", []),
        "portfolio": frozenset(orgs.get("portfolio_words", [])),
        "lower_ambiguous": frozenset(titles.get("en_lowercase_ambiguous", [])),
        "en_ranks": frozenset(r.casefold() for r in titles.get("en_ranks", [])),
        "en_abbreviations": titles.get("en_title_abbreviations", {}),
        "possessive_in_name": frozenset(orgs.get("possessive_in_name", [])),
        "descriptor_nouns": {w: k for k, ws in orgs.get("descriptor_nouns", {}).items() for w in ws},
        "list_nouns": {w: k for k, ws in orgs.get("list_nouns", {}).items() for w in ws},
        "place_agency_leads": tuple(orgs.get("place_agency_leads", [])),
    }


def _initials(alternation: str) -> str:
    """The first characters of the words of a ``re.escape``d ``a|b|c`` alternation, as a class body.

    Put in a lookahead before the alternation, they let the regex engine reject most positions
    with one test instead of trying every word.
    """
    return re.escape("".join(sorted({w.replace("\\", "")[:1] for w in alternation.split("|") if w})))


@functools.lru_cache(maxsize=4096)
def _common_word(word: str) -> bool:
    """Whether ``word`` is a frequent English word (wordfreq Zipf >= 4.5), looked up once per process."""
    return zipf_frequency(word.lower(), "en") >= 4.5


@functools.lru_cache(maxsize=1)
def _surnames() -> dict:
    """Common family names: Korean and Chinese as character classes, romanised ones as a set."""
    d = load_data("surnames.yaml")
    return {"ko": re.escape(d["ko"]), "zh": re.escape(d["zh"] + d["ja"]), "latin": frozenset(d["latin"])}


@functools.lru_cache(maxsize=1)
def _ko_not_names() -> frozenset:
    """Common Korean words that start like a family name ("이번", "부품") and stand before a title."""
    return frozenset(load_data("stopwords.yaml").get("ko_not_names", []))


_SPEECH_WORDS = ["said", "says", "told", "added", "noted", "stressed", "explained", "announced", "remarked",
                 "emphasized", "emphasised", "pointed out"]


@functools.lru_cache(maxsize=1)
def _speech_terms() -> TermMatcher:
    return TermMatcher((w, None, True, False) for w in _SPEECH_WORDS)


@functools.lru_cache(maxsize=1)
def _known_index() -> dict:
    """The well-known organisations as one automaton, plus their acronyms by sorted letters."""
    known = _vocab()["known"]
    terms, acronyms, anagrams = [], {}, defaultdict(list)
    for name, (kind, country, *aliases) in known.items():
        for form in [name, *aliases]:
            terms.append((form, (name, kind, country or ""), True, False))
        if re.fullmatch(r"[A-Z]{3,6}", name):
            acronyms[name] = (kind, country or "")
            anagrams["".join(sorted(name))].append(name)
    return {"matcher": TermMatcher(terms), "acronyms": acronyms, "anagrams": dict(anagrams)}
