"""What one line of a page is: prose, navigation, a caption, a rights footer; and its language.

The page furniture these tests look for is data (``data/boilerplate.yaml``), compiled once per
process into :func:`patterns`.
"""
from __future__ import annotations

import functools
import re

import yaml

from ..config import DATA_DIR


# what may stand between a date label and its date: "on", a colon, a table-cell bar, a time, a weekday
_LABEL_TAIL = (r"\s*(?:on|at|date|time)?\s*[:：]?\s*[|│]?\s*"
               r"(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?\s*[,|]?\s*)?"
               r"(?:[A-Za-z]{3,6}day,?\s*)?$")


@functools.lru_cache(maxsize=1)
def patterns() -> dict:
    """Return the furniture patterns of ``data/boilerplate.yaml``, compiled once per process."""
    with open(DATA_DIR / "boilerplate.yaml", encoding="utf-8") as fh:
        b = yaml.safe_load(fh)

    def alt(items):
        return "|".join(f"(?:{x})" for x in items)

    labels = b["stamp_labels"]
    return {
        "nav": re.compile(rf"^\W*(?:{alt(b['nav_lines'])})\W*$", re.I),
        "share_words": {w.lower() for w in b["share_words"]},
        "crumb": re.compile(rf"^\s*(?:{alt(map(re.escape, b['breadcrumb_heads']))})\s*(?:>|›|»|＞|/|\|)", re.I),
        "related": re.compile(rf"^\W*(?:{alt(b['related_headers'])})\W*$", re.I),
        # a related heading that carries the first item's headline: "Related: X", "[관련기사] X"
        "related_head": re.compile(rf"^\W*?(?:[\[【《<(（]\s*(?:{alt(b['related_headers'])})\s*[\]】》>)）]\s*[:：]?"
                                   rf"|(?:{alt(b['related_headers'])})\s*[:：])\s*(?P<head>\w.*)$", re.I),
        "copyright": (tuple(x.lower() for x in b["copyright_phrases"]), tuple(b["copyright_marks"])),
        "outlet": re.compile(rf"(?:{alt(map(re.escape, b['outlet_suffixes']))})"
                             rf"(?:\W*(?:{alt(map(re.escape, b['outlet_editions']))}))?\W*$", re.I),
        "first": re.compile(rf"^\W*(?:{alt(map(re.escape, labels['first']))})\s*(?:on|at|date|time)?\s*[:：]?", re.I),
        "update": re.compile(rf"^\W*(?:{alt(map(re.escape, labels['update']))})\s*(?:on|at)?\s*[:：]?", re.I),
        # a crawler's metadata line: "date 2023-05-02" (no colon: "Date:" is a page's own label)
        "crawl": re.compile(rf"^\s*(?:(?:{alt(labels['crawl'])})\s*[:=]?|date\s*=?)\s*(?=\d{{4}}-\d{{2}}-\d{{2}})", re.I),
        "label_any": re.compile(rf"(?:{alt(map(re.escape, labels['first'] + labels['update']))})\s*[:：]?", re.I),
        "notice": re.compile("|".join(re.escape(x.lower()) for x in b["notice_phrases"])),
        "source_label": re.compile(rf"^[\[【(（]?\s*(?:{alt(b['source_labels'])})\s*[:：]\s*(?P<src>[^\]】)）]{{2,60}}?)\s*[\]】)）]?\s*$", re.I),
        "source_in": re.compile(rf"(?<![A-Za-z])(?:{alt(b['source_labels'])})\s*[:：]\s*(?P<src>[^\s|\]】)）]{{2,30}})", re.I),
        "first_end": re.compile(rf"(?<![A-Za-z])(?:{alt(map(re.escape, labels['first']))}){_LABEL_TAIL}", re.I),
        "update_end": re.compile(rf"(?<![A-Za-z])(?:{alt(map(re.escape, labels['update']))}){_LABEL_TAIL}", re.I),
        "caption_start": re.compile(rf"^\s*(?:{alt(b['caption_marks']['start'])})", re.I),
        "caption_credit": re.compile(rf"(?:{alt(b['caption_marks']['credit'])})", re.I),
    }


CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]")
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# a time of day ("14:02", "10時", "9点"): stamp lines show one, prose rarely does
CLOCK = re.compile(r"(?<![\d.])\d{1,2}[:.]\d{2}(?![\d.])|\d{1,2}\s*(?:시|時|点|點)")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")
_ANY_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]")
_TERMINAL = re.compile(r"[.!?。！？][\"”’』」)）]*\s*$|[\"”』」]\s*$")


