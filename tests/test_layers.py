"""The house rules for imports: layers pointing down, no cycles, one namespace, imports at the top, public names.

The layers and the no-cycle rule are import-linter contracts in pyproject.toml (`[tool.importlinter]`).
import-linter finds modules by walking the package's folder, and the package is spread over several
top-level folders (setuptools `package-dir`), so the check runs on a copy laid out as it is installed.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
GENERIC = ("rules", "knowledge", "readers", "recommender")
# the code of the product and the app (tests, benchmarks and scripts are checked for bare names only)
PRODUCT = ("chiiki_mirai", *GENERIC, "app_support", "app_pages", "app.py")


def _python_files(*tops: str) -> list[Path]:
    out: list[Path] = []
    for top in tops:
        p = ROOT / top
        if p.is_file():
            out.append(p)
            continue
        out += [
            f
            for f in sorted(p.rglob("*.py"))
            if "__pycache__" not in f.parts and not f.relative_to(ROOT).as_posix().startswith("tests/data/")
        ]
    return out


def _all_python_files() -> list[Path]:
    return _python_files(*PRODUCT, "tests", "benchmarks", "scripts")


@pytest.fixture(scope="module")
def installed_layout(tmp_path_factory) -> Path:
    """The package as installed: chiiki_mirai/ with the mapped folders inside it, and app_support beside it."""
    dest = tmp_path_factory.mktemp("layout")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "data", "sources", "resources")
    for package, folder in PYPROJECT["tool"]["setuptools"]["package-dir"].items():
        shutil.copytree(ROOT / folder, dest / package.replace(".", os.sep), ignore=ignore, dirs_exist_ok=True)
    shutil.copytree(ROOT / "app_support", dest / "app_support", ignore=ignore)
    return dest


def test_import_linter_contracts_are_kept(installed_layout: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(installed_layout)}
    code = "import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports(config_filename=sys.argv[1]))"
    p = subprocess.run(
        [sys.executable, "-c", code, str(ROOT / "pyproject.toml")],
        cwd=installed_layout, env=env, capture_output=True, text=True, timeout=300,
    )
    assert p.returncode == 0, p.stdout + p.stderr
    assert "0 broken" in p.stdout


def test_the_layers_contract_names_every_package() -> None:
    contract = next(c for c in PYPROJECT["tool"]["importlinter"]["contracts"] if c["type"] == "layers")
    named = {m.strip() for layer in contract["layers"] for m in layer.replace("|", ":").split(":")}
    packages = {p for p in PYPROJECT["tool"]["setuptools"]["packages"] if p.count(".") == 1}
    modules = {f"chiiki_mirai.{p.stem}" for p in (ROOT / "chiiki_mirai").glob("*.py") if p.stem != "__init__"}
    assert packages | modules <= named, sorted(packages | modules - named)


def _imports(path: Path) -> list[tuple[ast.stmt, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and not node.level:
            out.append((node, node.module or ""))
    return out


def test_no_module_imports_a_bare_generic_name() -> None:
    bad = [
        f"{f.relative_to(ROOT)}:{node.lineno} {name}"
        for f in _all_python_files()
        for node, name in _imports(f)
        if name.split(".")[0] in GENERIC
    ]
    assert not bad, bad


def test_imports_stand_at_the_top_except_lazy_heavy_libraries() -> None:
    """A function-level import is allowed only for a heavy third-party library, with a `# lazy:` comment."""
    bad = []
    for f in _python_files(*PRODUCT):
        lines = f.read_text(encoding="utf-8").splitlines()
        tree = ast.parse("\n".join(lines))
        top = {id(n) for n in tree.body}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Import | ast.ImportFrom) or id(node) in top:
                continue
            if node.col_offset == 0:  # module level, e.g. under `if TYPE_CHECKING:`
                continue
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            own = any(n.split(".")[0] in ("chiiki_mirai", "app_support", *GENERIC) for n in names)
            i = node.lineno - 2  # the line above, skipping the imports of the same group
            while i >= 0 and lines[i].strip().startswith(("import ", "from ")):
                i -= 1
            if own or i < 0 or not lines[i].strip().startswith("# lazy:"):
                bad.append(f"{f.relative_to(ROOT)}:{node.lineno} {', '.join(names)}")
    assert not bad, bad


def test_no_module_imports_a_private_name_of_another() -> None:
    bad = [
        f"{f.relative_to(ROOT)}:{node.lineno} {name}.{a.name}"
        for f in _python_files(*PRODUCT)
        for node, name in _imports(f)
        if isinstance(node, ast.ImportFrom) and name.split(".")[0] in ("chiiki_mirai", "app_support")
        for a in node.names
        if a.name.startswith("_")
    ]
    assert not bad, bad
