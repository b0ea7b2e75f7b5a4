"""Term matching: whole words, prefixes, CJK substrings, and the scan shared by all matchers."""
import gc
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from coopnews.terms import TermMatcher, finditer_from, finditer_near, may_contain, word_tree


def spans(matcher, text):
    return [(text[s:e], p) for s, e, p in matcher.find(text)]


def test_whole_words_prefixes_case_and_cjk():
    m = TermMatcher([("MOU", "mou", True, False), ("visit", "visit", False, True), ("반도체", "chip", True, False),
                     ("AI", "ai", True, False)])
    text = "MOUs and pre-MOU aside, the MOU를 Visited AI반도체 said (AI)."
    assert spans(m, text) == [("MOU", "mou"), ("Visited", "visit"), ("AI", "ai"), ("반도체", "chip"), ("AI", "ai")]


def test_longest_match_wins_and_first_payload_of_a_repeated_term():
    m = TermMatcher([("vice mayor", "vm", False, False), ("mayor", "m", False, False), ("Mayor", "other", False, False)])
    assert spans(m, "Vice Mayor Kim met the mayor.") == [("Vice Mayor", "vm"), ("mayor", "m")]
    assert len(m.find("Vice Mayor Kim", longest=False)) == 2


def test_matchers_sharing_a_text_see_only_their_own_terms():
    a = TermMatcher([("summit", "A", False, False), ("협약", "A", True, False)])
    b = TermMatcher([("summit", "B", False, False), ("Busan", "B", True, False)])
    text = "The Busan summit ended with a 협약."
    assert spans(a, text) == [("summit", "A"), ("협약", "A")]
    assert spans(b, text) == [("Busan", "B"), ("summit", "B")]
    c = TermMatcher([("ended", "C", False, False)])  # a new matcher invalidates what was scanned
    assert spans(c, text) == [("ended", "C")]
    assert spans(a, text) == [("summit", "A"), ("협약", "A")]


def test_a_collected_matcher_leaves_the_others_working():
    keep = TermMatcher([("expo", "keep", False, False)])
    gone = TermMatcher([("expo", "gone", False, False)])
    assert spans(gone, "an expo") == [("expo", "gone")]
    del gone
    gc.collect()
    assert spans(keep, "the expo and another expo") == [("expo", "keep"), ("expo", "keep")]


@settings(max_examples=150, deadline=None)  # each example rebuilds the shared automata
@given(st.lists(st.tuples(st.sampled_from(["AI", "ai", "chip", "Chip", "MOU", "반도체", "協定", "Seoul", "seoul-si",
                                           "U.S.", "R&D", "co-op", "visit", "Ⴀb"]),
                          st.booleans(), st.booleans()),
                min_size=1, max_size=6, unique_by=lambda t: (t[0], t[1])),
       st.lists(st.sampled_from(["AI", "chips", "chip", "MOU를", "반도체", "協定書", "Seoul", "seoul-si", "said", "-",
                                 " ", ", ", "x", "U.S.", "R&D", "co-ops", "visited", "Visit", "_", "Ⴀb", "9",
                                 "\x00", "İ"]), max_size=12))
def test_shared_scan_equals_a_plain_reading_of_the_rules(terms, pieces):
    """Latin terms stand as whole words (no letter or digit below U+1100, "_" or "-" around; a
    prefix term may go on with letters), case-sensitive or not; CJK terms match anywhere."""
    text = "".join(pieces)
    m = TermMatcher([(w, (w, cased, prefix), cased, prefix) for w, cased, prefix in terms])

    def glues(i):
        return 0 <= i < len(text) and (text[i] in "_-" or (text[i].isalnum() and ord(text[i]) < 0x1100))

    low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    expected, seen = [], set()
    for w, cased, prefix in terms:
        hay, key = (text, w) if cased else (low, w.lower())
        if (key, cased) in seen:
            continue  # a term listed twice keeps its first payload
        seen.add((key, cased))
        latin = re.search(r"[A-Za-z0-9]", w) is not None
        for i in range(len(text)):
            if not hay.startswith(key, i):
                continue
            stop = i + len(key)
            if latin and glues(i - 1):
                continue
            if latin and prefix:
                while stop < len(text) and text[stop].isalpha():
                    stop += 1
            elif latin and glues(stop):
                continue
            expected.append((i, stop, (w, cased, prefix)))
    key = lambda h: (h[0], h[0] - h[1], h[2])
    assert sorted(m.find(text, longest=False), key=key) == sorted(expected, key=key)


def test_finditer_near_finds_what_a_full_scan_finds():
    pat = re.compile(r"Mayor (?P<name>[A-Z][a-z]+ [A-Z][a-z]+)")
    text = "In Busan, Mayor Park Hyun met Mayor Anna Berg; later Mayor Lee Sun spoke. " * 3
    anchors = [m.start() for m in re.finditer("Mayor", text)]
    assert [m.group(0) for m in finditer_near(pat, text, anchors, 10, 40)] == [m.group(0) for m in pat.finditer(text)]


def test_finditer_from_finds_what_a_full_scan_finds_when_matches_start_only_there():
    pat = re.compile(r"(?m)(?:^|(?<=\d))[ \t]*(?P<w>[A-Z]{2,})(?=,)")
    text = "SEOUL, March 4\nBUSAN, May\n 3TAIPEI, x\nnot SEOUL, here 12 ULSAN,"
    starts = [0] + [m.end() for m in re.finditer(r"[\n\d]", text)]
    found = [m.group("w") for m in finditer_from(pat, text, starts)]
    assert found == [m.group("w") for m in pat.finditer(text)] == ["SEOUL", "BUSAN", "TAIPEI", "ULSAN"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Later", "SAME", "ſame", "the", " ", "day", "İ", "x", "同日", "K"]), max_size=8))
def test_may_contain_is_false_only_when_a_case_insensitive_scan_finds_nothing(pieces):
    text = "".join(pieces)
    pat = re.compile(r"同日|\bthe\s+same\s+day\b|later|\bkk", re.I)
    if pat.search(text):
        assert may_contain(text, ("同日", "same", "later", "kk"))
    assert not may_contain("the other day", ("same", "later"))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["vice", "vice chair", "vice chairman", "chair", "chairman", "co-chair", "c", "v.p."]),
                min_size=1, max_size=6, unique=True),
       st.lists(st.sampled_from(["vice", " ", "chair", "man", "co-", "c", "v.p.", " of", "x"]), max_size=10))
def test_a_word_tree_matches_as_the_longest_first_alternation(words, pieces):
    text = "".join(pieces)
    plain = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    for tail in ("", r"\s+of", r"man"):  # the context after the words decides which of them fits
        a, b = re.compile(f"(?P<t>{plain}){tail}"), re.compile(f"(?P<t>{word_tree(words)}){tail}")
        assert [m.span("t") for m in a.finditer(text)] == [m.span("t") for m in b.finditer(text)]


def test_finditer_near_skips_windows_without_the_needed_string_and_finds_the_rest():
    pat = re.compile(r"(?P<name>[A-Z][a-z]+ [A-Z][a-z]+) \(Mayor\)")
    text = "Mayor Kim said. " * 5 + "Anna Berg (Mayor) spoke; Mayor Lee too."
    anchors = [m.start() for m in re.finditer("Mayor", text)]
    found = [m["name"] for m in finditer_near(pat, text, anchors, 20, 20, need="(")]
    assert found == [m["name"] for m in pat.finditer(text)] == ["Anna Berg"]
