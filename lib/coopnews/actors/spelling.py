"""Spelling distance between names: variants within a story, likely typos across the corpus."""
from __future__ import annotations


def _same_person(a: str, b: str) -> bool:
    """Two spellings of one name in a story: same surname token, nearly the same given name."""
    if a == b:
        return True
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb) or len(ta) < 2 or ta[0] != tb[0]:
        return False
    ga, gb = "".join(ta[1:]).lower(), "".join(tb[1:]).lower()
    return _edit_distance(ga, gb) <= 2 and len(ga) >= 5


def _deletion_keys(s: str) -> list[str]:
    """``s`` and every string one deletion from it, each once."""
    return list({s} | {s[:i] + s[i + 1:] for i in range(len(s))})


def _one_edit(a: str, b: str) -> bool:
    """``_edit_distance(a, b) == 1`` in linear time: one substitution, insertion, deletion or swap."""
    la, lb = len(a), len(b)
    if a == b or abs(la - lb) > 1:
        return False
    i, n = 0, min(la, lb)
    while i < n and a[i] == b[i]:
        i += 1
    if la > lb:
        return a[i + 1:] == b[i:]
    if la < lb:
        return a[i:] == b[i + 1:]
    return a[i + 1:] == b[i + 1:] or (a[i + 2:] == b[i + 2:] and i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i])


def _edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (optimal string alignment)."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]
