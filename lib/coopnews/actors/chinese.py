"""Chinese people from jieba, on text folded to simplified characters (organisations: :mod:`.bodies`).

jieba's dictionary and tags (nr person, ns place, nt organisation, v verb …) are simplified-Chinese;
traditional text is folded with OpenCC ``t2s`` first.  That conversion is character for character
(checked per story: when the lengths differ the original text is analysed), so every offset holds
on the original text.  Rules, per story:

1. **Office then name** ("市長林志遠表示", "部長陳建國在會中表示"): the shortest run of two to four
   Han characters after an office that a verb, a particle, punctuation or another office ends,
   kept when jieba does not read it as a time word, pronoun, verb or number.
2. **Name then office** after a pause ("、戴某某教授"): two or three characters starting with a
   common family name.
3. **Foreign names**: parts joined by a middle dot ("安娜·诺瓦克"), or a transcription after an
   office followed by the Latin name in brackets ("市長約翰史密斯(John Smith)").

jieba is loaded once per process, on the first Chinese story (about 1 s); its prefix dictionary
and word tags are built in memory from one read of jieba's word list: no dictionary cache is
written or read.
"""
from __future__ import annotations

import functools
import gc
import logging
import re

from ..gazetteer import gazetteer
from ..terms import word_tree
from .vocab import load_data
from . import japanese
from .japanese import Person

