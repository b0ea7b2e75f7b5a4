"""Score extracted tables against hand-made gold annotations (``tests/eval/gold/*.json``).

An actor counts as found when one of its name forms (name or alias, normalised: case, spacing,
punctuation and company suffixes ignored) equals a form of a gold entry of the same type; each
gold entry matches at most one actor.  Places are scored for cities and countries.  An event
counts when an extracted event of the same kind has a date that starts with the gold date.
Sectors are scored per file (the sectors of its stories against the gold list).  Accuracies:
``published`` (the file's first story against the gold date), ``roles`` (a found person whose
stated role contains the gold role or is contained in it) and ``planned`` (a found event whose
``planned`` agrees with the gold flag, where the gold gives one).
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

_SUFFIX = re.compile(r"\b(?:co|corp|corporation|inc|ltd|limited|llc|plc|company)\b\.?", re.I)


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s or "").casefold().replace("’", "'")
    s = _SUFFIX.sub(" ", s)
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def _forms(name, aliases):
    return {norm(x) for x in [name, *aliases] if norm(x)}


def _accuracy(pairs: list[bool]) -> dict:
    return {"n": len(pairs), "acc": round(sum(pairs) / len(pairs), 3) if pairs else 0.0}


def _same_role(gold: str, pred) -> bool:
    gold, pred = norm(gold), norm(pred if isinstance(pred, str) else "")
    return bool(gold and pred) and (gold in pred or pred in gold)


def score(gold_dir: Path, tables: dict) -> dict[str, dict]:
    """``{field: {"tp", "fp", "fn", "p", "r", "f1"}}`` for people, organizations, places, events and
    sectors, and ``{"n", "acc"}`` for published, roles and planned."""
    actors = tables["actors"].set_index("actor_id")
    arts = tables["articles"]
    mentions = tables["mentions"]
    events = tables["events"]
    sectors = tables["sectors"]
    totals = {k: [0, 0, 0] for k in ("people", "organizations", "places", "events", "sectors")}
    checks: dict[str, list[bool]] = {"published": [], "roles": [], "planned": []}
    for gp in sorted(Path(gold_dir).glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        ids = set(arts.loc[arts["file"] == g["file"], "article_id"])
        found = actors.loc[sorted(set(mentions.loc[mentions["article_id"].isin(ids), "actor_id"]))]
        first = arts[arts["file"] == g["file"]].sort_values("segment").head(1)["published"]
        checks["published"].append(bool(len(first)) and str(first.iloc[0])[:10] == str(g.get("published")))
        got = set(sectors.loc[sectors["article_id"].isin(ids), "sector"].astype(str))
        want = set(g.get("sectors", []))
        t = totals["sectors"]
        t[0], t[1], t[2] = t[0] + len(got & want), t[1] + len(got - want), t[2] + len(want - got)
        for key, typ, kinds in (("people", "person", None), ("organizations", "organization", None),
                                ("places", "place", ("city", "country"))):
            gold = [_forms(e["name"], e.get("aliases", [])) for e in g.get(key, []) if not kinds or e["kind"] in kinds]
            rows = [r for r in found.itertuples()
                    if str(r.type) == typ and r.kind != "media" and (not kinds or r.kind in kinds)]
            pred = [_forms(r.name, r.aliases) for r in rows]
            entries = [e for e in g.get(key, []) if not kinds or e["kind"] in kinds]
            used, tp = set(), 0
            for gf, ge in zip(gold, entries):
                hit = next((i for i, pf in enumerate(pred) if i not in used and gf & pf), None)
                if hit is not None:
                    used.add(hit)
                    tp += 1
                    if key == "people" and ge.get("role"):
                        checks["roles"].append(_same_role(ge["role"], rows[hit].role))
            t = totals[key]
            t[0] += tp
            t[1] += len(pred) - len(used)
            t[2] += len(gold) - tp
        pe = events[events["article_id"].isin(ids)]
        pred = list(zip(pe["kind"].astype(str), pe["date_start"], pe["planned"]))
        used, tp = set(), 0
        for ge in g.get("events", []):
            hit = next((i for i, (k, d, _) in enumerate(pred)
                        if i not in used and k == ge["kind"] and (d or "").startswith(ge["date"])), None)
            if hit is not None:
                used.add(hit)
                tp += 1
                if "planned" in ge:
                    checks["planned"].append(bool(pred[hit][2]) == ge["planned"])
        t = totals["events"]
        t[0] += tp
        t[1] += len(pred) - len(used)
        t[2] += len(g.get("events", [])) - tp
    out = {}
    for k, (tp, fp, fn) in totals.items():
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        out[k] = {"tp": tp, "fp": fp, "fn": fn, "p": round(p, 3), "r": round(r, 3),
                  "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}
    out.update({k: _accuracy(v) for k, v in checks.items()})
    return out


if __name__ == "__main__":  # python tests/scoring.py: print the scores on tests/eval
    from coopnews.pipeline import extract_corpus

    here = Path(__file__).parent / "eval"
    for field, s in score(here / "gold", extract_corpus(here / "texts", progress=False)).items():
        if "acc" in s:
            print(f"{field:14s} accuracy {s['acc']:.3f}  (n {s['n']})")
            continue
        print(f"{field:14s} P {s['p']:.3f}  R {s['r']:.3f}  F1 {s['f1']:.3f}  (tp {s['tp']}, fp {s['fp']}, fn {s['fn']})")
