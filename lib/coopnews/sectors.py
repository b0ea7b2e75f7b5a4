"""Technology sectors of a story, with the evidence that assigned them.

The taxonomy is data (``data/taxonomy.yaml``, or a user's own file with the same shape).  All
terms of a language family are compiled into one regular expression, so a story is one pass.

**Rule.** Each match of a term scores 1 (a weak ``~`` term 0.5); a match in the title or the
lead (the first paragraph, at most ``LEAD_CHARS``) counts double, since a story states its purpose
there.  A sector is assigned when

* its score reaches the story's threshold, ``MIN_SCORE`` or ``PER_1000_CHARS`` per thousand
  characters of text, whichever is higher (CJK characters carry more per character; pages and
  briefs are short, long features repeat words in passing),
* it has at least two matches, one of them strong (one passing word never decides, and weak
  words such as "space", "energy", "data" never decide alone), and
* its score is at least ``SHARE_OF_TOP`` of the story's best sector: a story is about its main
  sectors, a side remark is not.

English terms match as whole words (no "AI" inside "SAID"); terms written in capitals (AI, IoT,
R&D) match case-sensitively.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

import pandas as pd
import yaml

from .config import DATA_DIR
from .terms import TermMatcher

SECTOR_IDS = ("semiconductors", "ai", "space", "smart_city", "iot_ict", "clean_energy", "smart_manufacturing",
              "robotics", "biotech_health", "finance", "startups", "research_education", "mobility", "environment",
              "tourism_culture", "trade_investment")
LANGS = ("en", "ko", "zh", "ja")
MIN_SCORE = {"en": 2.0, "cjk": 2.0}
PER_1000_CHARS = {"en": 0.5, "cjk": 1.5}  # CJK text is about three times denser per character
SHARE_OF_TOP = 0.35
LEAD_CHARS = 400
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
        for lang, t in zip(LANGS, terms):
            if t is not None and (not isinstance(t, list) or not all(isinstance(x, (str, int)) for x in t)):
                raise TaxonomyError(f"{path}: sector {sid!r}: terms for {lang!r} must be a list of strings")
    return data


class SectorMatcher:
    """Compiled matcher for one taxonomy."""

    def __init__(self, taxonomy: dict):
        self.taxonomy = taxonomy
        self.matchers = {}
        for family in ("en", "cjk"):
            langs = ("en",) if family == "en" else ("ko", "zh", "ja")
            terms = []
            for sid, spec in taxonomy.items():
                for lang in langs:
                    for term in spec.get(lang) or []:
                        term = str(term)
                        weak = term.startswith("~")
                        term = term.lstrip("~").strip()
                        if not term:
                            continue
                        cased = family == "cjk" or (bool(re.search(r"[A-Z]", term)) and term.upper() == term)
                        terms.append((term, (sid, weak), cased, False))
            self.matchers[family] = TermMatcher(terms)

    def matches(self, text: str, cjk: bool, lower: str | None = None):
        """Yield ``(sector, term, start, end, weak)`` for every term match.

        English terms match as whole words, case-insensitively unless written in capitals
        (acronyms such as "AI" or "EV"); CJK terms match as substrings.
        """
        hits = self.matchers["en"].find(text, lower)
        if cjk:
            merged, last = [], -1
            for h in sorted(self.matchers["cjk"].find(text) + hits, key=lambda h: (h[0], h[0] - h[1])):
                if h[0] >= last:
                    merged.append(h)
                    last = h[1]
            hits = merged
        for s, e, (sid, weak) in hits:
            yield sid, text[s:e], s, e, weak


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


def score_story(matcher: SectorMatcher, title: str, text: str, lang: str) -> list[dict]:
    """Sector rows for one story (see the module docstring for the rule)."""
    cjk = lang in ("ko", "zh", "ja")
    text = text or ""
    lead = _lead_end(text)
    found: dict[str, dict] = {}
    for where, body in (("title", title or ""), ("text", text)):
        for sid, term, s, e, weak in matcher.matches(body, cjk):
            weight = 2.0 if where == "title" or s < lead else 1.0
            d = found.setdefault(sid, {"score": 0.0, "strong": False, "evidence": []})
            d["score"] += weight * (0.5 if weak else 1.0)
            d["strong"] |= not weak
            d["evidence"].append(f"{term}@{'title:' if where == 'title' else ''}{s}")
    need = threshold(len(text), cjk)
    top = max((d["score"] for d in found.values()), default=0.0)
    return [{"sector": sid, "score": round(d["score"], 1), "evidence": ";".join(d["evidence"])}
            for sid, d in found.items()
            if d["score"] >= need and d["strong"] and d["score"] >= SHARE_OF_TOP * top and len(d["evidence"]) >= 2]


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
