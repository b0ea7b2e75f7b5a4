"""Run the notebook collection twice on one corpus and require byte-identical reports.

Usage: python tests/check_reproducible.py CORPUS REPORTS.  Exit status 1 lists the files that
differ between the two runs (figures, tables, HTML, executed notebooks, README).
"""
import hashlib
import shutil
import subprocess
import sys
from pathlib import Path


def digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def main(corpus: str, reports: str) -> int:
    out = Path(reports)
    runs = []
    for _ in range(2):
        shutil.rmtree(out, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "coopnews.runner", "--corpus", corpus, "--reports", str(out)],
                       check=True, stderr=subprocess.DEVNULL)
        runs.append(digest(out))
    differ = sorted(k for k in runs[0].keys() | runs[1].keys() if runs[0].get(k) != runs[1].get(k))
    print(f"{len(runs[0])} report files; {len(differ)} differ between two runs")
    for k in differ:
        print("  differs:", k)
    return 1 if differ or not runs[0] else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
