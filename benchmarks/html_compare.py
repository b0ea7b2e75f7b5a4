"""Compare the loader's HTML path with htmldate + trafilatura on five hand-written pages.

Usage: ``python benchmarks/html_compare.py coopnews`` (this venv) or ``... libs`` (a venv with htmldate
and trafilatura installed).  Prints per page: date right or wrong, body sentences found, furniture left.
"""
import json, sys
from pathlib import Path
D = Path(__file__).resolve().parent / "html_pages"
truth = json.loads((D / "truth.json").read_text())
mode = sys.argv[1]
tot = {"date": 0, "must": 0, "junk": 0}
for name, t in truth.items():
    html = (D / name).read_text(encoding="utf-8")
    if mode == "coopnews":
        from coopnews.loading import load_file
        rows, rep = load_file(D / name, name)
        date = str(rows[0]["published"]) if rows else None
        text = rows[0]["text"] if rows else ""
    else:
        import htmldate, trafilatura
        date = htmldate.find_date(html, original_date=True, outputformat="%Y-%m-%d")
        text = trafilatura.extract(html, favor_precision=False) or ""
    must = sum(m in text for m in t["must"]); junk = [j for j in t["junk"] if j in text]
    tot["date"] += date == t["date"]; tot["must"] += must; tot["junk"] += len(junk)
    print(f"{mode:10} {name}: date {date} ({'ok' if date == t['date'] else 'WRONG'}) body {must}/{len(t['must'])} junk {junk}")
print(mode, "TOTAL dates ok", tot["date"], "/ 5; body sentences", tot["must"], "/ 15; junk", tot["junk"])
