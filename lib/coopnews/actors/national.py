"""National bodies of Korea, Taiwan, China and Japan under their short names (``data/national_bodies.yaml``).

The press introduces a ministry or an agency by a short form the suffix pass cannot read ("國科會",
"산업부", "ジェトロ") or does not trust alone (a two-syllable Korean word and 부 or 청).  Each form
found is a mention of the full name (one actor for both).  A Hangul form stands alone (no Hangul
before it, only particles after it); a two-character Han form has no Han character on either side.
"""
from __future__ import annotations

import functools
import re

from .mentions import Mention
from .vocab import load_data

_HANGUL = re.compile(r"[가-힣]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_PARTICLES = re.compile(r"(?:와|과|를|을|는|은|이|가|의|에서|에게|에|로|으로|도|측|만|부터|까지|와의|과의)?")


@functools.lru_cache(maxsize=1)
def _forms() -> tuple[dict, re.Pattern]:
    """Every form -> (full name, kind), and one pattern for them all (longest first)."""
    forms = {}
    for kind, bodies in load_data("national_bodies.yaml").items():
        for full, shorts in bodies.items():
            for f in [full, *(shorts or [])]:
                forms[f] = (full, kind)
    return forms, re.compile("|".join(sorted(map(re.escape, forms), key=len, reverse=True)))


def _stands_alone(text: str, start: int, end: int) -> bool:
    form = text[start:end]
    before = text[start - 1:start]
    if _HANGUL.match(form):
        tail = re.match(r"[가-힣]*", text[end:end + 4]).group(0)
        return not _HANGUL.match(before) and _PARTICLES.fullmatch(tail) is not None
    if len(form) == 2 and _HAN.match(form):
        return not _HAN.match(before) and not _HAN.match(text[end:end + 1])
    return True


def is_form(name: str) -> bool:
    """Whether ``name`` is a form of the list."""
    return name in _forms()[0]


def exact(name: str) -> bool:
    """Whether ``name`` is a form of the list or starts with a full name of it: its start is exact
    (no verb or particle to trim before it)."""
    m = _forms()[1].match(name)
    return is_form(name) or (m is not None and _forms()[0][m.group(0)][0] == m.group(0))


def find(text: str) -> tuple[list[Mention], list[Mention]]:
    """The national bodies named in a Korean, Chinese or Japanese story, keyed by their full names.

    Returns
    -------
    (short, full) : two lists of Mention
        Short forms (they win a tie with the suffix pass: "과기정통부" is the ministry's short name)
        and full names (they lose it: the suffix pass knows the bracket after them).
    """
    forms, pattern = _forms()
    short, full_forms = [], []
    for m in pattern.finditer(text):
        if not _stands_alone(text, m.start(), m.end()):
            continue
        form = m.group(0)
        full, kind = forms[form]
        (short if form != full else full_forms).append(
            Mention(m.start(), m.end(), form, "organization", "org:" + full, full, kind,
                    aliases=[form] if form != full else []))
    return short, full_forms


def absorb_parents(text: str, orgs: list[Mention]) -> list[Mention]:
    """A national body written right before one of its offices names that office
    ("國家科學及技術委員會南部科學園區管理局" is one body, under its whole name)."""
    forms, pattern = _forms()
    for m in pattern.finditer(text):
        if forms[m.group(0)][0] != m.group(0) or not _HAN.match(text[m.end():m.end() + 1]):
            continue
        for o in orgs:  # the office starts inside the parent's name (the suffix pass cut at 及) or right after it
            if m.start() < o.start <= m.end() < o.end and not is_form(o.text):
                if o.name == o.text:
                    if o.start == m.end():  # the office's own name ("南部科學園區管理局")
                        o.aliases.append(o.name)
                    o.name, o.key = text[m.start():o.end], "org:" + text[m.start():o.end]
                o.start, o.text = m.start(), text[m.start():o.end]
    return [o for o in orgs if not any(p is not o and p.start <= o.start and o.end < p.end and is_form(o.text)
                                       for p in orgs)]
