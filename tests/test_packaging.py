"""One import namespace: the package installs as `chiiki_mirai.*` only, never as generic top-level names.

The folders `knowledge/`, `readers/`, `recommender/` and `rules/` stay at the top of the repository but are
mapped under `chiiki_mirai` (pyproject `package-dir`). Checked twice: in the environment the tests run in (an
editable install) and in a fresh virtual environment that gets a wheel built from the sources.
"""

from __future__ import annotations

import importlib.metadata
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERIC = ("rules", "knowledge", "readers", "recommender")
SOURCES = ("pyproject.toml", "README.md", "chiiki_mirai", "knowledge", "readers", "recommender", "rules")

PROBE = f"""
import importlib.util, sys
import chiiki_mirai.rules, chiiki_mirai.readers, chiiki_mirai.knowledge, chiiki_mirai.recommender, chiiki_mirai.core
from chiiki_mirai.knowledge.loader import load_kb
load_kb()
found = [n for n in {GENERIC!r} if importlib.util.find_spec(n) is not None]
print(chiiki_mirai.rules.__file__)
sys.exit(f"generic top-level names importable: {{found}}" if found else 0)
"""


def _probe(python: str, cwd: Path) -> str:
    p = subprocess.run([python, "-c", PROBE], cwd=cwd, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr + p.stdout
    return p.stdout.strip()


def test_the_installed_distribution_claims_only_chiiki_mirai() -> None:
    dist = importlib.metadata.distribution("chiiki-mirai")
    top = (dist.read_text("top_level.txt") or "").split()
    assert set(top) <= {"chiiki_mirai"}, top


def test_the_current_install_imports_chiiki_mirai_but_no_generic_name(tmp_path: Path) -> None:
    # outside the repository, so that its folders are not on sys.path as the current directory
    _probe(sys.executable, tmp_path)


def _copy_sources(dest: Path) -> None:
    dest.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", "*.pyc")
    for name in SOURCES:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=ignore)
        else:
            shutil.copy2(src, dest / name)


def test_a_wheel_in_a_fresh_venv_installs_only_chiiki_mirai(tmp_path: Path) -> None:
    src, dist, venv = tmp_path / "src", tmp_path / "dist", tmp_path / "venv"
    _copy_sources(src)
    # the fresh environment sees the base interpreter's packages (the dependencies), not this one's
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    pip = [python, "-m", "pip", "--disable-pip-version-check", "-q"]
    build = subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(dist), str(src)],
        capture_output=True, text=True, timeout=300,
    )
    if build.returncode != 0:  # the base interpreter's setuptools is too old: let pip fetch the build backend
        build = subprocess.run(
            [*pip, "wheel", "--no-deps", "-w", str(dist), str(src)], capture_output=True, text=True, timeout=600
        )
    assert build.returncode == 0, build.stderr
    (wheel,) = dist.glob("chiiki_mirai-*.whl")
    with zipfile.ZipFile(wheel) as z:
        names = z.namelist()
        tops = {n.split("/", 1)[0] for n in names}
        (top_level,) = [n for n in names if n.endswith(".dist-info/top_level.txt")]
        assert z.read(top_level).decode().split() == ["chiiki_mirai"]
    assert {t for t in tops if not t.endswith(".dist-info")} == {"chiiki_mirai"}, tops
    assert "chiiki_mirai/knowledge/data/checks.yaml" in names
    assert "chiiki_mirai/recommender/resources/need_synonyms.yaml" in names
    subprocess.run([*pip, "install", "--no-deps", "--no-index", str(wheel)], check=True, timeout=300)
    where = _probe(python, tmp_path)
    assert where.startswith(str(venv)), where
