"""Dated events: visits, meetings, agreements, exhibitions, investments and establishments.

For each story every date expression (:func:`coopnews.dates.find_dates`) is paired with the
nearest event trigger of its sentence (``data/events.yaml``); a date with no trigger in its
sentence is not an event, and an event never gets a date the text does not give (no invented
dates).  Parties are the actors mentioned in the sentence; the place is the place-type actor
the sentence puts the event in ("in Busan", "在日本大阪").  Across stories, events of one kind
with overlapping parties and compatible dates share an ``event_group``.
"""
from __future__ import annotations

import functools
import re

import pandas as pd
import yaml

from .config import DATA_DIR
from .dates import DateMention, _sentence_bounds, find_dates

EVENT_COLUMNS = ["event_id", "article_id", "kind", "cameo", "date_start", "date_end", "precision", "date_text",
                 "planned", "place", "parties", "evidence", "event_group"]
DATELINE = re.compile(r"^[A-Z][A-Za-z .'-]+,\s+[A-Z][a-z]{2,9}\.?\s+\d{1,2}\s+\([^)]+\)")


@functools.lru_cache(maxsize=1)
def _spec() -> dict:
    with open(DATA_DIR / "events.yaml", encoding="utf-8") as fh:
        spec = yaml.safe_load(fh)
    en, cjk = [], []
    for kind, by in spec["triggers"].items():
        for t in by["en"]:
            body = re.escape(t.rstrip("*")) + (r"\w*" if t.endswith("*") else "")
            en.append(f"(?P<en_{kind}_{len(en)}>{body})")
        for t in by["cjk"]:
            cjk.append(f"(?P<cjk_{kind}_{len(cjk)}>{re.escape(t)})")
    spec["re_en"] = re.compile(r"(?<![\w-])(?:" + "|".join(en) + r")(?![\w-])", re.I)
    spec["re_cjk"] = re.compile("|".join(cjk))
    return spec


def triggers(text: str, cjk: bool) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of every event word in ``text``."""
    spec = _spec()
    out = []
    for pat in ((spec["re_cjk"], spec["re_en"]) if cjk else (spec["re_en"],)):
        for m in pat.finditer(text):
            kind = m.lastgroup.split("_")[1]
            out.append((m.start(), m.end(), kind))
    return out


def _iso(dm: DateMention) -> tuple[str, str]:
    return dm.iso(), dm.iso_end()


def story_events(aid: str, text: str, lang: str, published, mentions: pd.DataFrame, names: dict) -> list[dict]:
    """Events of one story.  ``mentions`` are that story's actor mentions; ``names`` maps actor_id to name."""
    cjk = lang in ("ko", "zh", "ja")
    pub = published.date() if published is not None and not pd.isna(published) else None
    dates = find_dates(text, pub, lang)
    trig = triggers(text, cjk)
    spec = _spec()
    prio = {k: i for i, k in enumerate(spec["priority"])}
    dl = DATELINE.match(text)
    events, seen = [], set()
    ms = list(mentions.itertuples()) if len(mentions) else []
    for dm in dates:
        if dl and dm.offset < dl.end():
            continue
        if dm.precision == "unknown" and not dm.reason:
            continue
        before = text[max(0, dm.offset - 6):dm.offset].lower()
        if dm.precision == "year" and re.search(r"\b(by|until|through|since)\s*$", before):
            continue
        s0, s1 = _sentence_bounds(text, dm.offset)
        cands = [t for t in trig if s0 <= t[0] < s1]
        if not cands:
            continue
        main = [t for t in cands if not re.search(r"\bto\s+$", text[max(0, t[0] - 4):t[0]])]
        cands = main or cands  # "will visit X in May to meet Y": the purpose clause is not the event
        near = min(cands, key=lambda t: (min(abs(t[0] - dm.offset), abs(t[0] - dm.end_offset)), prio[t[2]]))
        kind = near[2]
        start_iso, end_iso = _iso(dm)
        key = (kind, start_iso or dm.text)
        if key in seen:
            continue
        seen.add(key)
        in_sent = [m for m in ms if s0 <= m.start < s1]
        parties = list(dict.fromkeys(names[m.actor_id] for m in in_sent if m.type in ("organization", "person")
                                     or (m.type == "place" and _is_city(m.actor_id, names))))
        place = _event_place(text, in_sent, names, cjk)
        planned = bool(dm.future) or (pub is not None and dm.start is not None and dm.start > pub)
        cameo = spec["cameo"]["meeting_planned"] if kind == "meeting" and planned else spec["cameo"][kind]
        events.append({"article_id": aid, "kind": kind, "cameo": cameo, "date_start": start_iso,
                       "date_end": end_iso, "precision": dm.precision, "date_text": dm.text, "planned": planned,
                       "place": place, "parties": parties, "evidence": text[s0:s1].strip()})
    return events


