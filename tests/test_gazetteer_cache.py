"""The gazetteer index is cached on disk: same places whether built or loaded; bad caches rebuild."""
from coopnews import gazetteer as gz

TEXT = "Hsinchu City and Suwon-si signed with the United States, 서울시 and 大阪."


def _find(g):
    return [(s, e, p[0].key) for s, e, _, p in g.find(TEXT)]


def test_cache_is_written_then_loaded_with_the_same_index(tmp_path, monkeypatch):
    monkeypatch.setenv("COOPNEWS_CACHE", str(tmp_path))
    built = gz.gazetteer.__wrapped__()
    files = list(tmp_path.glob("gazetteer-*.pickle"))
    assert len(files) == 1
    loaded = gz.gazetteer.__wrapped__()
    assert loaded is not built and _find(loaded) == _find(built) and len(_find(built)) == 5


def test_corrupt_cache_is_rebuilt_and_empty_setting_disables_it(tmp_path, monkeypatch):
    monkeypatch.setenv("COOPNEWS_CACHE", str(tmp_path))
    path = tmp_path / f"gazetteer-{gz._build_key()}.pickle"
    path.write_bytes(b"not a pickle")
    g = gz.gazetteer.__wrapped__()
    assert len(_find(g)) == 5 and path.stat().st_size > 1000  # rebuilt and rewritten
    other = tmp_path / "xdg"
    monkeypatch.setenv("XDG_CACHE_HOME", str(other))
    monkeypatch.setenv("COOPNEWS_CACHE", "")  # empty: no cache anywhere
    assert len(_find(gz.gazetteer.__wrapped__())) == 5 and not other.exists()
