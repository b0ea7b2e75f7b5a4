"""Command line: ``coopnews extract INPUT_DIR --out OUT_DIR``."""
from __future__ import annotations

import argparse
import sys

from .loading import CorpusError
from .pipeline import extract_to_folder


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``coopnews`` command; returns the exit status."""
    parser = argparse.ArgumentParser(prog="coopnews", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract every table from a folder of articles")
    ex.add_argument("input", help="folder of article files (txt, html; any of en/ko/zh/ja)")
    ex.add_argument("--out", required=True, help="folder for the CSV tables")
    ex.add_argument("--jobs", type=int, default=0, help="worker processes (default 0: one per core); the output is the same")
    ex.add_argument("--taxonomy", help="a sector taxonomy YAML file to use instead of the built-in one")
    ex.add_argument("--parquet", action="store_true", help="also write Parquet files")
    ex.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    ex.add_argument("--timings", action="store_true", help="also print the seconds each phase took")
    args = parser.parse_args(argv)
    try:
        counts = extract_to_folder(args.input, args.out, jobs=args.jobs, taxonomy=args.taxonomy,
                                   progress=not args.no_progress, parquet=args.parquet)
    except (CorpusError, ValueError) as exc:
        print(f"coopnews: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"coopnews: error: cannot write {exc.filename or 'to ' + args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(f"coopnews: {counts['loaded']} of {counts['files']} files loaded, {counts['stories']} stories, "
          f"{counts['actors']} actors, {counts['events']} events -> {args.out}", file=sys.stderr)
    if args.timings:
        print("coopnews: seconds: " + ", ".join(f"{k} {v:.1f}" for k, v in counts["seconds"].items()), file=sys.stderr)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
