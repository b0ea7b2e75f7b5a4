"""Latin-script names whose shape alone marks a person, with no title or speech verb beside them.

"Kim Hye-won" (a common East-Asian family name and a hyphenated given name) and "Fatima Al-Qasimi",
"Khalid bin Saud Al-Nahyan" (a given name and an Arabic "Al-" family name, "bin"/"bint" between) are
people wherever they stand, unless a byline or a photo credit precedes them or a capitalised word follows
(a venue or foundation named after the person: "the Kim Dae-jung Convention Center").
"""
from __future__ import annotations

import functools
import re

from .latin import _NAME_TOKEN
from .vocab import _common_word, _surnames
from ..terms import word_tree as _word_tree

_CREDIT_BEFORE = re.compile(r"(?:\b[Bb]y|Photo|Photos|Reporter|Editor|Writer|Credit|Correspondent|©)[:\s]*$")
_END = r"(?![\w’'-])(?!\s+[A-Z])"


@functools.lru_cache(maxsize=1)
def _shapes() -> tuple[re.Pattern, re.Pattern]:
    fams = sorted(_surnames()["latin"], key=len, reverse=True)
    # a lookahead on the family names' first letters and their prefix tree: a fast scan, the same matches
    firsts = re.escape("".join(sorted({f[:1] for f in fams})))
    east = re.compile(rf"(?=[{firsts}])(?<![\w.’'-])(?P<name>(?:{_word_tree(fams)}) [A-Z][a-z]+-[a-z]+){_END}")
    arab = re.compile(rf"(?<![\w.’'-])(?P<name>(?P<given>{_NAME_TOKEN})(?: (?:bin|bint|ibn) {_NAME_TOKEN})*"
                      rf" (?:Al|El)-{_NAME_TOKEN}){_END}")
    return east, arab


def shaped_names(text: str):
    """Matches (group ``name``) of the name shapes in ``text`` outside credits and bylines."""
    east, arab = _shapes()
    found = list(east.finditer(text))
    if "l-" in text:
        found += [m for m in arab.finditer(text) if not _common_word(m["given"])]
    return [m for m in found if not _CREDIT_BEFORE.search(text, max(0, m.start() - 20), m.start())]
