"""Benchmark ``coopnews extract`` end to end on synthetic corpora of growing size.

For each size the corpus is generated once (``benchmarks/data/n<N>``, seeded, reused on later
runs), then ``coopnews extract`` runs as a subprocess while this script samples the resident
memory of its whole process tree every 0.2 s.  Printed per run: files, MB, jobs, wall seconds,
articles/s, MB/s, peak memory (the sum of the processes' proportional set sizes, so pages the
forked workers share are counted once) and, between consecutive sizes, the growth exponent
``log(t2/t1) / log(n2/n1)`` (1.0 = linear), and the seconds of each phase of the run (pass 1:
load and extract every story; pass 2: CJK stories again where a learnt gloss may occur; tables:
merge actors, group events, ties; write: the CSV files).  Process start-up is the rest.

With ``--baseline REV`` the middle size is also run with the package as it was at git revision
``REV`` (its ``lib/`` is exported to ``benchmarks/baseline/REV``, run in the same environment),
alternating baseline and current code ``--pairs`` times, and the ratio current/baseline is printed:
this machine's speed drifts too much for times taken at different hours to be compared.

Usage::

    python benchmarks/run.py [--sizes 1000 10000 100000] [--jobs 2] [--one-core] [--baseline REV]
"""
from __future__ import annotations

import argparse
import math
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent


def corpus(n: int, seed: int) -> tuple[Path, int]:
    """The corpus of ``n`` files (generated when missing) and its size in bytes."""
    folder = HERE / "data" / f"n{n}-s{seed}"
    done = folder.with_name(folder.name + ".complete")
    if not done.exists():
        print(f"generating {n} articles in {folder} …", file=sys.stderr, flush=True)
        subprocess.run([sys.executable, str(HERE / "generate.py"), str(n), str(folder), "--seed", str(seed)],
                       check=True, stdout=subprocess.DEVNULL)
        done.write_text("ok\n")
    size = sum(p.stat().st_size for p in folder.rglob("*.txt"))
    return folder, size


def baseline_lib(rev: str) -> Path:
    """The ``lib/`` folder of git revision ``rev``, exported once to ``benchmarks/baseline/rev``."""
    dest = HERE / "baseline" / rev
    if not (dest / "lib" / "coopnews").is_dir():
        dest.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "-C", str(HERE.parent), "archive", rev, "lib"],
                                 check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    return dest / "lib"


def run(folder: Path, jobs: int, lib: Path | None = None) -> tuple[float, int, int, str]:
    """Run the extractor; return ``(seconds, peak RSS bytes, exit status, its phase timings)``.

    ``lib``: run the package found there (an older revision) instead of the installed one.
    """
    out = HERE / "out" / (folder.name + ("-baseline" if lib else ""))
    cmd = [sys.executable, "-m", "coopnews", "extract", str(folder), "--out", str(out),
           "--jobs", str(jobs), "--no-progress", "--timings"]
    env = dict(os.environ, PYTHONPATH=str(lib)) if lib else None
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, env=env)
    root = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        total = 0
        try:
            for p in [root] + root.children(recursive=True):
                try:
                    # PSS: pages shared by the forked workers (the gazetteer) count once in total
                    total += p.memory_full_info().pss
                except (psutil.AccessDenied, AttributeError):
                    total += p.memory_info().rss
        except psutil.Error:
            pass
        peak = max(peak, total)
        time.sleep(0.2)
    secs = time.perf_counter() - t0
    err = proc.stderr.read()
    phases = next((l.split("seconds: ", 1)[1] for l in err.splitlines() if "seconds: " in l), "")
    return secs, peak, proc.returncode, phases


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--jobs", type=int, default=2, help="worker processes for the size series")
    ap.add_argument("--one-core", action="store_true", help="also time the middle size on one core")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--baseline", metavar="REV", help="git revision to compare with on the middle size")
    ap.add_argument("--pairs", type=int, default=2, help="baseline/current runs alternated (with --baseline)")
    args = ap.parse_args(argv)
    header = (f"{'files':>8} {'MB':>7} {'jobs':>4} {'seconds':>8} {'articles/s':>10} {'MB/s':>6} {'peak MB':>11} "
              f"{'exponent':>8}  phases (s)")
    print(header)
    print("-" * len(header))
    plan = [(n, args.jobs) for n in args.sizes]
    if args.one_core:
        plan.append((args.sizes[len(args.sizes) // 2], 1))
    prev = None
    status = 0
    for n, jobs in plan:
        folder, size = corpus(n, args.seed)
        secs, peak, rc, phases = run(folder, jobs)
        status |= rc
        exp = ""
        if prev is not None and jobs == prev[2] and n != prev[0]:
            exp = f"{math.log(secs / prev[1]) / math.log(n / prev[0]):.2f}"
        print(f"{n:>8} {size / 1e6:>7.1f} {jobs:>4} {secs:>8.1f} {n / secs:>10.0f} {size / 1e6 / secs:>6.2f} "
              f"{peak / 1e6:>11.0f} {exp:>8}  {phases}" + ("" if rc == 0 else f"  (exit {rc})"), flush=True)
        prev = (n, secs, jobs)
    if args.baseline:
        status |= compare(corpus(args.sizes[len(args.sizes) // 2], args.seed)[0], args.jobs,
                          baseline_lib(args.baseline), args.baseline, args.pairs)
    return status


def compare(folder: Path, jobs: int, lib: Path, rev: str, pairs: int) -> int:
    """Alternate the baseline and the current code on ``folder``; print each time and the ratio."""
    times: dict[str, list[float]] = {"baseline": [], "current": []}
    status = 0
    for _ in range(pairs):
        for name, where in (("baseline", lib), ("current", None)):
            secs, _, rc, _ = run(folder, jobs, where)
            status |= rc
            times[name].append(secs)
    old, new = statistics.median(times["baseline"]), statistics.median(times["current"])
    show = lambda ts: " ".join(f"{t:.1f}" for t in ts)
    print(f"\n{folder.name}, {jobs} jobs: baseline {rev} {show(times['baseline'])} s, current "
          f"{show(times['current'])} s (alternating); ratio current/baseline {new / old:.2f} (medians)")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
