"""Korean people read with Kiwi: a name (a Korean full name, or a foreign name written as several
proper nouns) followed by up to five nouns of affiliation and a title, or a title and a name in
parentheses after the body they lead."""
from __future__ import annotations

import re

from .korean import _DOUBLE_SURNAMES, _HANGUL_WORD, _HANGUL_WORDS, NOMINAL, Found, ReadingView, Tok


# syllables that write a bare consonant of a foreign word ("조지프", "스미스"); Korean given names lack them
_TRANSCRIPTION = re.compile("[그드르므브스즈츠크트프흐]")


class KoreanPeople(ReadingView):
    """The people of one story, read from its :class:`~coopnews.actors.korean.KoreanReading`."""

    def find(self) -> list[Found]:
        """People named before their title ("홍길동 ○○연구원 원장", "호세 가르시아 ○○시장") or after it
        in parentheses ("○○본부(본부장 홍길동)"), with role and affiliation."""
        out, i = [], 0
        while i < len(self.toks):
            found, nxt = self._person_at(i)
            if found is not None:
                out.append(found)
            i = max(nxt, i + 1)
        return out + self._paren_people() + self._vietnamese(out) + self._honorific_people(out)

    def _honorific_people(self, found: list[Found]) -> list[Found]:
        """A Korean full name before the honorific 씨, with an age in brackets or not ("홍길동(52) 씨"):
        a person without a title."""
        out, toks = [], self.toks
        for i, t in enumerate(toks[:-1]):
            k = i + 4 if toks[i + 1].tag == "SSO" and i + 4 < len(toks) and toks[i + 2].tag == "SN" else i + 1
            if toks[k].form == "씨" and toks[k].tag == "NNB" and self._korean_name(t) and len(t.form) == 3 \
                    and not any(f.start <= t.start < f.end for f in found):
                out.append(Found(t.start, t.end, "person", t.form))
        return out

    def _vietnamese(self, found: list[Found]) -> list[Found]:
        """Vietnamese names Kiwi cuts into syllables ("응우옌 반 ○"): a family name and short words,
        cut before the first place word, then up to three words and a word ending in a title."""
        out, text = [], self.text
        for m in self.v["vietnamese"].finditer(text):
            words = m.group(0).split(" ")
            while len(words) > 1 and self.r.city_of(words[-1]) is not None:
                words.pop()
            start, end = m.start(), m.start() + len(" ".join(words))
            if len(words) < 2 or any(f.start <= start < f.end or start <= f.start < end for f in found):
                continue
            after = text[end + 1:end + 60].split("\n")[0].split(" ")[:4]
            for n, w in enumerate(after):
                w = re.sub(r"(?:은|는|이|가|을|를|과|와|의|도|에게)$", "", w.rstrip(",.·"))
                title = next((t for t in self.v["titles"] if w.endswith(t) and len(t) >= 2), None)
                if title:
                    out.append(Found(start, end, "person", text[start:end], role=w if len(w) <= 6 else title,
                                     affiliation=" ".join(after[:n])))
                    break
        return out

    def _korean_name(self, t: Tok) -> bool:
        """A proper noun shaped like a Korean full name (family name + one to three syllables)."""
        f = t.form
        return (t.tag == "NNP" and (len(f) in (2, 3) or len(f) == 4 and f[:2] in _DOUBLE_SURNAMES)
                and _HANGUL_WORD.match(f) is not None and not _TRANSCRIPTION.search(f)
                and f[0] in self.v["surnames"] and f not in self.v["not_names"]
                and not f.endswith(self.v["org_suffixes"]) and self.r.city_of(f) is None)

    def _run_stop(self, k: int) -> bool:
        """Whether ``toks[k]`` cannot be part of a foreign name: a place, a body, a title.

        A small town's transcription is often also a given name ("루이스" is Lewes): it ends the
        name only right before a title or a common noun ("리옹 부시장").
        """
        f = self.toks[k].form
        if (not _HANGUL_WORDS.match(f) or f in self.v["not_names"] or f.endswith(self.v["org_suffixes"])
                or self.r.gov_split(f) is not None and len(f) > 3 or bool(self.r.strip_title(f)[1]) or f in self.v["titles"]):
            return True
        if self.g.lookup(f):
            return True
        nxt = self.toks[k + 1] if k + 1 < len(self.toks) else None
        return self.r.place_of(f) is not None and (nxt is None or nxt.tag != "NNP")

    def _name_run(self, i: int) -> int:
        """The end index of the name starting at ``toks[i]``, or ``i`` when none starts there."""
        toks, t = self.toks, self.toks[i]
        split = self._split_name(i)
        if split:
            return split
        if t.tag != "NNP" or (t.start > 0 and "가" <= self.text[t.start - 1] <= "힣"):
            return i  # not a proper noun, or one starting inside a word ("응"+"우옌")
        if self._korean_name(t) and (len(t.form) == 3 and t.form[0] in self.v["frequent"] or i + 1 >= len(toks)
                                     or toks[i + 1].tag != "NNP" or self._run_stop(i + 1)):
            return i + 1
        if i > 0 and toks[i - 1].tag == "NNP" and self.text[toks[i - 1].end:t.start] == " " \
                and not self._run_stop(i - 1) and not self._affiliation_word(i - 1, i):
            return i  # inside a run that started earlier
        j = i
        while j < len(toks) and toks[j].tag == "NNP" and (j == i or self.text[toks[j - 1].end:toks[j].start] == " ") \
                and not self._run_stop(j) and j - i < 4 \
                and not (j > i and (len(toks[j].form) == 3 and self._korean_name(toks[j]) or self._split_name(j))):
            j += 1  # a Korean full name ends the run: "메디루프 이준혁" is a company, then a person
        if j - i >= 3 and self._affiliation_word(i, i + 1):
            return i  # "○○대 일카 니에미넨": the first word is the person's body, the name starts after it
        return j if j - i >= 2 or " " in t.form and j > i or j > i and self._one_word_name(i) else i

    def _one_word_name(self, i: int) -> bool:
        """A foreign name written as one word ("○○○○ 총통", a Chinese name in Hangul): three to five
        syllables right before a title, no place or body, and never in the story without a title
        after it (a company's name also stands alone: "○○○은", "○○○의 공장")."""
        toks, f = self.toks, self.toks[i].form
        if not 3 <= len(f) <= 5 or not _HANGUL_WORD.match(f) or i + 1 >= len(toks) or self._run_stop(i):
            return False
        nxt = toks[i + 1]
        if nxt.form not in self.v["titles"] or self.text[toks[i].end:nxt.start] != " ":
            return False
        titles, at = tuple(self.v["titles"]), self.text.find(f)
        while at >= 0:  # every use of the word has a title after it (no pattern built per candidate)
            if not self.text.startswith(" ", at + len(f)) or not self.text.startswith(titles, at + len(f) + 1):
                return False
            at = self.text.find(f, at + 1)
        return True

    def _affiliation_word(self, k: int, other: int) -> bool:
        """Whether ``toks[k]`` of a name run is a body: it stands elsewhere in the story without the
        name word ``toks[other]`` beside it ("○○대의 과정"), as a given name never does; a word at the
        end of a run must also end like a university's short name (○○대) since family names recur."""
        f, nxt = self.toks[k].form, self.toks[other].form
        if len(f) < 2:
            return False
        pattern = re.escape(f) + (r"(?! " + re.escape(nxt) + ")" if other > k else "")
        hits = [m.start() for m in re.finditer(pattern, self.text) if m.start() != self.toks[k].start]
        if other < k:
            hits = [h for h in hits if not self.text[:h].endswith(nxt + " ") and f.endswith("대")]
        return bool(hits)

    def _split_name(self, i: int) -> int:
        """The end index of a Korean name Kiwi cut into pieces ("이" + "영수", "이" + "호" + "식",
        "이경" + "민"): a family-name syllable and glued nouns making three syllables, else 0."""
        toks, t = self.toks, self.toks[i]
        if len(t.form) > 2 or t.form[0] not in self.v["surnames"] or (i > 0 and toks[i - 1].end == t.start) \
                or i + 1 >= len(toks) or toks[i + 1].start != t.end:  # "이경" + "민" is cut too
            return 0
        j, n = i + 1, len(t.form)
        while j < len(toks) and n < 3 and toks[j].start == toks[j - 1].end and toks[j].tag in NOMINAL \
                and _HANGUL_WORD.match(toks[j].form):
            n += len(toks[j].form)
            j += 1
        name = self.text[t.start:toks[j - 1].end]
        if n != 3 or (j < len(toks) and toks[j].start == toks[j - 1].end and toks[j].tag in NOMINAL) \
                or name in self.v["not_names"] or self.r.city_of(name) is not None \
                or name.endswith(self.v["org_suffixes"]) or self.r.strip_title(name)[1] or name[1:] in self.v["titles"]:
            return 0
        return j

    def _person_at(self, i: int) -> tuple[Found | None, int]:
        """A person whose name starts at ``toks[i]`` and whose title follows within five nouns."""
        toks, text = self.toks, self.text
        j = self._name_run(i)
        if j == i:
            return None, i
        k = j
        gloss = re.match(r" ?[(（][A-Z][A-Za-z .'-]+[)）] ", text[toks[j - 1].end:toks[j - 1].end + 60])
        if gloss:  # "라메시 나이르(Ramesh Nair) ○○부 차관": a Latin gloss between the name and the body
            while k < len(toks) and toks[k].start < toks[j - 1].end + gloss.end():
                k += 1
        if k < len(toks) and toks[k].form == "/" and text[toks[j - 1].end:toks[k + 1].start if k + 1 < len(toks) else 0].strip() == "/":
            k += 1  # "[인터뷰] 홍길동 / ○○시 국장": a caption's name, a slash, then body and title
            gloss = None
        k0 = skipped = k
        while k < len(toks) and k - skipped < 6 and (toks[k].tag in NOMINAL or k > k0 and toks[k].tag == "SL"
                                               or toks[k].form == "·" and k > k0 or self._acronym_at(k, k0)) \
                and (k == k0 and gloss or text[toks[k - 1].end:toks[k].start] in ("", " ")):
            if toks[k].tag == "SSO":  # "○○투자청(BOI) 국장": the body's acronym before the title (the test above)
                k, skipped = k + 3, skipped + 3
                continue
            t = toks[k]
            word = text[self._word_start(k):t.end]  # "용인특례시"+"장" may be cut anywhere by Kiwi
            rest, glued = self.r.strip_title(word) if word != t.form or t.tag == "NNP" else ("", "")
            if t.form in self.v["titles"] or glued:
                title = t.form if t.form in self.v["titles"] else glued
                title_start = t.start if t.form in self.v["titles"] else t.end - len(glued)
                words = text[toks[i].start:toks[j - 1].end].split()
                if k == j and j - i >= 2 and len(words) >= 3 and (title in self.v["local_heads"]
                                                                   or self._affiliation_word(j - 1, j - 2)) \
                        and " " not in toks[j - 1].form:
                    j -= 1  # "○○ ○○ 기타큐슈 시장", "○○ ○○ ○○대 부총장": the last word is the town or body
                aff = re.sub(r"^[(（][^)）]*[)）]|^/", "", text[toks[j - 1].end:title_start].strip()).strip()
                return self._person(i, j, title, aff), k + 1
            if self._korean_name(t):
                if k == j and j - i == 1:
                    return None, i + 1  # "서울대 박민호 총장": the first name-shaped word is the body
                if k > j:
                    break
            k += 1
        if k > j and k + 2 < len(toks) and toks[k].tag == "JKO" and toks[k + 1].form == "단장" and toks[k + 2].tag == "JKB":
            # "○○ ○○ 경제국장을 단장으로": the word before the object particle is the title
            title_start = self._word_start(k - 1)
            aff = text[toks[j - 1].end:title_start].strip()
            return self._person(i, j, text[title_start:toks[k - 1].end], aff), k
        return None, i + 1

    def _acronym_at(self, k: int, k0: int) -> bool:
        """Whether ``toks[k:k+3]`` is a Latin acronym in brackets glued to the body before it."""
        t = self.toks
        return (k > k0 and k + 3 < len(t) and t[k].tag == "SSO" and t[k + 1].tag == "SL" and t[k + 2].tag == "SSC"
                and t[k].start == t[k - 1].end and t[k + 1].form.isupper())

    def _word_start(self, k: int) -> int:
        """Where the space-delimited word holding ``toks[k]`` starts."""
        while k > 0 and self.toks[k - 1].end == self.toks[k].start:
            k -= 1
        return self.toks[k].start

    def _person(self, i: int, j: int, role: str, aff: str) -> Found:
        start, end = self.toks[i].start, self.toks[j - 1].end
        return Found(start, end, "person", self.text[start:end], role=role, affiliation=aff)

    def _paren_people(self) -> list[Found]:
        """"○○본부(본부장 홍길동)": a title and a name in parentheses after the body they lead."""
        out, toks = [], self.toks
        for i in range(1, len(toks) - 3):
            if toks[i].tag != "SSO" or toks[i + 1].form not in self.v["titles"] or not self._korean_name(toks[i + 2]) \
                    or toks[i + 3].tag != "SSC":
                continue
            j = i
            while j > 0 and i - j < 3 and toks[j - 1].tag in NOMINAL and self.text[toks[j - 1].end:toks[j].start] in ("", " "):
                j -= 1
            aff = self.text[toks[j].start:toks[i].start].strip() if j < i else ""
            t = toks[i + 2]
            out.append(Found(t.start, t.end, "person", t.form, role=toks[i + 1].form, affiliation=aff))
        return out
