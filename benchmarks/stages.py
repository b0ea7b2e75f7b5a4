"""Time each extraction stage per file, on one core, in this process.

Usage: python benchmarks/stages.py [FOLDER]   (default: benchmarks/data/n1000-s7, made by make bench)

Prints seconds and milliseconds per file for loading (decode + segment), actors, sectors and
dates + events, and the MB/s of their sum; the gazetteer build is timed separately.
"""
import sys
import time
from collections import defaultdict
from pathlib import Path

from coopnews import pipeline
from coopnews.events import story_events
from coopnews.loading import iter_files, load_file
from coopnews.sectors import score_story


def main(folder: str) -> None:
    t0 = time.perf_counter()
    pipeline._setup(None, {})
    print(f"setup (gazetteer, vocabularies) {time.perf_counter() - t0:.2f} s")
    ex, matcher = pipeline._STATE["ex"], pipeline._STATE["matcher"]
    spent, nbytes = defaultdict(float), 0
    files = iter_files(folder)
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
    for k, v in spent.items():
        print(f"{k:16s} {v:6.2f} s  {v / len(files) * 1000:6.2f} ms/file")
    total = sum(spent.values())
    print(f"total {total:.2f} s for {nbytes / 1e6:.1f} MB: {nbytes / 1e6 / total:.2f} MB/s")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).parent / "data" / "n1000-s7"))
