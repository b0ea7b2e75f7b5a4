"""The gazetteer index is cached on disk as data only: same places whether built or loaded;
corrupt, foreign or code-carrying caches are ignored and rebuilt."""
import json
import pickle

from coopnews import gazetteer as gz

TEXT = "Hsinchu City and Suwon-si signed with the United States, 서울시 and 大阪."


def _find(g):
    return [(s, e, p[0].key) for s, e, _, p in g.find(TEXT)]


def test_cache_is_written_then_loaded_with_the_same_index(tmp_path, monkeypatch):
    monkeypatch.setenv("COOPNEWS_CACHE", str(tmp_path))
    built = gz.gazetteer.__wrapped__()
    files = list(tmp_path.glob("gazetteer-*.json"))
    assert len(files) == 1
    loaded = gz.gazetteer.__wrapped__()
    assert loaded is not built and _find(loaded) == _find(built) and len(_find(built)) == 5
    assert loaded.names == built.names and list(loaded.by_key) == list(built.by_key)


def test_corrupt_cache_is_rebuilt_and_empty_setting_disables_it(tmp_path, monkeypatch):
    monkeypatch.setenv("COOPNEWS_CACHE", str(tmp_path))
    path = tmp_path / f"gazetteer-{gz._build_key()}.json"
    path.write_bytes(b'{"format": "coopnews-gazetteer/1", "key": "tr')
    g = gz.gazetteer.__wrapped__()
    assert len(_find(g)) == 5 and path.stat().st_size > 1000  # rebuilt and rewritten
    other = tmp_path / "xdg"
    monkeypatch.setenv("XDG_CACHE_HOME", str(other))
    monkeypatch.setenv("COOPNEWS_CACHE", "")  # empty: no cache anywhere
    assert len(_find(gz.gazetteer.__wrapped__())) == 5 and not other.exists()


def test_foreign_cache_with_another_key_or_shape_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("COOPNEWS_CACHE", str(tmp_path))
    path = tmp_path / f"gazetteer-{gz._build_key()}.json"
    for foreign in ({"format": gz.CACHE_FORMAT, "key": "another", "places": [], "by_key": [], "names": {},
                     "index": [{}, {}, [], {}]},
                    {"format": gz.CACHE_FORMAT, "key": gz._build_key(), "places": [["x"]], "names": []},
                    [1, 2, 3]):
        path.write_text(json.dumps(foreign), encoding="utf-8")
        assert len(_find(gz.gazetteer.__wrapped__())) == 5
        assert json.loads(path.read_text(encoding="utf-8"))["key"] == gz._build_key()


class _Payload:
    """Unpickling this touches a marker file: proof that a cache file ran code."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        import pathlib

        return pathlib.Path.touch, (pathlib.Path(self.marker),)


def test_a_pickle_in_the_cache_folder_never_runs(tmp_path, monkeypatch):
    monkeypatch.setenv("COOPNEWS_CACHE", str(tmp_path))
    marker = tmp_path / "ran"
    payload = pickle.dumps(_Payload(str(marker)))
    for suffix in (".pickle", ".json"):  # whatever name the loader looks for
        (tmp_path / f"gazetteer-{gz._build_key()}{suffix}").write_bytes(payload)
    assert len(_find(gz.gazetteer.__wrapped__())) == 5
    assert not marker.exists()
