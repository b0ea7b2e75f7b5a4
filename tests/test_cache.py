"""corpus_tables caches the extraction on disk, data only, keyed by everything the tables depend on."""
import json
import shutil

import pandas as pd
import pytest

from coopnews import cache, corpus_tables
from coopnews import pipeline
from coopnews.loading import iter_files


@pytest.fixture()
def corpus(tmp_path, corpus_dir):
    shutil.copytree(corpus_dir, tmp_path / "c")
    return tmp_path / "c"


@pytest.fixture()
def cache_folder(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("COOPNEWS_CACHE", str(folder))
    return folder


def _no_extraction(monkeypatch):
    def fail(*args, **kwargs):
        raise AssertionError("extracted again")

    monkeypatch.setattr(pipeline, "extract_corpus", fail)


def _entries(folder):
    return sorted(p.name for p in folder.glob("tables-*"))


def test_cached_tables_are_the_extracted_tables(corpus, cache_folder, monkeypatch):
    fresh = pipeline.extract_corpus(corpus, progress=False)
    corpus_tables(corpus, progress=False)
    _no_extraction(monkeypatch)
    again = corpus_tables(corpus, progress=False)
    assert list(again) == list(fresh)
    for name in fresh:
        pd.testing.assert_frame_equal(again[name], fresh[name], check_exact=True)
    assert len(fresh["articles"]) > 5 and any(len(x) for x in again["events"]["parties"])
    (entry,) = cache_folder.glob("tables-*")
    assert {p.suffix for p in entry.iterdir()} == {".parquet", ".json"}  # data only, never pickle


def test_same_content_elsewhere_is_served_from_the_cache(corpus, cache_folder, monkeypatch, tmp_path):
    corpus_tables(corpus, progress=False)
    shutil.copytree(corpus, tmp_path / "elsewhere")
    _no_extraction(monkeypatch)
    assert len(corpus_tables(tmp_path / "elsewhere", progress=False)["articles"]) > 5


def test_changed_content_of_the_same_size_is_extracted_again(corpus, cache_folder):
    before = corpus_tables(corpus, progress=False)
    path = corpus / "en_gwangju_nagoya.txt"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Gwangju", "Gwangsu"), encoding="utf-8")  # same size, other bytes
    after = corpus_tables(corpus, progress=False)
    assert len(_entries(cache_folder)) == 2
    assert "Gwangju" in set(before["actors"]["name"]) and "Gwangju" not in set(after["actors"]["name"])


def test_a_change_to_the_package_or_taxonomy_changes_the_key(tmp_path, monkeypatch, corpus):
    from coopnews.config import DATA_DIR, PACKAGE_DIR

    entries = iter_files(corpus)
    key = cache.corpus_key(entries, None)
    taxonomy = tmp_path / "taxonomy.yaml"
    taxonomy.write_bytes((DATA_DIR / "taxonomy.yaml").read_bytes())
    assert cache.corpus_key(entries, taxonomy) != key
    copy = tmp_path / "pkg"
    shutil.copytree(PACKAGE_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "PACKAGE_DIR", copy)
    cache.package_fingerprint.cache_clear()
    try:
        same = cache.corpus_key(entries, None)
        with open(copy / "data" / "titles.yaml", "a", encoding="utf-8") as fh:
            fh.write("\n# edited\n")
        cache.package_fingerprint.cache_clear()
        assert same == key and cache.corpus_key(entries, None) != key
    finally:
        cache.package_fingerprint.cache_clear()


@pytest.mark.parametrize("damage", ["meta", "table", "foreign"])
def test_a_corrupt_or_foreign_entry_is_ignored_and_rebuilt(corpus, cache_folder, damage):
    first = corpus_tables(corpus, progress=False)
    (entry,) = cache_folder.glob("tables-*")
    if damage == "meta":
        (entry / "meta.json").write_text("{not json", encoding="utf-8")
    elif damage == "table":
        data = (entry / "actors.parquet").read_bytes()
        (entry / "actors.parquet").write_bytes(data[: len(data) // 2])
    else:
        meta = json.loads((entry / "meta.json").read_text(encoding="utf-8"))
        meta["key"] = "0" * 64
        (entry / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    again = corpus_tables(corpus, progress=False)
    pd.testing.assert_frame_equal(again["actors"], first["actors"])
    assert cache.load_tables(cache_folder, cache.corpus_key(iter_files(corpus), None)) is not None  # rewritten


def test_empty_setting_turns_the_cache_off(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("COOPNEWS_CACHE", "")
    assert len(corpus_tables(corpus, progress=False)["articles"]) > 5
    assert not (tmp_path / "xdg").exists()


def test_the_key_never_blocks_on_a_fifo_nor_fails_on_an_unreadable_entry(tmp_path):
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    missing = tmp_path / "gone.txt"
    key = cache.corpus_key([(fifo, "pipe.txt"), (missing, "gone.txt"), (tmp_path, "folder")], None)
    assert len(key) == 64 and key != cache.corpus_key([(missing, "gone.txt")], None)
