"""Technology sectors of a story, with the evidence that assigned them.

The taxonomy is data (``data/taxonomy.yaml``, or a user's own file with the same shape).  All
terms of a language family are compiled into one automaton, so a story is one pass.

**Rule.** A term's first match scores 1 (a weak ``~`` term 0.5), each further match of the same
term ``REPEAT`` of that (of a weak term nothing: the university a story names ten times is a
party, not ten times the topic): a field is weighed by how many of its words a story uses more
than by one word said over and over.  A match in the title or the lead (the first paragraph, at most
``LEAD_CHARS``) counts double, since a story states its purpose there; a headline the page
repeats as its first sentence is read once.  Two terms of a sector side by side are one mention
("신재생 에너지", "物聯網 (IoT)").  A sum of money in millions or more is a word of the sectors
whose taxonomy entry lists ``amounts`` (currencies): the size of a plant, fund or deal.
A sector is assigned when

* its score reaches the story's threshold, ``MIN_SCORE`` or ``PER_1000_CHARS`` per thousand
  characters of text, whichever is higher (CJK characters carry more per character; pages and
  briefs are short, long features repeat words in passing),
* it has at least two matches, one of them strong (one passing word never decides, and weak
  words such as "space", "energy", "data" never decide alone), except in a CJK brief, and
* its score is at least ``SHARE_OF_TOP`` of the story's best sector: a story is about its main
  sectors, a side remark is not; or ``SECOND_FIELD_SHARE`` when two different strong terms,
  or one in the headline, name it (a chip plant's investment and supply chain).

English terms match as whole words (no "AI" inside "SAID"), also as a part of a hyphenated
compound ("AI-powered"), in the plural and with hyphen or space ("smart-city projects"); terms
written in capitals (AI, IoT, R&D) match case-sensitively.  CJK terms match as substrings, in
stories of the language they are listed for.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

import pandas as pd
import yaml

from .config import DATA_DIR
from .terms import COMPOUND, TermMatcher

SECTOR_IDS = ("semiconductors", "ai", "space", "smart_city", "iot_ict", "clean_energy", "smart_manufacturing",
              "robotics", "biotech_health", "finance", "startups", "research_education", "mobility", "environment",
              "tourism_culture", "trade_investment")
LANGS = ("en", "ko", "zh", "ja")
MIN_SCORE = {"en": 2.0, "cjk": 2.0}
PER_1000_CHARS = {"en": 0.5, "cjk": 1.5}  # CJK text is about three times denser per character
SHARE_OF_TOP = 0.4
# A second field named by two different strong terms, or by one in the headline, is real even when
# the main field dominates (a chip plant's investment): a side remark repeats one word in passing.
SECOND_FIELD_SHARE = 0.2
BRIEF_CHARS = {"cjk": 200}  # a CJK brief of one or two sentences names each field once
LEAD_CHARS = 400
REPEAT = 0.75
AMOUNT = "<amount>"  # the term of every sum of money: one word of its sector, however many sums
_JOINED = re.compile(r"[\s()（）\[\]·-]{0,3}")  # between two terms that make one mention
SECTOR_COLUMNS = ["article_id", "sector", "score", "evidence"]


class TaxonomyError(ValueError):
    """A taxonomy file that cannot be used, with the reason."""


def load_taxonomy(path: str | Path | None = None) -> dict:
    """Read and validate a taxonomy file (default: the package's ``taxonomy.yaml``).

    Raises
    ------
    TaxonomyError
        Naming the file and the problem (not YAML, not a mapping, a sector without terms …).
    """
    path = Path(path) if path else DATA_DIR / "taxonomy.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise TaxonomyError(f"{path}: cannot read taxonomy file ({exc.strerror or exc})") from None
    except yaml.YAMLError as exc:
        raise TaxonomyError(f"{path}: not valid YAML ({str(exc).splitlines()[0]})") from None
    if not isinstance(data, dict) or not data:
        raise TaxonomyError(f"{path}: a taxonomy must map sector ids to their definitions")
    for sid, spec in data.items():
        if not isinstance(spec, dict):
            raise TaxonomyError(f"{path}: sector {sid!r} must be a mapping with label, definition and terms")
        for key in ("label", "definition"):
            if not isinstance(spec.get(key), str) or not spec[key].strip():
                raise TaxonomyError(f"{path}: sector {sid!r} has no {key}")
        terms = [spec.get(lang) for lang in LANGS]
        if not any(terms):
            raise TaxonomyError(f"{path}: sector {sid!r} has no terms in any of {', '.join(LANGS)}")
        for lang, t in zip(LANGS + ("amounts",), terms + [spec.get("amounts")]):
            if t is not None and (not isinstance(t, list) or not all(isinstance(x, (str, int)) for x in t)):
                raise TaxonomyError(f"{path}: sector {sid!r}: terms for {lang!r} must be a list of strings")
    return data


class SectorMatcher:
    """Compiled matcher for one taxonomy.

    English terms (and their plurals and hyphenated spellings) are searched in every story, as
    CJK pages quote AI, ICT or TSMC in Latin letters; a CJK term counts only in a story of the
    language it is listed for, since Chinese and Japanese share characters but not always
    meanings (育成 is incubation in Taiwan, training in Japan).
    """

    def __init__(self, taxonomy: dict):
        self.taxonomy = taxonomy
        self.matchers = {}
        for family, langs in (("en", ("en",)), ("cjk", ("ko", "zh", "ja"))):
            terms: dict[str, list] = {}  # term -> [sector, weak, cased, languages, listed form]; first sector keeps it
            for generated in (False, True):  # a listed term keeps its sector when a plural spells it
                for sid, spec in taxonomy.items():
                    for lang in langs:
                        for raw in spec.get(lang) or []:
                            _add_term(terms, str(raw), sid, lang, generated)
            if family == "en":
                _plurals_as_listed(terms)
            self.matchers[family] = TermMatcher((t, (sid, weak, frozenset(ls), listed), cased, COMPOUND)
                                                for t, (sid, weak, cased, ls, listed) in terms.items())
        self.amounts = [(sid, amount_finder(spec["amounts"])) for sid, spec in taxonomy.items() if spec.get("amounts")]

    def matches(self, text: str, lang: str, lower: str | None = None):
        """Yield ``(sector, term, start, end, weak)`` for every term match, by start; ``term`` is the
        form the taxonomy lists ("sensor" for "sensors"), so all its spellings are one word.

        English terms match as whole words, case-insensitively unless written in capitals
        (acronyms such as "AI" or "EV"), also as one part of a hyphenated compound ("AI-powered");
        CJK terms match as substrings.  A term inside a longer one of the same sector is dropped.
        """
        hits = self.matchers["en"].find(text, lower, longest=False)
        if lang in ("ko", "zh", "ja"):
            hits += [h for h in self.matchers["cjk"].find(text, longest=False) if lang in h[2][2]]
        found = [(s, e, sid, listed, weak) for s, e, (sid, weak, _langs, listed) in _longest_per_sector(hits)]
        found += [(s, e, sid, AMOUNT, False) for sid, find in self.amounts for s, e in find(text)]
        for s, e, sid, term, weak in sorted(found):
            yield sid, term, s, e, weak


# (the lookbehind after the first digit: a pattern starting with a digit class scans fast)
_SUM = re.compile(r"\d(?<![\d,.]\d)[\d,.]*\s?(?:million|billion|trillion|bn|mn|억|조|億|亿|兆|萬|万|만)(?![A-Za-z])", re.I)


def amount_finder(currencies: list):
    """A function giving the ``(start, end)`` of every sum of money in millions or more, in any of
    ``currencies``, written before or after the number ("US$1.6bn", "12 billion yen", "5000억 원",
    "90億元"): the size of a plant, a fund or a deal, which smaller sums are not."""
    cur = "|".join(re.escape(str(c)) for c in sorted(currencies, key=lambda c: -len(str(c))))
    before = re.compile(rf"(?<![A-Za-z0-9$])(?:{cur})\s?$", re.I)
    after = re.compile(rf"\s?(?:{cur})(?![a-z])", re.I)

    def find(text: str) -> list[tuple[int, int]]:
        spans = []
        for m in _SUM.finditer(text):  # numbers with a scale are rare; currencies are checked around them
            s, e = m.span()
            b = before.search(text, max(0, s - 6), s)
            a = after.match(text, e)
            if b or a:
                spans.append((b.start() if b else s, a.end() if a else e))
        return spans
    return find


def _add_term(terms: dict, raw: str, sid: str, lang: str, generated: bool) -> None:
    """Enter one taxonomy term (``~`` marks it weak), or when ``generated`` its other forms: English
    plurals and hyphenations, Korean compounds written without their space (스마트 시티, 스마트시티)."""
    weak = raw.startswith("~")
    term = raw.lstrip("~").strip()
    if not term:
        return
    cased = lang != "en" or (bool(re.search(r"[A-Z]", term)) and term.upper() == term)
    if not generated:
        forms = [term]
    elif lang == "en":
        forms = english_forms(term)
    else:
        forms = [term.replace(" ", "")] if lang == "ko" and " " in term else []
    for t in forms:
        key = t if cased else t.lower()
        entry = terms.setdefault(key, [sid, weak, cased, set(), term.lower()])
        if entry[0] == sid:
            entry[3].add(lang)


def _plurals_as_listed(terms: dict) -> None:
    """A plural the taxonomy lists besides its singular ("robot", "robots") is one word with it."""
    singular = {f.lower(): entry[4] for entry in terms.values() for f in english_forms(entry[4])}
    for entry in terms.values():
        one = singular.get(entry[4])
        if one is not None and terms.get(one, terms.get(one.upper(), [None]))[0] == entry[0]:
            entry[4] = one


def english_forms(term: str) -> list[str]:
    """Other spellings of an English term: its plural, and hyphen and space swapped.

    A taxonomy lists a term once ("sensor", "smart city", "fuel cell"); stories write
    "sensors", "smart-city projects", "fuel-cell buses".  The plural is formed on the last word
    (s, es after a sibilant, ies after a consonant and y); a term that already ends in s gets
    no plural.
    """
    forms = []
    last = term.rsplit(" ", 1)[-1]
    if last[-1:].isalpha() and not last.endswith("s"):
        if re.search(r"[^aeiou]y$", last):
            forms.append(term[:-1] + "ies")
        elif re.search(r"(x|z|ch|sh)$", last):
            forms.append(term + "es")
        else:
            forms.append(term + "s")
    for f in [term] + forms:
        if " " in f:
            forms.append(f.replace(" ", "-"))
        if "-" in f:
            forms.append(f.replace("-", " "))
    return forms


def _longest_per_sector(hits: list) -> list:
    """Drop a match inside a longer match of the same sector, keep it inside another sector's.

    "Smart city" contains "city" of its own sector (one match, not two), but a compound such as
    "smart transportation" (智慧交通) names two fields at once: the shorter term of the other
    sector (transportation) still counts for its sector, unless it is a weak word ("economy"
    inside "digital economy").
    """
    kept, last, any_last = [], {}, -1
    for h in sorted(hits, key=lambda h: (h[0], h[0] - h[1])):
        sid, weak = h[2][:2]
        if h[0] >= last.get(sid, -1) and not (weak and h[0] < any_last):
            kept.append(h)
            last[sid] = h[1]
            any_last = max(any_last, h[1])
    return kept


@functools.lru_cache(maxsize=4)
def _matcher(path: str | None = None) -> SectorMatcher:
    return SectorMatcher(load_taxonomy(path))


def threshold(n_chars: int, cjk: bool) -> float:
    """The score a sector needs in a story of ``n_chars`` characters."""
    fam = "cjk" if cjk else "en"
    return max(MIN_SCORE[fam], PER_1000_CHARS[fam] * n_chars / 1000)


def _lead_end(text: str) -> int:
    para = text.find("\n\n")
    return min(LEAD_CHARS, para if para > 0 else len(text))


def tally(matcher: SectorMatcher, title: str, text: str, lang: str) -> dict[str, dict]:
    """Each sector's matches in a story: ``{sector: {"score", "strong", "evidence", "terms"}}``.

    A term's first match scores its full weight (double in the title or lead, half if weak);
    each further match of the same term adds ``REPEAT`` of that (a weak term nothing), so a
    field is weighed by how many of its words a story uses more than by one word said over and
    over.  Two terms of a sector side by side are one mention ("신재생 에너지", "物聯網 (IoT)"),
    and a headline that the page repeats as its first sentence (or that was made of it, ending
    "…") is read once, in the lead.
    """
    lead = _lead_end(text)
    found: dict[str, dict] = {}
    title = (title or "").strip()
    head = title.rstrip("…. ").strip()  # a title made of the first sentence ends "…"
    bodies = (("text", text),) if head and head in text[:lead + len(head)] else (("title", title), ("text", text))
    for where, body in bodies:
        last_end: dict[str, int] = {}
        for sid, term, s, e, weak in matcher.matches(body, lang):
            joined = sid in last_end and _JOINED.fullmatch(body, last_end[sid], s) is not None
            last_end[sid] = e
            if joined:
                continue
            weight = (2.0 if where == "title" or s < lead else 1.0) * (0.5 if weak else 1.0)
            d = found.setdefault(sid, {"score": 0.0, "strong": False, "evidence": [], "terms": set(), "seen": {},
                                          "title": False})
            key = term.lower()
            d["seen"][key] = d["seen"].get(key, 0) + 1
            d["score"] += weight * (1.0 if d["seen"][key] == 1 else 0.0 if weak else REPEAT)
            d["strong"] |= not weak
            if not weak:
                d["terms"].add(key)
                d["title"] |= where == "title"
            d["evidence"].append(f"{body[s:e]}@{'title:' if where == 'title' else ''}{s}")
    return found


def score_story(matcher: SectorMatcher, title: str, text: str, lang: str) -> list[dict]:
    """Sector rows for one story (see the module docstring for the rule)."""
    cjk = lang in ("ko", "zh", "ja")
    text = text or ""
    found = tally(matcher, title, text, lang)
    need = threshold(len(text), cjk)
    top = max((d["score"] for d in found.values()), default=0.0)
    return [{"sector": sid, "score": round(d["score"], 1), "evidence": ";".join(d["evidence"])}
            for sid, d in found.items() if _assigned(d, need, top, len(text), cjk)]


def _assigned(d: dict, need: float, top: float, n_chars: int, cjk: bool) -> bool:
    """Whether a sector's tally ``d`` (score, strong, evidence, terms) assigns it to the story.

    Parameters
    ----------
    d : dict
        The sector's score, whether a strong term matched, its evidence, its strong terms and
        whether one of them is in the title.
    need, top : float
        The story's threshold and its best sector's score.
    n_chars : int
        Length of the story's text.
    cjk : bool
        Whether the story is Korean, Chinese or Japanese.
    """
    if d["score"] < need or not d["strong"]:
        return False
    brief = cjk and n_chars < BRIEF_CHARS["cjk"]
    if len(d["evidence"]) < 2 and not brief:
        return False
    if d["score"] >= SHARE_OF_TOP * top:
        return True
    return (_stems(d["terms"]) >= 2 or d["title"]) and d["score"] >= SECOND_FIELD_SHARE * top


def _stems(terms: set) -> int:
    """How many different words ``terms`` hold: a term that starts with another is the same word
    ("research" and "researchers", 연구 and 연구원, 投資 and 投資額)."""
    return sum(1 for t in terms if not any(o != t and t.startswith(o) for o in terms))


def classify_sectors(articles: pd.DataFrame, taxonomy: str | Path | None = None) -> pd.DataFrame:
    """One row per (story, sector) assigned, with its score and evidence.

    Parameters
    ----------
    articles : pandas.DataFrame
        From :func:`coopnews.load_articles`.
    taxonomy : path, optional
        A YAML taxonomy of the same shape as the built-in one.

    Returns
    -------
    pandas.DataFrame
        ``article_id, sector, score, evidence`` (evidence: ``term@offset`` items joined by ``;``, offsets into
        ``text``; ``term@title:offset`` for the title), sorted by story then score.
    """
    matcher = _matcher(str(taxonomy) if taxonomy else None)
    rows = []
    for aid, title, text, lang in zip(articles["article_id"], articles["title"], articles["text"],
                                      articles["language"].astype(str)):
        for r in score_story(matcher, title, text, lang):
            rows.append({"article_id": aid, **r})
    return sectors_frame(rows, matcher.taxonomy)


def sectors_frame(rows: "list[dict] | pd.DataFrame", taxonomy: dict) -> pd.DataFrame:
    """The sectors table from story rows: sorted by story then score, ``sector`` categorical."""
    df = pd.DataFrame(rows, columns=SECTOR_COLUMNS)
    if len(df):
        df = df.sort_values(["article_id", "score", "sector"], ascending=[True, False, True]).reset_index(drop=True)
    df["sector"] = pd.Categorical(df["sector"], categories=list(taxonomy))
    return df