def is_copyright(line: str) -> bool:
    """A rights footer: a short line naming copyright, reserved rights or the terms of use.

    A long paragraph that mentions copyright is article text, not a footer.
    """
    if len(line) > 250:
        return False
    phrases, marks = patterns()["copyright"]
    if line.lstrip().startswith(marks):
        return True
    low = line.lower()
    for p in phrases:
        if p in low:
            return True
    return False


def ends_sentence(line: str) -> bool:
    """The line ends with a full stop (closing quotes and brackets allowed after it)."""
    return bool(_TERMINAL.search(line, max(0, len(line) - 24)))


def detect_language(text: str) -> str:
    """Return ``en``, ``ko``, ``zh`` or ``ja`` from the share of each script's letters.

    English glosses in a Korean story, or Hangul glosses in an English one, do not
    flip the decision: CJK characters must make up a third of all letters.
    """
    sample = text[:20000]
    if not _ANY_CJK.search(sample):
        return "en"
    hangul, kana, han = len(_HANGUL.findall(sample)), len(_KANA.findall(sample)), len(_HAN.findall(sample))
    latin = len(LATIN.findall(sample))
    cjk = hangul + kana + han
    # one CJK character carries about a word; weigh latin letters by a typical word length
    if cjk == 0 or cjk < latin / 5 / 2:
        return "en"
    if kana >= 0.1 * (kana + han) and kana > hangul:
        return "ja"
    if hangul >= han:
        return "ko"
    return "zh"


def n_words(line: str) -> int:
    """Count words: Latin-script words plus one per two CJK characters."""
    return len(WORD.findall(line)) + len(CJK_CHAR.findall(line)) // 2


@functools.lru_cache(maxsize=8192)
def is_prose(line: str) -> bool:
    """A paragraph of running text rather than a header item (titles are long but unpunctuated)."""
    cjk = len(CJK_CHAR.findall(line))
    ends = ends_sentence(line) or line.rstrip().endswith(")")
    if cjk >= 80 or (cjk >= 30 and ends) or (cjk >= 8 and line.rstrip().endswith(("。", "！", "？", "다."))):
        return True  # CJK counts by characters: one short sentence ends with a full stop; headlines do not
    words = len(WORD.findall(line, 0, 300))  # a long paragraph shows 30 words early
    if words < 30 and len(line) > 300:
        words = len(WORD.findall(line))
    return cjk < 30 and (words >= 30 or (words >= 12 and (ends or is_caption(line))))


def _is_share_widget(line: str) -> bool:
    parts = [p.strip().lower() for p in re.split(r"\s{2,}|\||\u3000|·|/", line) if p.strip()]
    share = patterns()["share_words"]
    return len(parts) >= 2 and sum(p in share for p in parts) >= 2


def _is_menu(line: str) -> bool:
    bars = [p.strip() for p in line.split("|") if p.strip()]
    if len(bars) >= 2 and all(len(p.split()) <= 3 and len(p) <= 20 for p in bars):
        return True
    parts = [p.strip() for p in re.split(r"\s{2,}|\s\|\s|\|\u3000|\u3000", line) if p.strip()]
    return len(parts) >= 3 and all(len(p.split()) <= 3 and len(p) <= 20 for p in parts)


def is_notice(line: str) -> bool:
    """A reader-service notice of the site (scripts off, text-to-speech, cookies, AI summary), not text.

    Notices are one or two short sentences, so longer lines are not searched (this runs on every line).
    """
    return len(line) <= 160 and patterns()["notice"].search(line.lower()) is not None


def is_nav(line: str) -> bool:
    """A navigation line: a site control, a breadcrumb, a share widget, a menu or bare symbols."""
    p = patterns()
    s = line.strip().lstrip("•·-*▶►").strip()
    return bool(p["nav"].match(s) or p["crumb"].match(s) or _is_share_widget(s) or _is_menu(s)
                or re.match(r"^[^\w]*$", s))


def is_caption(line: str) -> bool:
    """A photo caption or credit (it reports what happened, so it stays in the body)."""
    p = patterns()
    return bool(p["caption_start"].match(line) or p["caption_credit"].search(line)
                or re.search(r"\((?:left|right|center|centre|front|second|third|fourth|fifth)[^)]{0,20}\)", line)
                or re.search(r"（(?:左|右|中)[^）]{0,8}）|\((?:왼쪽|오른쪽|가운데)[^)]{0,12}\)", line))
