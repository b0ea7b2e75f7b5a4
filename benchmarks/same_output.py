"""Check that a refactoring leaves ``coopnews extract`` output byte-identical.

Usage::

    python benchmarks/same_output.py save  DIR   # before the change: extract every corpus into DIR
    python benchmarks/same_output.py check DIR   # after it: extract again, compare every file with DIR

The corpora are ``seeds/``, ``tests/corpus``, ``tests/eval/texts``, ``../shared/devset/texts`` and
``../shared/realset/texts`` (when present) and a seeded 1,000-file corpus from
``benchmarks/generate.py``.  ``check`` lists each file that differs (or is missing on one side)
and exits 1 if any does.
"""
from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def corpora(work: Path) -> dict[str, Path]:
    """Return the corpora to extract, by name; the generated one is written under ``work``."""
    found = {"seeds": ROOT / "seeds", "tests-corpus": ROOT / "tests" / "corpus",
             "tests-eval": ROOT / "tests" / "eval" / "texts",
             "devset": SHARED / "devset" / "texts", "realset": SHARED / "realset" / "texts"}
    found = {k: v for k, v in found.items() if v.is_dir()}
    gen = work / "generated-1k"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), "1000", str(gen), "--seed", "7"],
                   check=True, stdout=subprocess.DEVNULL)
    found["generated-1k"] = gen
    return found


def extract_all(out: Path) -> None:
    """Run ``coopnews extract`` on every corpus into ``out/<name>``."""
    with tempfile.TemporaryDirectory() as tmp:
        for name, folder in corpora(Path(tmp)).items():
            target = out / name
            shutil.rmtree(target, ignore_errors=True)
            subprocess.run([sys.executable, "-m", "coopnews", "extract", str(folder), "--out", str(target)],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            print(f"{name}: {len(list(target.iterdir()))} files")


def differing(a: Path, b: Path) -> list[str]:
    """Return the relative paths under ``a`` or ``b`` whose bytes differ or that exist on one side only."""
    files_a = {p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file()}
    files_b = {p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file()}
    return sorted(k for k in files_a | files_b
                  if k not in files_a or k not in files_b or not filecmp.cmp(a / k, b / k, shallow=False))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("mode", choices=["save", "check"])
    ap.add_argument("dir", type=Path)
    args = ap.parse_args(argv)
    if args.mode == "save":
        extract_all(args.dir)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        now = Path(tmp) / "now"
        extract_all(now)
        diff = differing(args.dir, now)
    print(f"{len(diff)} files differ")
    for name in diff:
        print("  differs:", name)
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main())
