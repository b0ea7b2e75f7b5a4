"""Many literal terms found in one pass: an Aho-Corasick automaton with word-boundary checks.

Python's ``re`` tries every alternative of a long ``a|b|c…`` pattern at every position; with
hundreds of terms that is the slowest part of a story.  :class:`TermMatcher` compiles the terms
into one automaton (``pyahocorasick``) per case mode and checks the word boundaries of Latin
terms afterwards, so a story costs one pass per mode whatever the number of terms.
"""
from __future__ import annotations

import functools
import re

import ahocorasick

_LATIN = re.compile(r"[A-Za-z0-9]")
_WORDCHAR = re.compile(r"[\w-]")


def _is_word(ch: str) -> bool:
    """A character that glues to a Latin term: a letter or digit of a non-CJK script, ``_``, ``-``.

    "AI반도체" and "MOU를" hold the terms "AI" and "MOU"; "MOUs" and "pre-MOU" do not.
    """
    return ch in "_-" or (ch.isalnum() and ord(ch) < 0x1100)


@functools.lru_cache(maxsize=8)
def lower_same_length(text: str) -> str:
    """``text.lower()`` when that keeps every offset, else a character-wise lower case."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


class TermMatcher:
    """Find literal terms in a text.

    Parameters
    ----------
    terms : iterable of (term, payload, case_sensitive, prefix)
        ``prefix`` terms match any word that starts with them ("visit" → "visited").
        Terms containing a Latin letter or digit must stand as whole words (no letter, digit,
        ``_`` or ``-`` on either side); CJK terms match anywhere.
    """

    def __init__(self, terms):
        self._auto = {True: ahocorasick.Automaton(), False: ahocorasick.Automaton()}
        self._n = {True: 0, False: 0}
        for term, payload, cased, prefix in terms:
            if not term:
                continue
            key = term if cased else term.lower()
            a = self._auto[bool(cased)]
            old = a.get(key, None)
            value = (len(key), bool(_LATIN.search(term)), bool(prefix), payload)
            if old is None:
                a.add_word(key, value)
                self._n[bool(cased)] += 1
        for cased, a in self._auto.items():
            if self._n[cased]:
                a.make_automaton()

    def find(self, text: str, lower: str | None = None, longest: bool = True):
        """Return ``[(start, end, payload), …]`` sorted by start, non-overlapping when ``longest``.

        ``lower`` may pass ``lower_same_length(text)`` when the caller already has it.
        """
        hits = []
        for cased in (True, False):
            if not self._n[cased]:
                continue
            hay = text if cased else (lower if lower is not None else lower_same_length(text))
            n = len(text)
            for end, (length, latin, prefix, payload) in self._auto[cased].iter(hay):
                start = end - length + 1
                stop = end + 1
                if latin:
                    if start > 0 and _is_word(text[start - 1]):
                        continue
                    if prefix:
                        while stop < n and text[stop].isalpha():
                            stop += 1
                    elif stop < n and _is_word(text[stop]):
                        continue
                hits.append((start, stop, payload))
        hits.sort(key=lambda h: (h[0], h[0] - h[1]))
        if not longest:
            return hits
        out, last = [], -1
        for h in hits:
            if h[0] >= last:
                out.append(h)
                last = h[1]
        return out


def finditer_near(pattern: re.Pattern, text: str, anchors, back: int, forward: int):
    """``pattern.finditer(text)`` restricted to windows around ``anchors`` (sorted offsets).

    For patterns that can only match around a known word (a title, a speech verb), searching
    ``[anchor - back, anchor + forward]`` finds the same non-overlapping matches as scanning
    the whole text, at a fraction of the cost.  Windows start on a word boundary.
    """
    last, n = 0, len(text)
    for a in anchors:
        if a < last:
            continue
        lo = max(last, a - back)
        while lo > last and text[lo - 1].isalnum():
            lo -= 1
        hi = min(n, a + forward)
        m = pattern.search(text, lo, hi)
        if m is None:
            continue
        if m.end() == hi < n:  # the window may have cut it short: match again from its start
            m = pattern.match(text, m.start(), min(n, m.start() + back + forward)) or m
        yield m
        last = m.end()