_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_DOT = "·・‧•"
# a name after an office ends at punctuation, a digit, or one of the words of zh_ja.yaml name_end_words
_NAME_END_MARKS = "、|，|,|。|；|：|:|\\(|（|\\d"
_NOT_NAME_START = {"t", "r", "d", "m", "q", "p", "c", "u", "uj", "ul", "ud", "uz", "ug", "uv", "f", "zg", "x", "eng"}
_FUNCTION_FLAGS = {"t", "r", "m", "q", "p", "c", "u", "uj", "ul", "ud", "uz", "ug", "uv", "f", "x"}
_PLACE_SUFFIX = set("市縣县省區区州鄉乡鎮镇")
# words an organisation name or an office's affiliation does not start with: verbs, prepositions, particles
_LEAD_NOT_ORG = {"v", "p", "c", "u", "uj", "ul", "ud", "uz", "ug", "uv", "d", "r", "y"}
_LEAD_NOT_ORG_WORDS = ("暨", "及", "與", "与", "和", "由", "向", "在", "了")
_LATIN_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ž][a-zà-öø-ÿĀ-ž'-]+"
# a Latin gloss of a name: capitalised words ("O'Connor" too) and lower-case particles ("van den")
_LATIN_PAIR = re.compile(rf"{_LATIN_WORD} {_LATIN_WORD}")  # what every Latin name next to an office holds
_PAREN_CAPITAL = re.compile(r"[(（][A-Z]")
_LATIN_PERSON = re.compile(r"[(（](?P<gloss>[A-Z][A-Za-zà-ÿ'-]+(?: (?:(?:van|von|der|den|de|da|del|dos|bin|al|le|la)"
                           r" )*[A-Z][A-Za-zà-ÿ'.-]+){1,3})[)）]")


@functools.lru_cache(maxsize=1)
def _analysers():
    """The jieba part-of-speech tokenizer and the OpenCC converter, loaded once per process."""
    import os

    import jieba  # heavy: only when a Chinese story appears
    jieba.setLogLevel(logging.WARNING)
    # importing jieba.posseg builds a module-level tagger by reading the whole word list (~0.7 s);
    # it is never used here, so it reads an empty file, and ours is built from one read below
    jieba.dt.dictionary = os.devnull
    try:
        import jieba.posseg
    finally:
        jieba.dt.dictionary = jieba.DEFAULT_DICT
    from opencc import OpenCC

    tk = jieba.Tokenizer()
    tagger = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    tagger.tokenizer = tk
    with tk.get_dict_file() as fh:
        tk.FREQ, tk.total, tagger.word_tag_tab = _word_list(fh.read().decode("utf-8"))
    tk.initialized = True
    gc.collect()  # loading leaves cyclic garbage once: collected now, not in the middle of a story
    return tagger, OpenCC("t2s")


def _word_list(text: str) -> tuple[dict, int, dict]:
    """jieba's prefix dictionary, total count and word tags from its word list, in one pass.

    Built in memory, never read from a cache file: jieba's cache is a marshal dump, and a file in
    a user-writable folder could be swapped for a malicious one.  Same result as jieba's own
    ``gen_pfdict`` and ``load_word_tag``, which read the list twice (tested).
    """
    freq: dict[str, int] = {}
    tags: dict[str, str] = {}
    total = 0
    for line in text.splitlines():
        if not line.strip():
            continue
        word, count, tag = line.strip().split(" ")
        n = int(count)
        freq[word] = n
        tags[word] = tag
        total += n
        for i in range(1, len(word)):
            freq.setdefault(word[:i], 0)
    return freq, total, tags


@functools.lru_cache(maxsize=1)
def vocab() -> dict:
    """Offices (longest first) and common family names for Chinese."""
    titles = load_data("titles.yaml")["zh"]
    extra = load_data("zh_ja.yaml")
    sur = load_data("surnames.yaml")
    offices = sorted(set(titles) | set(extra["titles"]["zh"]), key=len, reverse=True)
    office_alt = word_tree(offices)  # the offices, longest first, as a prefix tree (fewer tries per position)
    name_end = "|".join(map(re.escape, extra["name_end_words"])) + "|" + _NAME_END_MARKS
    han = f"[{_HAN}]"
    return {
        "offices": offices,
        "office_re": re.compile(office_alt),
        "surnames": frozenset(sur["zh"] + sur["ja"]),
        "office_then_name": re.compile(
            rf"(?P<office>{office_alt})(?=(?P<note>[(（][{_HAN}]{{1,4}}[)）])?(?P<name>{han}{{2,4}}?)(?:{name_end}|{office_alt}))"),
        "name_then_office": re.compile(rf"(?:(?<=[、，,。：:\s「『])|^)(?P<name>{han}{{2,3}})(?P<office>{office_alt})", re.M),
        "dotted": re.compile(rf"(?:(?P<office>{office_alt}))?(?P<name>{han}{{1,8}}(?:[{_DOT}]{han}{{1,8}}(?:-{han}{{1,8}})?){{1,3}})"),
        "transcription": frozenset(extra["transcription_chars"].replace(" ", "")),
        "latin": re.compile(rf"(?P<office1>{office_alt})?[ \u3000]?(?P<name>{_LATIN_WORD}(?: {_LATIN_WORD}){{1,3}})[ \u3000]?(?P<office2>{office_alt})?"),
        "transcribed": re.compile(rf"(?P<office>{office_alt})(?P<name>{han}{{3,8}})(?=[(（][A-Z])"),
    }


def tokens(text: str, start: int = 0, end: int | None = None, hmm: bool = True) -> tuple[tuple[int, int, str, str], ...]:
    """jieba ``(start, end, word, flag)`` of ``text[start:end]`` (offsets in ``text``), read on its
    simplified form.

    The rules ask about a few short windows around offices and organisation names, not the
    whole story: jieba's HMM costs about 20 ms per 1,000 characters, a window of 20 well under 1 ms.
    Without ``hmm`` unknown words stay single characters (faster; enough to find verbs and particles).
    """
    start = max(0, start)
    end = len(text) if end is None else min(len(text), end)
    return _tokens(text[start:end], start, hmm)


@functools.lru_cache(maxsize=256)
def _tokens(piece: str, offset: int, hmm: bool) -> tuple[tuple[int, int, str, str], ...]:
    pos_tk, t2s = _analysers()
    simple = t2s.convert(piece)
    if len(simple) != len(piece):  # not character for character: keep the original offsets true
        simple = piece
    out, pos = [], offset
    for w in pos_tk.cut(simple, HMM=hmm):
        out.append((pos, pos + len(w.word), w.word, w.flag))
        pos += len(w.word)
    return tuple(out)


def _span_flags(toks, start: int, end: int) -> list[str]:
    return [f for s, e, _, f in toks if s < end and start < e]


def _starts_like_name(toks, start: int) -> bool:
    """No name starts with a time word, pronoun, adverb, number or function word ("市長今天表示").

    Only the token that starts the span is asked: after an office jieba often cuts a name
    wrongly (a family name read as a verb), but it reads the first word of a sentence part reliably.
    """
    first = next(((e - s, f) for s, e, _, f in toks if s == start), None)
    # a lone character is how jieba without its HMM leaves an unknown name ("刘/德/音")
    return first is None or first[0] == 1 or first[1] not in _NOT_NAME_START


def _office_then_name(text: str) -> list[Person]:
    out = []
    for m in vocab()["office_then_name"].finditer(text):
        s, e = m.span("name")
        if _is_place(m["name"]):
            continue
        toks = tokens(text, m.start(), e + 2, hmm=False)
        if not _starts_like_name(toks, s):
            continue
        if text[s] not in vocab()["surnames"] and not _japanese_name(m["name"]):
            flags = _span_flags(tokens(text, m.start(), e + 2), s, e)  # jieba's HMM finds unknown names
            if not any(f.startswith("nr") for f in flags):
                continue
        role = m["office"] + (m["note"] or "")
        out.append(Person(s, e, m["name"], role, _affiliation(text, m.start())))
    return out


def _japanese_name(name: str) -> bool:
    """MeCab reads the span as a Japanese family name and given name ("桑原真紀" after 副校長)."""
    toks = japanese.tokens(name)
    return len(toks) >= 2 and toks[0].pos4 == "姓" and toks[0].start == 0 and toks[-1].end == len(name) \
        and all(t.person for t in toks)


def _affiliation(text: str, at: int) -> str:
    """The body or place named right before an office: the noun tokens back to a verb or a pause."""
    start = at
    for s, e, w, f in reversed(tokens(text, at - 20, at, hmm=False)):
        if e != start or f in _LEAD_NOT_ORG or f in ("x", "m", "eng") or w in _LEAD_NOT_ORG_WORDS or at - s > 20:
            break
        start = s
    return text[start:at]


def _is_place(name: str) -> bool:
    g = gazetteer()
    return bool(g.lookup(name)) or name[-1] in _PLACE_SUFFIX or bool(g.lookup(name[:-1]))


def _name_then_office(text: str) -> list[Person]:
    out = []
    for m in vocab()["name_then_office"].finditer(text):
        s, e = m.span("name")
        if text[s] not in vocab()["surnames"]:
            continue
        toks = tokens(text, s - 2, m.end(), hmm=False)
        inside = {f for a, b, _, f in toks if a >= s and b <= e}
        # jieba often reads a family name as a verb ("戴"), so only function words and times rule it out
        if text[s] not in vocab()["surnames"] or inside & _FUNCTION_FLAGS or _is_place(m["name"]) \
                or m["name"].endswith("副"):  # "陳副市長": the deputy belongs to the office
            continue
        out.append(Person(s, e, m["name"], m["office"]))
    return out


def _foreign(text: str) -> list[Person]:
    """Transcribed foreign names: dotted parts, or a transcription glossed by the Latin name."""
    v = vocab()
    out = []
    for m in v["dotted"].finditer(text) if any(c in text for c in _DOT) else ():  # (a name's dot is rare)
        gloss = _LATIN_PERSON.match(text, m.end())
        start, office = m.start("name"), m["office"] or ""
        inner = list(v["office_re"].finditer(text, start, m.end()))
        if inner:  # "议会主席安娜·诺瓦克": the name starts after the office
            start, office = inner[-1].end(), inner[-1].group(0)
        start, end = _trim_transcription(text, start, m.end(), bool(gloss))
        if start == end:
            continue
        name = text[start:end]
        parts = re.split(f"[{_DOT}]", name)
        if min(map(len, parts)) < (1 if gloss else 2):
            continue
        if not office and start > m.start("name"):
            office = next((o.group(0) for o in v["office_re"].finditer(text, max(0, start - 8), start) if o.end() == start), "")
        out.append(Person(start, end, name, office, aliases=[gloss["gloss"]] if gloss else []))
        if gloss:  # the Latin name in brackets is the same person, not a place ("Anna")
            out.append(Person(gloss.start("gloss"), gloss.end("gloss"), name, office, aliases=[gloss["gloss"]]))
    for m in v["transcribed"].finditer(text) if _PAREN_CAPITAL.search(text) else ():
        gloss = _LATIN_PERSON.match(text, m.end())
        if gloss is not None:
            for a, b in ((m.start("name"), m.end("name")), gloss.span("gloss")):
                out.append(Person(a, b, m["name"], m["office"], aliases=[gloss["gloss"]]))
    return out


def _trim_transcription(text: str, start: int, end: int, glossed: bool) -> tuple[int, int]:
    """Cut a dotted name's outer parts to their transcription characters ("负责人约瑟夫·卡马乌表示"
    is 约瑟夫·卡马乌): an office or noun before it and a verb after it are written with others.

    Returns ``(start, end)``; an empty span when an outer part has no transcription character.
    """
    if glossed:
        return start, end
    ok = vocab()["transcription"]
    dot = re.search(f"[{_DOT}]", text[start:end])
    if dot is None:  # an office inside the match took the dotted part
        return start, start
    first = dot.start() + start
    last = max(i for i in range(start, end) if text[i] in _DOT)
    s = first
    while s > start and text[s - 1] in ok:
        s -= 1
    e = last + 1
    while e < end and (text[e] in ok or text[e] == "-"):
        e += 1
    if s == first or e == last + 1:
        return start, start  # an outer part with no transcription character: no foreign name ("中国·东盟")
    return s, e


def latin_people(text: str, offices: re.Pattern) -> list[Person]:
    """Latin-script names written next to an office in CJK text ("部長 Anna Novak", "Jane Roe教授")."""
    out = []
    for m in offices.finditer(text) if _LATIN_PAIR.search(text) else ():  # (no scan without two Latin words)
        office = m["office1"] or m["office2"]
        if office:
            out.append(Person(m.start("name"), m.end("name"), m["name"], office))
    return out


def people(text: str) -> list[Person]:
    """Every person mention found in a Chinese story (may overlap; the caller keeps the best)."""
    return (_office_then_name(text) + _name_then_office(text) + _foreign(text)
            + latin_people(text, vocab()["latin"]))
