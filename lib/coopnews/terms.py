"""Many literal terms found in one pass: an Aho-Corasick automaton with word-boundary checks.

Python's ``re`` tries every alternative of a long ``a|b|c…`` pattern at every position; with
hundreds of terms that is the slowest part of a story.  :class:`TermMatcher` compiles the terms
into an automaton (``pyahocorasick``) and checks the word boundaries of Latin terms afterwards.

Every story is searched by several term lists (titles, speech verbs, months, event words,
sector terms, known organisations).  All the matchers of a process share two automata (case-
sensitive and lower-cased; CJK terms apart), so a text costs two or three passes whatever the
number of lists: the first ``find`` on a text scans it for every matcher and keeps the hits (of
the last eight texts); the others on the same text (or an equal copy) reuse them.
"""
from __future__ import annotations

import functools
import re
import weakref

import ahocorasick

WHOLE, PREFIX, COMPOUND = False, True, "compound"  # how a Latin term may meet its neighbours
_LATIN = re.compile(r"[A-Za-z0-9]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]")


@functools.lru_cache(maxsize=8)
def lower_same_length(text: str) -> str:
    """``text.lower()`` when that keeps every offset, else a character-wise lower case."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


class _Shared:
    """The terms of every live :class:`TermMatcher` in two automata, and the hits of the last text."""

    def __init__(self):
        self.matchers: list[weakref.ref] = []
        self.auto: dict[tuple[bool, bool], ahocorasick.Automaton] = {}
        self.other_needs_cjk = True
        self.stale = True
        self.recent: list[tuple[str, dict[int, list]]] = []  # the last few texts and their hits

    def register(self, m: "TermMatcher") -> None:
        self.matchers.append(weakref.ref(m, self._forget))
        self._forget()

    def _forget(self, _ref=None) -> None:
        self.stale = True
        self.recent = []

    def _build(self) -> None:
        self.matchers = [r for r in self.matchers if r() is not None]
        # (Latin key?, case-sensitive?) -> key -> [(matcher id, mode, payload, exact form)].  Keys
        # without a Latin letter (CJK) get automata of their own: their root has hundreds of
        # branches, which makes every character slow, so they are run only on texts that hold CJK.
        # A case-sensitive Latin key is looked for in the lower-cased text with the others and
        # checked as written (its exact form), which saves a pass over the text; a key whose lower
        # case is not letter by letter ("Σ" has two) keeps a pass of its own.
        entries: dict[tuple[bool, bool], dict[str, list]] = {}
        for r in self.matchers:
            m = r()
            for key, cased, value in m._entries:
                latin = bool(_LATIN.search(key))
                if latin and cased and "\u03a3" not in key and all(len(c.lower()) == 1 for c in key):
                    entries.setdefault((True, False), {}).setdefault(key.lower(), []).append((id(m),) + value + (key,))
                else:
                    entries.setdefault((latin, cased), {}).setdefault(key, []).append((id(m),) + value + (None,))
        self.auto = {}
        for (latin, cased), by_key in sorted(entries.items(), reverse=True):
            a = ahocorasick.Automaton()
            for key, values in by_key.items():
                values.sort(key=lambda v: v[-1] is None)  # a case-sensitive hit first, as its own pass came first
                a.add_word(key, (len(key), latin, tuple(values)))
            a.make_automaton()
            self.auto[(latin, cased)] = a
        self.other_needs_cjk = all(_CJK.search(key) for (latin, _), by_key in entries.items() if not latin
                                   for key in by_key)
        self.stale = False

    def hits_of(self, m: "TermMatcher", text: str, lower: str | None) -> list:
        if self.stale:
            self._build()
        for seen, hits in self.recent:  # a story's text and title are searched by turns, by several steps
            if seen is text or seen == text:  # (an equal copy of the text is the same text)
                return hits.get(id(m), [])
        hits = self._scan(text, lower)
        self.recent = [(text, hits)] + self.recent[:7]
        return hits.get(id(m), [])

    def _scan(self, text: str, lower: str | None) -> dict[int, list]:
        hits: dict[int, list] = {}
        n = len(text)
        has_cjk = None
        for (latin_keys, cased), a in self.auto.items():
            if not latin_keys and self.other_needs_cjk:
                if has_cjk is None:
                    has_cjk = _CJK.search(text) is not None
                if not has_cjk:
                    continue
            hay = text if cased else (lower if lower is not None else lower_same_length(text))
            for end, (length, latin, values) in a.iter(hay):
                start, stop = end - length + 1, end + 1
                # a Latin term stands alone: no letter or digit of a non-CJK script (below U+1100),
                # "_" or "-" on either side ("AI반도체" and "MOU를" hold "AI" and "MOU"; "MOUs" and
                # "pre-MOU" do not, except as a COMPOUND term's part); tested inline, as most raw hits
                # sit inside longer words
                if latin:
                    c = text[start - 1] if start > 0 else " "
                    if c == "_" or (c < "\u1100" and c.isalnum()):
                        continue
                    left_hyphen = c == "-"
                    c = text[stop] if stop < n else " "
                    whole = not (c == "_" or (c < "\u1100" and c.isalnum()))
                    right_hyphen = c == "-"
                    for owner, mode, payload, exact in values:
                        if exact is not None and text[start:stop] != exact:
                            continue
                        if mode is PREFIX and not left_hyphen:
                            e = stop
                            while e < n and text[e].isalpha():
                                e += 1
                            hits.setdefault(owner, []).append((start, e, payload))
                        elif whole and (mode is COMPOUND or not (left_hyphen or right_hyphen)):
                            hits.setdefault(owner, []).append((start, stop, payload))
                else:
                    for owner, _prefix, payload, _exact in values:
                        hits.setdefault(owner, []).append((start, stop, payload))
        return hits


_SHARED = _Shared()


class TermMatcher:
    """Find literal terms in a text.

    Parameters
    ----------
    terms : iterable of (term, payload, case_sensitive, prefix)
        ``prefix`` is ``WHOLE`` (False), ``PREFIX`` (True) or ``COMPOUND``.  Terms containing a
        Latin letter or digit must stand as whole words: no letter, digit, ``_`` or ``-`` on
        either side; ``PREFIX`` terms match any word that starts with them ("visit" →
        "visited"); ``COMPOUND`` terms also match as one part of a hyphenated compound ("AI" in
        "AI-powered", "5G" in "5G-connected").  CJK terms match anywhere.  A term listed twice
        keeps its first payload.
    """

    def __init__(self, terms):
        seen: set[tuple[str, bool]] = set()
        self._entries: list[tuple[str, bool, tuple]] = []
        for term, payload, cased, prefix in terms:
            if not term:
                continue
            key = term if cased else term.lower()
            if (key, bool(cased)) in seen:
                continue
            seen.add((key, bool(cased)))
            mode = COMPOUND if prefix == COMPOUND else bool(prefix)
            self._entries.append((key, bool(cased), (mode, payload)))
        _SHARED.register(self)

    def find(self, text: str, lower: str | None = None, longest: bool = True):
        """Return ``[(start, end, payload), …]`` sorted by start, non-overlapping when ``longest``.

        ``lower`` may pass ``lower_same_length(text)`` when the caller already has it.
        """
        hits = sorted(_SHARED.hits_of(self, text, lower), key=lambda h: (h[0], h[0] - h[1]))
        if not longest:
            return hits
        out, last = [], -1
        for h in hits:
            if h[0] >= last:
                out.append(h)
                last = h[1]
        return out


def word_tree(words) -> str:
    """The alternation of ``words`` as a regex tree of shared prefixes ("vice (?:minister|chairman)").

    Python's engine tries the words of a plain ``a|b|c`` one by one at every position it reaches;
    the tree tries one branch per next character.  It matches as the plain alternation of the words
    sorted longest first: the words that fit at one position are prefixes of each other, and the
    tree, like that list, tries the longer before the shorter.  In a case-insensitive pattern the
    words must be in one case (then no two branches take the same letter).
    """
    root: dict = {}
    for w in words:
        node = root
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(c) + emit(child) for c, child in node.items() if c]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" not in node:
            return body
        return f"(?:{body})?" if len(alts) == 1 else body + "?"

    return emit(root)


def finditer_from(pattern: re.Pattern, text: str, starts):
    """``pattern.finditer(text)`` for a pattern whose matches can only start at ``starts`` (sorted offsets).

    A pattern anchored by a line start or a lookbehind gives Python's engine no first character to
    skip to, so a scan tries it at every position; trying it only where it can start finds the same
    matches.  The pattern must not match the empty string.
    """
    last = 0
    for s in starts:
        if s < last:
            continue
        m = pattern.match(text, s)
        if m is not None:
            yield m
            last = m.end()


def may_contain(text: str, words) -> bool:
    """Whether a case-insensitive pattern needing one of the lower-case ``words`` can match ``text``.

    A cheap test before a case-insensitive scan (which Python's engine runs position by position):
    false only when no word occurs in ``text.lower()`` and ``text`` holds none of the few letters that
    ``re.IGNORECASE`` matches to a different ASCII letter ("ſ", "ı", "İ", the Kelvin sign).
    """
    if any(c in text for c in "\u017f\u0131\u0130\u212a"):
        return True
    low = text.lower()
    return any(w in low for w in words)


def finditer_near(pattern: re.Pattern, text: str, anchors, back: int, forward: int, need=None):
    """``pattern.finditer(text)`` restricted to windows around ``anchors`` (sorted offsets).

    For patterns that can only match around a known word (a title, a speech verb), searching
    ``[anchor - back, anchor + forward]`` finds the same non-overlapping matches as scanning
    the whole text, at a fraction of the cost.  Windows start on a word boundary.  ``need``, a
    string (or tuple of strings, one of which) every match holds, lets a window without it go unsearched.
    """
    last, n = 0, len(text)
    for a in anchors:
        if a < last:
            continue
        lo = max(last, a - back)
        while lo > last and text[lo - 1].isalnum():
            lo -= 1
        hi = min(n, a + forward)
        if need is not None and not any(text.find(x, lo, hi) >= 0 for x in ((need,) if isinstance(need, str) else need)):
            continue
        m = pattern.search(text, lo, hi)
        if m is None:
            continue
        if m.end() == hi < n:  # the window may have cut it short: match again from its start
            m = pattern.match(text, m.start(), min(n, m.start() + back + forward)) or m
        yield m
        last = m.end()
