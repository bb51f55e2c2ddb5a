"""Write the Word drafts of the QA sets: `python tests/data/make_docx.py [qa_drafts2 ...]` (all sets if none named).

Each set's tests/data/<set>/docx_specs.py lists its drafts in DRAFTS (functions that build and save one .docx
next to the specs, with the builder in tests/data/docx_builder.py).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent
SETS = ("qa_drafts2", "qa_drafts4", "qa_drafts5", "qa_drafts6", "qa_drafts7", "qa_drafts8")


def load_specs(set_name: str):  # noqa: ANN201 - a module
    path = DATA / set_name / "docx_specs.py"
    spec = importlib.util.spec_from_file_location(f"docx_specs_{set_name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(set_name: str, out: Path | None = None) -> list[Path]:
    """Write the set's drafts into `out` (default: the set's own folder); return the files written."""
    module = load_specs(set_name)
    folder = out or DATA / set_name
    return [draft(folder) for draft in module.DRAFTS]


if __name__ == "__main__":
    if str(DATA) not in sys.path:
        sys.path.insert(0, str(DATA))
    for name in sys.argv[1:] or SETS:
        for written in build(name):
            print(written.relative_to(DATA.parent.parent) if written.is_relative_to(DATA.parent.parent) else written)
