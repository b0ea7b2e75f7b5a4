"""Shared fixtures: the project's seed folder and the test corpus written for these tests."""
from pathlib import Path

import pytest

from coopnews.config import SEEDS_DIR

TESTS = Path(__file__).resolve().parent


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS_DIR


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return TESTS / "corpus"


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    """Write one article file into ``tmp_path`` and return the folder."""
    p = tmp_path / name
    if isinstance(text, bytes):
        p.write_bytes(text)
    else:
        p.write_text(text, encoding="utf-8")
    return tmp_path
