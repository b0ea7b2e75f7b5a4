"""Offices before a name in English: "Minister of Trade, Industry and Energy Kim Min-ho", "the Mayor of Seoul,
Kim Min-ho", "the Prime Minister, Dr. Kim …": the name is the first stretch of the run that is a name shape
with no office word.
"""
from __future__ import annotations

import re

from .latin import _PARTICLE
from .mentions import Mention
from .person_words import (_CAPS_FAMILY, _OFFICE_CONNECTORS, _PRE_TITLE, _caps_body, _office_name, _sentence_tail,
                           _starts_name)
from .places import MIN_TOWN_POPULATION


class OfficeRuns:
    """The office-run pass of :class:`coopnews.actors.people.LatinPeople`, which provides ``g`` (the
    gazetteer), ``names``, ``title_words``, ``re_office`` and ``_ok``.
    """

    def _name_in_run(self, text: str, start: int, run: str, not_names: set, comma: bool):
        """The first person name that ends a stretch of capitalised words in an office run.

        "Trade, Industry and Energy Kim Min-ho" -> "Kim Min-ho"; the words before it name the office.
        Returns ``(name start, name)`` or ``None``.
        """
        pieces = [(m.start(), m.group(0)) for m in re.finditer(r"[^\s,]+|,", run)]
        stretches, cur, after_comma, bare_comma = [], [], [comma], [comma]
        for k, (off, w) in enumerate(pieces):
            if w == "and" and k and pieces[k - 1][1] == "," and _starts_name(run, pieces, k + 1):
                break  # ", and Kim Min-ho, …": the next item of a list, another person's office
            if w == "," or w in _OFFICE_CONNECTORS and not re.fullmatch(_PARTICLE, w):
                if cur:
                    stretches.append(cur)
                    after_comma.append(w == ",")
                    bare_comma.append(w == ",")
                else:
                    bare_comma[-1] = False  # ", and the …"
                cur = []
            else:
                cur.append((off, w))
        stretches.append(cur)
        for n, st in enumerate(stretches):
            if comma and n:
                break  # "the Mayor, Kim Min-ho": the name is what follows the comma
            # after "of", "for", "and" the body comes first ("Centre for Space Studies" is no name); after a comma
            # the name may stand alone ("Mayor of Seoul, Kim Min-ho")
            if after_comma[n] and n + 1 < len(stretches) and bare_comma[n + 1] \
                    and any(w in self.title_words for _, w in stretches[n + 1]):
                return None  # "…, Ana Ruiz, Lieutenant Governor of X": the name heads the next office
            for i in (range(len(st)) if after_comma[n] else range(1, len(st))):
                s0 = st[i][0]
                cand = run[s0:st[-1][0] + len(st[-1][1])]
                cand = cand[:-1] if cand.endswith(".") and not re.search(r"\b[A-Z]\.$", cand) else cand
                if (_office_name(cand) or re.fullmatch(_CAPS_FAMILY, cand) and not _caps_body(cand)) \
                        and self._ok(self.names["honorific"].sub("", cand), not_names):
                    if self._known_place(cand.split()[0]) and len(st) - i >= 3:
                        continue  # "Mayor of X Busan Park Min-ho": the place ends the office
                    if i and self._known_place(f"{st[i - 1][1]} {st[i][1]}"):
                        continue  # "Ambassador of Japan to Viet Nam Ito Naoki": a two-word place ends it
                    return start + s0, cand
        return None

    def _holder_follows(self, text: str, a: int) -> bool:
        """Whether the office at ``a`` ends in its holder's name ("…, Example Minister of Public Works Ana Ruiz
        said"): then it is that person's office, not the apposition of the name before the comma."""
        m = self.re_office.match(text, a, min(len(text), a + 240))
        return m is not None and m["comma"] is None \
            and self._name_in_run(text, m.start("run"), m["run"], set(), False) is not None

    def _known_place(self, word: str) -> bool:
        """Whether ``word`` names a country, region or town big enough to be read as a place in Latin text
        (a hamlet's name is more often a family name: "Gan Kim Yong")."""
        hits = self.g.lookup(word)
        return bool(hits) and (hits[0].kind != "city" or hits[0].population >= MIN_TOWN_POPULATION)

    def _offices(self, text: str, at_title, not_names: set, out: list[Mention]) -> None:
        """People after an office with its body ("Governor of X Province, Dr. Kim …") or a comma."""
        last = 0
        for a in at_title:
            if a < last:
                continue
            m = self.re_office.match(text, a, min(len(text), a + 240))
            if m is None or m["comma"] is not None and text[a - 1:a] == "(":
                continue  # "Name (CEO, Example Grid)": the body after the comma, not a name
            found = self._name_in_run(text, m.start("run"), m["run"], not_names, m["comma"] is not None)
            last = m.end("title") if found is None else found[0] + len(found[1])  # a run may hold the next office
            if found is None:
                continue
            s0, cand = found
            after = text[s0 + len(cand):s0 + len(cand) + 3]
            if m["comma"] is not None and after[:1].isalpha() and not re.match(r"\s[a-z]", after):
                continue
            aff = text[m.start("run"):s0].strip(" ,")
            aff = re.sub(r"(?:[\s,]+(?:and|of|for|the|in|on|to))+$", "", aff) if s0 > m.start("run") else ""
            pre = _PRE_TITLE.search(text, max(0, m.start() - 60), m.start())
            if pre is not None and (pre.start() == 0 or not text[pre.start() - 1].isalnum()):
                aff = _sentence_tail(pre.group(0)) or aff
            name = self.names["honorific"].sub("", cand)
            st = s0 + len(cand) - len(name)
            out.append(Mention(st, st + len(name), name, "person", "", name, role=m["title"].strip(), affiliation=aff))