def _is_city(actor_id: str, names: dict) -> bool:
    return actor_id in names.get("__cities__", set())


def _event_place(text, in_sent, names, cjk) -> str:
    places = [m for m in in_sent if m.type == "place"]
    if not places:
        return ""
    if not cjk:
        for m in places:
            if re.search(r"\b(?:in|at|to|from)\s+(?:the\s+)?$", text[max(0, m.start - 10):m.start]):
                return names[m.actor_id]
    cities = [m for m in places if _is_city(m.actor_id, names)]
    return names[(cities or places)[-1 if cjk else 0].actor_id]


def extract_events(articles: pd.DataFrame, actors: pd.DataFrame, mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Dated events of every story, grouped across stories.

    Parameters
    ----------
    articles : pandas.DataFrame
        From :func:`coopnews.load_articles`.
    actors, mentions : pandas.DataFrame
        From :func:`coopnews.extract_actors` (mentions are recomputed when omitted).

    Returns
    -------
    pandas.DataFrame
        Columns ``event_id, article_id, kind, cameo, date_start, date_end, precision, date_text,
        planned, place, parties, evidence, event_group``.  Year-unknown dates are ``--MM-DD``.
    """
    if mentions is None:
        from .actors import extract_actors

        actors, mentions = extract_actors(articles)
    names = dict(zip(actors["actor_id"], actors["name"]))
    names["__cities__"] = set(actors.loc[(actors["type"] == "place") & (actors["kind"] == "city"), "actor_id"])
    by_story = {k: g for k, g in mentions.groupby("article_id", sort=False, observed=True)} if len(mentions) else {}
    empty = mentions.iloc[0:0]
    rows = []
    for aid, text, lang, pub in zip(articles["article_id"], articles["text"], articles["language"].astype(str),
                                    articles["published"]):
        rows += story_events(aid, text, lang, pub, by_story.get(aid, empty), names)
    df = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    df["event_id"] = [f"E{i + 1:04d}" for i in range(len(df))]
    df["event_group"] = _groups(df)
    df["kind"] = pd.Categorical(df["kind"], categories=list(_spec()["triggers"]))
    df["planned"] = df["planned"].astype(bool)
    return df


def _compatible(a: str, b: str) -> bool:
    if not a or not b:
        return False
    a2, b2 = a.lstrip("-"), b.lstrip("-")
    return a2.startswith(b2) or b2.startswith(a2) or (a.startswith("--") and b.endswith(a[1:])) or (b.startswith("--") and a.endswith(b[1:]))


def _groups(df: pd.DataFrame) -> list[str]:
    """Union-find over events of the same kind with shared parties and compatible dates, across stories."""
    parent = list(range(len(df)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    recs = list(df[["article_id", "kind", "date_start", "parties"]].itertuples(index=False))
    for i in range(len(recs)):
        for j in range(i + 1, len(recs)):
            a, b = recs[i], recs[j]
            if a.article_id == b.article_id or a.kind != b.kind:
                continue
            if set(a.parties) & set(b.parties) and _compatible(a.date_start, b.date_start):
                parent[find(j)] = find(i)
    roots = {}
    return [f"G{roots.setdefault(find(i), len(roots) + 1):04d}" for i in range(len(recs))]
