"""One story's actors: places, then organisations, then people, each pass told what the others found."""
from __future__ import annotations

import re

from ..gazetteer import gazetteer
from . import aliases, bodies, chinese_orgs, japanese, japanese_orgs, national
from .affiliations import employer_orgs
from .cjk import CjkActors
from .latin_in_cjk import acronym_bodies
from .mentions import _CJK, CJK_LANGS, Mention, _non_overlapping, _norm_key
from .org_context import ContextOrganizations
from .organizations import LatinOrganizations, acronym_uses, cut_before_person, known_orgs
from .people import _CALENDAR_WORDS, LatinPeople, surname_refs
from .person_words import _names
from .places import find_places
from .spelling import _same_person
from .vocab import _vocab


def _tail_of(short: str, name: str) -> bool:
    """"Van Dam" (a sentence start) is the end of "Pieter van Dam": the same person's surname."""
    return " " in short and len(name) > len(short) and name.lower().endswith(" " + short.lower())


def _glossed_orgs(text: str, orgs: list[Mention]) -> None:
    """"알토대학교(Aalto University)", "…管理局（竹科管理局）": a Latin-script name or a short form in
    brackets right after a CJK body is the same body, not a second one."""
    by_start = {o.start: o for o in orgs}
    for o in orgs:
        if not _CJK.search(o.name) or text[o.end:o.end + 1] not in "(（":
            continue
        gloss = by_start.get(o.end + 1)
        if gloss is not None and gloss is not o and text[gloss.end:gloss.end + 1] in ")）" \
                and (not _CJK.search(gloss.name) or gloss.text in o.aliases):  # or its short form: "…管理局（竹科管理局）"
            gloss.aliases.append(gloss.name)
            gloss.key, gloss.name = o.key, o.name


# words after a place that keep it a place although a body's name goes on with them ("Taipei City Government" …
# "Taipei City")
_PLACE_NAME_WORDS = {"City", "Province", "Prefecture", "County", "State", "Metropolitan", "Special", "Region",
                     "Government", "Municipal", "Municipality", "District"}


def _outside_bodies(text: str, places: list[Mention], orgs: list[Mention]) -> list[Mention]:
    """Latin-script places outside the bodies' names, and outside a short form of a body named in full in the
    story ("Sunrise Precision Corp" … "Sunrise Precision's plant": the company, not the town of Sunrise)."""
    nexts, out = {}, []
    for p in places:
        inside = [o for o in orgs if o.start <= p.start and p.end <= o.end]
        for o in inside:
            words = text[p.end:o.end].split()
            if words and words[0] not in _PLACE_NAME_WORDS:
                nexts.setdefault(p.text, set()).add(words[0].rstrip(",."))
        if not inside:
            out.append(p)
    if not nexts:
        return out
    short = [p for p in out if (a := re.match(r" ([A-Z][\w&-]*)", text[p.end:p.end + 40])) and a.group(1) in nexts.get(p.text, ())]
    return [p for p in out if p not in short]


def _with_described(orgs: list[Mention], found: list[tuple[int, int, str]]) -> list[Mention]:
    """Add the companies named after a company word; a "body" ending right where one starts was only its
    description ("沙特本地物流公司" before "Najd Logistics")."""
    starts = {a for a, _, _ in found}
    kept = [o for o in orgs if o.end not in starts]
    return _non_overlapping(kept + [Mention(a, b, n, "organization", "org:" + n, n, "company") for a, b, n in found])


