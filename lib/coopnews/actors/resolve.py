"""Corpus level: one actor per identity across stories, likely misspellings flagged.

Actors with the same normalised key share one ``actor_id``; CJK glosses learnt in one story
("Kang Min-ho (강민호)") identify the same person in another written in CJK.  Likely misspellings
are flagged (``possible-typo-of:<name>``) rather than silently merged.
"""
from __future__ import annotations

from array import array
from collections import Counter, defaultdict

import numpy as np
import pandas as pd

from .mentions import _CJK, ACTOR_COLUMNS, CJK_LANGS, MENTION_COLUMNS
from .spelling import _deletion_keys, _one_edit, _same_person
from .story import StoryExtractor
from .vocab import _vocab


def extract_actors(articles: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Find the actors of every story and resolve them across the corpus.

    Parameters
    ----------
    articles : pandas.DataFrame
        The output of :func:`coopnews.load_articles`.

    Returns
    -------
    actors : pandas.DataFrame
        One row per actor: ``actor_id, type, name, aliases, role, affiliation, kind, country,
        lat, lon, n_articles, n_mentions, flags``.
    mentions : pandas.DataFrame
        One row per mention: ``article_id, actor_id, start, end, text, type``.
    """
    ex = StoryExtractor({})
    stories = list(zip(articles["article_id"], articles["text"], articles["language"].astype(str)))
    found = {}
    # Latin-script stories first: the CJK glosses of their people identify them in CJK stories
    for aid, text, lang in stories:
        if lang not in CJK_LANGS:
            found[aid] = ex.extract(text, lang)
            for form, name in learnt_glosses(found[aid]):
                ex.glosses.setdefault(form, name)
    for aid, text, lang in stories:
        if aid not in found:
            found[aid] = ex.extract(text, lang)
    res = Resolver()
    for aid, _, _ in stories:
        res.add(aid, found[aid])
    actors, mentions, _ = res.finish()
    return actors, mentions


def learnt_glosses(mentions) -> list[tuple[str, str]]:
    """``(CJK form, Latin name)`` pairs a story teaches: "Kang Min-ho (강민호)"."""
    return [(a, m.name) for m in mentions if m.type == "person" for a in m.aliases if _CJK.search(a)]


class Resolver:
    """Merge per-story mentions into corpus-wide actors, story by story, in bounded memory.

    Mentions are kept as compact columns (story index, actor index, offsets, text); per actor
    only counters are kept.  :meth:`finish` assigns ids sorted by type then key, so the result
    does not depend on how the stories were scheduled, only on their order.
    """

    def __init__(self):
        self.groups: dict[str, dict] = {}
        self.keys: list[str] = []
        self.story_ids: list[str] = []
        self.story_order: list[int] = []
        self.m_story, self.m_key = array("q"), array("q")
        self.m_start, self.m_end = array("q"), array("q")
        self.m_text = array("q")  # index into self.texts: a surface form is stored once
        self.texts: list[str] = []
        self.text_index: dict[str, int] = {}

    def add(self, aid: str, mentions, order: int | None = None) -> None:
        """Add the mentions (objects with the fields of :class:`Mention`) of story ``aid``.

        ``order`` is the story's place in the corpus (default: the order of the calls); the
        mentions table is sorted by it, so stories may be added in any order.
        """
        si = len(self.story_ids)
        self.story_ids.append(aid)
        self.story_order.append(si if order is None else order)
        groups, m_text, text_index = self.groups, self.m_text, self.text_index
        for m in mentions:  # plain dicts and a last-story mark: this runs for every mention
            g = groups.get(m.key)
            if g is None:
                g = groups[m.key] = {"type": m.type, "names": {}, "aliases": {}, "roles": None, "affs": None,
                                     "kinds": {}, "country": m.country, "lat": m.lat, "lon": m.lon, "n_articles": 0,
                                     "last": -1, "n": 0, "canonical": m.name, "flags": None, "index": len(self.keys)}
                self.keys.append(m.key)
            d = g["names"]
            d[m.name] = d.get(m.name, 0) + 1
            d = g["aliases"]
            d[m.text] = d.get(m.text, 0) + 1
            for a in m.aliases:
                d[a] = d.get(a, 0) + 1
            if m.role:
                d = g["roles"] = g["roles"] or {}
                d[m.role] = d.get(m.role, 0) + 1
            if m.affiliation:
                d = g["affs"] = g["affs"] or {}
                d[m.affiliation] = d.get(m.affiliation, 0) + 1
            if m.kind:
                d = g["kinds"]
                d[m.kind] = d.get(m.kind, 0) + 1
            if m.flags:
                g["flags"] = (g["flags"] or set()) | set(m.flags)
            if g["last"] != si:  # the mentions of a story come in one call
                g["last"] = si
                g["n_articles"] += 1
            g["n"] += 1
            self.m_story.append(si)
            self.m_key.append(g["index"])
            self.m_start.append(m.start)
            self.m_end.append(m.end)
            t = text_index.get(m.text)
            if t is None:
                t = text_index[m.text] = len(self.texts)
                self.texts.append(m.text)
            m_text.append(t)

    def finish(self) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, str]]:
        """Return ``(actors, mentions, {key: actor_id})``."""
        groups = self.groups
        ordered = sorted(groups, key=lambda k: ({"person": 0, "organization": 1, "place": 2}[groups[k]["type"]], k))
        prefix = {"person": "P", "organization": "O", "place": "L"}
        ids, counters = {}, Counter()
        for k in ordered:
            t = groups[k]["type"]
            counters[t] += 1
            ids[k] = f"{prefix[t]}{counters[t]:04d}"
        actors = []
        ranks = _vocab()["en_ranks"]
        for k in ordered:
            g = groups[k]
            name = g["canonical"] if g["type"] == "place" else max(g["names"], key=lambda n: (g["names"][n], len(n), n))
            aliases = sorted(a for a in g["aliases"] if a != name)
            # an office beats an academic rank however often the rank is repeated ("Professor X" later)
            role = max(g["roles"], key=lambda r: (r.casefold() not in ranks, g["roles"][r], len(r), r)) if g["roles"] else ""
            aff = max(g["affs"], key=lambda r: (g["affs"][r], len(r), r)) if g["affs"] else ""
            kind = max(g["kinds"], key=lambda r: (g["kinds"][r], r)) if g["kinds"] else ""
            actors.append({"actor_id": ids[k], "type": g["type"], "name": name, "aliases": aliases, "role": role,
                           "affiliation": aff, "kind": kind, "country": g["country"] or "", "lat": g["lat"],
                           "lon": g["lon"], "n_articles": g["n_articles"], "n_mentions": g["n"],
                           "flags": sorted(g["flags"] or ())})
        _flag_typos(actors)
        actors = pd.DataFrame(actors, columns=ACTOR_COLUMNS)
        actors["type"] = pd.Categorical(actors["type"], categories=["person", "organization", "place"])
        actors["lat"] = actors["lat"].astype("float64")
        actors["lon"] = actors["lon"].astype("float64")
        key_ids = [ids[k] for k in self.keys]
        key_types = [groups[k]["type"] for k in self.keys]
        sidx = np.frombuffer(self.m_story, dtype=np.int64)
        sort = np.argsort(np.asarray(self.story_order, dtype=np.int64)[sidx], kind="stable") if len(sidx) else sidx
        sidx = sidx[sort]
        kidx = np.frombuffer(self.m_key, dtype=np.int64)[sort]
        m_text = np.asarray(self.texts, dtype=object)[np.frombuffer(self.m_text, dtype=np.int64)[sort]] \
            if len(sidx) else np.array([], dtype=object)
        mentions = pd.DataFrame({
            "article_id": np.asarray(self.story_ids, dtype=object)[sidx] if len(sidx) else np.array([], dtype=object),
            "actor_id": np.asarray(key_ids, dtype=object)[kidx] if len(kidx) else np.array([], dtype=object),
            "start": np.frombuffer(self.m_start, dtype=np.int64)[sort],
            "end": np.frombuffer(self.m_end, dtype=np.int64)[sort],
            "text": m_text,
            "type": pd.Categorical(np.asarray(key_types, dtype=object)[kidx] if len(kidx) else [],
                                   categories=["person", "organization", "place"]),
        }, columns=MENTION_COLUMNS)
        return actors, mentions, ids


def _flag_typos(actors: list[dict]) -> None:
    """Flag organisations and people whose names are one edit (or a swap) from a better-attested one."""
    by_type = defaultdict(list)
    for a in actors:
        by_type[a["type"]].append(a)
    for t, group in by_type.items():
        if t == "place":
            continue
        forms, owner, is_name = [], [], []
        for pos, a in enumerate(group):
            for j, f in enumerate([a["name"], *a["aliases"]]):
                if len(f) >= 4 and not _CJK.search(f):
                    forms.append((a, f))
                    owner.append(pos)
                    is_name.append(j == 0)
        # strings one edit apart share a one-deletion key: compare only actors in a shared bucket,
        # found by sorting the keys' hashes (a hash collision only adds a pair the check rejects)
        keys, entry = [], []  # entry: form number, or ~position for a name that is not a form
        for i, (_, f) in enumerate(forms):
            ks = _deletion_keys(f)
            keys += ks
            entry += [i] * len(ks)
        for pos, a in enumerate(group):
            if len(a["name"]) >= 4 and _CJK.search(a["name"]):  # asked about, though not a form
                ks = _deletion_keys(a["name"])
                keys += ks
                entry += [~pos] * len(ks)
        pairs = set()
        if keys:
            h = np.fromiter(map(hash, keys), dtype=np.int64, count=len(keys))
            order = np.argsort(h, kind="stable")
            hs = h[order]
            cut = np.flatnonzero(hs[1:] != hs[:-1]) + 1
            starts, ends = np.r_[0, cut], np.r_[cut, len(hs)]
            shared = np.flatnonzero(ends - starts > 1)
            entry_arr = np.asarray(entry, dtype=np.int64)[order]
            for g in shared:
                bucket = entry_arr[starts[g]:ends[g]].tolist()
                who = {owner[i] if i >= 0 else ~i for i in bucket}
                if len(who) < 2:
                    continue  # one actor's own names
                for q in bucket:
                    if q < 0 or is_name[q]:
                        qpos = owner[q] if q >= 0 else ~q
                        pairs.update((qpos, i) for i in bucket if i >= 0 and owner[i] != qpos)
        for pos, i in sorted(pairs):
            a, (b, f) = group[pos], forms[i]
            if b is a or b["n_mentions"] < a["n_mentions"]:
                continue
            if a["name"].upper() != f.upper() and _one_edit(a["name"], f):
                flag = f"possible-typo-of:{b['name']}"
                if flag not in a["flags"]:
                    a["flags"].append(flag)
        for a in group:  # a name spelled two ways in one story, merged: keep a trace
            for al in a["aliases"]:
                if t == "person" and " " in al and al != a["name"] and _same_person(a["name"], al):
                    a["flags"].append(f"spelling-variant:{al}")
