"""Every vocabulary file the package ships parses as YAML and holds data (a mapping or a list)."""
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parent.parent / "lib" / "coopnews" / "data"
FILES = sorted(DATA.glob("*.yaml"))


def test_the_package_ships_vocabularies():
    assert len(FILES) >= 10


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_vocabulary_parses(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, (dict, list)) and data
