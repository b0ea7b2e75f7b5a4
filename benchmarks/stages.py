"""Time each extraction stage per file, on one core, in this process.

Usage: python benchmarks/stages.py [FOLDER] [--repeat N]
(default: benchmarks/data/n1000-s7, made by make bench; N = 3)

Prints, for the fastest of N passes over the folder (the first also pays one-off costs: the
term automata, the data files), the milliseconds per file of loading (decode + segment),
actors, sectors and dates + events, and the MB/s of their sum.  The gazetteer set-up is timed
separately.
"""
import argparse
import time
from collections import defaultdict
from pathlib import Path

from coopnews import pipeline
from coopnews.events import story_events
from coopnews.loading import iter_files, load_file
from coopnews.sectors import score_story

STAGES = ("load", "actors", "sectors", "dates + events")


def one_pass(files, ex, matcher) -> tuple[dict[str, float], int]:
    spent, nbytes = defaultdict(float), 0
    for path, rel in files:
        t = time.perf_counter()
        rows, rep = load_file(path, rel)
        spent["load"] += time.perf_counter() - t
        nbytes += rep["n_bytes"]
        for r in rows:
            t = time.perf_counter()
            found = ex.extract(r["text"], r["language"])
            spent["actors"] += time.perf_counter() - t
            t = time.perf_counter()
            score_story(matcher, r["title"], r["text"], r["language"])
            spent["sectors"] += time.perf_counter() - t
            t = time.perf_counter()
            story_events(r["article_id"], r["text"], r["language"], None,
                         [(m.start, m.type, m.key, m.kind == "city") for m in found])
            spent["dates + events"] += time.perf_counter() - t
    return spent, nbytes


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", nargs="?", default=str(Path(__file__).parent / "data" / "n1000-s7"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    t0 = time.perf_counter()
    pipeline._setup(None, {})
    print(f"setup (gazetteer, vocabularies) {time.perf_counter() - t0:.2f} s")
    ex, matcher = pipeline._STATE["ex"], pipeline._STATE["matcher"]
    files = iter_files(args.folder)
    best: dict[str, float] = {}
    for _ in range(max(1, args.repeat)):
        spent, nbytes = one_pass(files, ex, matcher)
        best = {k: min(best.get(k, float("inf")), spent[k]) for k in STAGES}
    for k in STAGES:
        print(f"{k:16s} {best[k]:6.2f} s  {best[k] / len(files) * 1000:6.2f} ms/file")
    total = sum(best.values())
    print(f"total {total:.2f} s for {nbytes / 1e6:.1f} MB: {nbytes / 1e6 / total:.2f} MB/s (fastest of {args.repeat})")


if __name__ == "__main__":
    main()
