"""Korean bodies written as two words: a foreign region and its body ("○○주 정부", "○○성 인민위원회"),
a name and a body word ("○○나눔 재단", "○○ 테크노파크"), read from the story's Kiwi reading."""
from __future__ import annotations

import re

from .korean import Found, ReadingView

# a foreign state or province (주, 성, 현) and the word after it ("카르나타카주 정부")
_REGION_BODY = re.compile(r"(?<![가-힣])(?P<owner>[가-힣]{2,8}(?:주|성|현))\s(?P<body>[가-힣A-Za-z·]{2,14})")
_PARTICLE = re.compile(r"(?:와|과|를|을|는|은|이|가|의|에서|에게|에|로|으로|도|측|만|부터|까지)*")


def _body_word(word: str, suffixes: tuple) -> str | None:
    """The body's name at the start of ``word``: up to an organisational suffix, then a particle or nothing."""
    for k in range(len(word), 1, -1):
        head = word[:k]
        if head.endswith(suffixes) and _PARTICLE.fullmatch(word[k:]):
            return head
    return None


class KoreanBodies(ReadingView):
    """The two-word bodies of one story, read from its :class:`~coopnews.actors.korean.KoreanReading`."""

    def regional_bodies(self) -> list[Found]:
        """A body named after a foreign state or province one space before it ("○○주 정부", "○○성
        인민위원회", "○○주 전자·IT부"): the region's name is a proper noun Kiwi knows or not."""
        out = []
        for m in _REGION_BODY.finditer(self.text):
            first = self.r.span_tokens(m.start("owner"), m.end("owner"))
            if not first or first[0].tag != "NNP" and not first[0].oov or self.r.name_shaped(m["owner"]):
                continue
            body = _body_word(m["body"], self.v["org_suffixes"])
            if body is None or body != "정부" and body in self.v["not_bodies"] or body.endswith(self.v["not_body_endings"]):
                continue
            end = m.start("body") + len(body)
            out.append(Found(m.start(), end, "organization", self.text[m.start():end], "government"))
        return out

    def spaced_bodies(self) -> list[Found]:
        """A name written one space before a body word ("○○나눔 재단", "○○ 테크노파크", "○○경제 진흥원"):
        the word before starts with a proper noun, a Latin word or a word Kiwi does not know."""
        out, toks, heads = [], self.toks, self.v["spaced_heads"]
        for i, t in enumerate(toks):
            if t.form not in heads:  # Kiwi keeps a body word whole ("재단", "테크노파크")
                continue
            word = _body_word(self.text[t.start:t.start + 12].split(" ")[0], tuple(heads))
            if word not in heads or i == 0 or self.text[t.start - 1:t.start] != " " \
                    or self.text[t.start - 2:t.start - 1] in (" ", ""):
                continue
            j = i - 1
            while j > 0 and toks[j - 1].end >= toks[j].start:  # glued (a contracted syllable overlaps)
                j -= 1
            first = toks[j]
            if (first.tag in ("NNP", "SL") or first.oov) and not self.r.name_shaped(self.text[first.start:t.start - 1]):
                end = t.start + len(word)
                out.append(Found(first.start, end, "organization", self.text[first.start:end], "government"))
        return out