class StoryExtractor:
    """Finds the mentions of one story.  Stateless between stories except the learnt glosses.

    Parameters
    ----------
    glosses : dict, optional
        CJK form -> Latin-script name, learnt from earlier stories ("Kang Min-ho (강민호)").
    """

    def __init__(self, glosses: dict[str, str] | None = None):
        self.g = gazetteer()
        self.v = _vocab()
        self.glosses = glosses if glosses is not None else {}
        self.latin_people = LatinPeople(self.g)
        self.latin_orgs = LatinOrganizations(self.latin_people.title_re, self.g)
        self.cjk = CjkActors(self.g)
        self.context_orgs = ContextOrganizations(
            self.g, self.latin_orgs.office_words | self.latin_people.title_words | _CALENDAR_WORDS)

    def extract(self, text: str, lang: str) -> list[Mention]:
        """The keyed mentions of one story, sorted by offset.

        Parameters
        ----------
        text : str
            The story text.
        lang : str
            Its language ("en", "ko", "zh", "ja"); any other is read as Latin-script text.

        Returns
        -------
        list of Mention
        """
        cjk = lang in CJK_LANGS
        orgs = self._orgs(text, lang)
        if lang == "zh":
            orgs = [o for o in bodies.trim_orgs(text, orgs) if not chinese_orgs.is_province(o.name)]
            orgs += [Mention(a, b, n, "organization", "org:" + n, n, "company")
                     for a, b, n in chinese_orgs.listed_bodies(text, orgs)]
            orgs = _with_described(orgs, chinese_orgs.described_companies(text))
        if lang == "ja":
            found = (japanese.companies(text) + japanese_orgs.companies(text) + japanese_orgs.katakana_companies(text)
                     + chinese_orgs.listed_bodies(text, orgs, "ja"))
            orgs = _non_overlapping([o for o in orgs if not japanese_orgs.is_department(o.name)]
                                    + [Mention(a, b, n, "organization", "org:" + n, n, "company") for a, b, n in found])
        if lang in ("zh", "ja"):
            orgs = bodies.same_bodies(text, orgs)
        places = find_places(self.g, text, cjk)
        if not cjk:
            places = _outside_bodies(text, places, orgs)
        elif lang in ("zh", "ja"):
            places = bodies.places_outside_bodies(places, orgs)
            if lang == "ja":
                places = japanese_orgs.word_places(text, places)
        people = self.cjk.people(text, lang) if cjk else self.latin_people.find(text, orgs, places)
        if lang == "ko":  # Kiwi's reading; imports kiwipiepy on the first Korean story only
            from .korean_story import refine

            orgs, places, people = refine(text, self.g, orgs, places, people)
            orgs = _non_overlapping(orgs)
        if cjk:  # "핀란드 VTT", "独SAP": a Latin acronym after a country's name
            taken = [(m.start, m.end) for m in orgs + places + people]
            orgs += [Mention(a, b, n, "organization", "org:" + n, n, "company")
                     for a, b, n in acronym_bodies(text, self.g, taken)]
        if cjk:
            people += self._glossed_people(text)
            for p in people:  # a CJK name learnt as the gloss of a Latin-script name is that person
                if p.name in self.glosses:
                    p.aliases.append(p.name)
                    p.name = self.glosses[p.name]
        people = _non_overlapping(people, prefer_info=True)
        people_spans = [(p.start, p.end) for p in people]
        places = [p for p in places if not any(a < p.end and p.start < b for a, b in people_spans)]
        orgs = [o for o in orgs if not any(a <= o.start and o.end <= b for a, b in people_spans)]
        orgs = [cut_before_person(text, o, people) for o in orgs]
        orgs = [o for o in orgs if o is not None]
        people = self._resolve_people(text, people, lang)
        if not cjk:  # a surname found only now ("Rama said") is no town of that name
            places = [p for p in places if not any(q.start < p.end and p.start < q.end for q in people)]
            orgs += employer_orgs(text, people, orgs + places, self.g, _names()["office_words"])
            aliases.short_forms(orgs)
        return sorted(orgs + places + people, key=lambda m: (m.start, m.end))

    def _orgs(self, text: str, lang: str) -> list[Mention]:
        """Named organisations, then well-known ones in the gaps, then later uses of their acronyms."""
        cjk = lang in CJK_LANGS
        orgs = []
        if cjk:
            short, full = national.find(text)
            orgs = short + self.cjk.orgs(text, lang) + full  # a short national form wins a tie, a full one loses it
        orgs += self.latin_orgs.find(text) + self.context_orgs.find(text)
        orgs = _non_overlapping(orgs)
        if not cjk:
            orgs = self.context_orgs.official_fields(text, orgs, self.v["portfolio"])
        taken_spans = [(o.start, o.end) for o in orgs]

        def taken(s, e):
            return any(a < e and s < b for a, b in taken_spans)

        orgs += known_orgs(text, taken)
        orgs = _non_overlapping(orgs)
        aliases.same_as_acronym(orgs)
        if cjk:
            orgs = _non_overlapping(orgs + acronym_uses(text, orgs, cjk))
            orgs = national.absorb_parents(text, orgs)
            _glossed_orgs(text, orgs)
            return orgs
        aliases.or_acronyms(text, orgs)
        orgs = _non_overlapping(orgs + acronym_uses(text, orgs, cjk))
        aliases.same_body(orgs)
        return orgs

    def _glossed_people(self, text: str) -> list[Mention]:
        out = []
        for form, canonical in self.glosses.items():
            for m in re.finditer(re.escape(form), text):
                out.append(Mention(m.start(), m.end(), form, "person", "", canonical, aliases=[form]))
        return out

    @staticmethod
    def _person_keys(people: list[Mention]) -> dict[str, Mention]:
        """Key every person mention by its full name; return the best-informed mention per name."""
        full: dict[str, Mention] = {}
        multi = [q.name for q in people if " " in q.name and not _CJK.search(q.name)]
        for p in people:
            canon = p.name
            if " " not in canon and not _CJK.search(canon):  # "Ms Tan said": the story's Tan Wei Ling
                owners = {n for n in multi if canon in (n.split()[0], n.split()[-1])}
                if len(owners) == 1:
                    canon = owners.pop()
            for f in list(full.values()) + [q for q in people if q is not p]:  # variant or CJK surname of someone in the story
                if _same_person(f.name, canon) or (_CJK.search(canon) and len(f.name) > len(canon) and f.name.startswith(canon)) \
                        or _tail_of(canon, f.name):
                    canon = f.name
                    break
            p.key = "person:" + _norm_key(canon)
            if canon != p.name:
                p.aliases.append(p.name)
                p.name = canon
            info = full.get(canon)
            if info is None or (not info.role and p.role):
                full[canon] = p
        return full

    def _resolve_people(self, text: str, people: list[Mention], lang: str) -> list[Mention]:
        """Give every person mention a key; add surname, honorific and title references."""
        full = self._person_keys(people)
        if lang in CJK_LANGS:
            refs = self.cjk.refs(text, people, full, lang)
        else:
            refs = surname_refs(text, people, full)
        for p in people:
            if p.name in full and full[p.name] is not p:
                src = full[p.name]
                p.role = p.role or src.role
                p.affiliation = p.affiliation or src.affiliation
        return _non_overlapping(people + refs, prefer_info=True)
