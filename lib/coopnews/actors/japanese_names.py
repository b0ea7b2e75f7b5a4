"""One form per Japanese person: a spaced full name is the person of its given name before an
office, a later short katakana form is the full name's person, spaced and unspaced forms are one."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .japanese import Person

KATA = "\u30a1-\u30fa\u30fc"  # katakana letters and the long-vowel mark


def spaced_full(text: str, p: Person, full: list[Person]) -> Person:
    """The full name whose given name, after a space, is the name before an office ("藤原 健一郎社長"
    is 藤原 健一郎, not 健一郎), with that office; otherwise ``p``."""
    for f in full:
        if f.end == p.end and f.start < p.start and text[p.start - 1] in " \u3000":
            f.role, f.affiliation = f.role or p.role, f.affiliation or p.affiliation
            return f
    return p


def short_katakana_forms(found: list[Person]) -> list[Person]:
    """A later "ファン・デル・ベルフ" or "イスマイル" that ends a longer katakana name of the story (or
    is one of its later parts) is that person (a foreign name is shortened to its family part after
    its first mention)."""
    full = [p.name for p in found if "・" in p.name]
    for p in found:
        # the family part is the last one, or a middle one (Spanish "ロドリゲス" of "アレハンドロ・ロドリゲス・ガルシア")
        longer = [f for f in full if f != p.name and (f.endswith("・" + p.name) or p.name in f.split("・")[1:])]
        if re.fullmatch(f"[{KATA}・]+", p.name) and longer:
            p.aliases.append(p.name)
            p.name = max(longer, key=len)
    return found


def same_spacing(found: list[Person]) -> list[Person]:
    """One spelling per name: "林 志遠" and "林志遠" are one person, named without the space (the
    form a later story or snippet most likely writes); the spaced form stays an alias."""
    for p in found:
        if re.search(r"[ \u3000]", p.name) and not re.search("[A-Za-z]", p.name):
            p.aliases.append(p.name)
            p.name = re.sub(r"[ \u3000]", "", p.name)
    return found
