"""Generated draft variants for the benchmarks and the soak test.

From a Markdown/text draft, a seeded random variant: some sections removed, numbers changed and the
wording shuffled (list items and sentences reordered, common spelling variants swapped). The same
(seed, draft) always gives the same text. The variants are for load, not for judging correctness:
they have no expected answer.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from benchmarks.common import example_drafts

_HEADING = re.compile(r"^(#{2,6})\s")
_LIST = re.compile(r"^\s*(?:[-*・●]|\d+[.)）]|[（(]\d+[)）])\s*")
_NUMBER = re.compile(r"[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?")
_FW = str.maketrans("０１２３４５６７８９．", "0123456789.")
# spelling variants a planner may use for the same word (both directions)
_SPELLINGS = [
    ("取組", "取り組み"),
    ("目指す", "めざす"),
    ("及び", "と"),
    ("：", ": "),
    ("等", "など"),
    ("事業者", "企業"),
    ("推進", "促進"),
]


def _blocks(text: str) -> list[list[str]]:
    out: list[list[str]] = []
    cur: list[str] = []
    for line in text.split("\n"):
        if not line.strip():
            if cur:
                out.append(cur)
                cur = []
        elif _HEADING.match(line):
            if cur:
                out.append(cur)
            out.append([line])
            cur = []
        else:
            cur.append(line)
    if cur:
        out.append(cur)
    return out


def _level(block: list[str]) -> int | None:
    m = _HEADING.match(block[0]) if len(block) == 1 else None
    return len(m.group(1)) if m else None


def _remove_sections(blocks: list[list[str]], rng: random.Random) -> list[list[str]]:
    heads = [i for i, b in enumerate(blocks) if _level(b)]
    if not heads:  # no Markdown headings: drop a few paragraphs after the opening lines
        body = list(range(min(3, len(blocks)), len(blocks)))
        drop = set(rng.sample(body, k=min(len(body), rng.randint(0, 2))))
        return [b for i, b in enumerate(blocks) if i not in drop]
    drop: set[int] = set()
    for h in rng.sample(heads, k=min(len(heads), rng.randint(0, 3))):
        lvl = _level(blocks[h]) or 2
        j = h + 1
        while j < len(blocks) and not ((_level(blocks[j]) or 99) <= lvl):
            j += 1
        drop.update(range(h, j))
    return [b for i, b in enumerate(blocks) if i not in drop]


def _change_number(m: re.Match, line: str, rng: random.Random) -> str:
    raw = m.group(0)
    start = m.start()
    before = line[max(0, start - 2) : start]
    after = line[m.end() : m.end() + 1]
    if before.endswith(("(", "（")) or after in (")", "）", ".", "．") and start <= 4:
        return raw  # heading / list numbering
    s = raw.translate(_FW).replace(",", "").replace("，", "")
    grouped = len(s) != len(raw.translate(_FW))
    if "令和" in before or before.endswith("和"):
        return str(max(1, int(float(s)) + rng.choice([-1, 0, 1])))
    if "." not in s and 1900 <= int(s) <= 2100:
        return str(int(s) + rng.choice([-1, 0, 0, 1, 2]))
    value = float(s) * rng.uniform(0.3, 3.0)
    if "." in s:
        return f"{value:,.{len(s.split('.')[1])}f}" if grouped else f"{value:.{len(s.split('.')[1])}f}"
    return f"{max(0, round(value)):,}" if grouped else str(max(0, round(value)))


def _shuffle_wording(block: list[str], rng: random.Random) -> list[str]:
    if _level(block) or block[0].lstrip().startswith("|"):
        return block  # headings and tables keep their form
    lines = list(block)
    if len(lines) > 1 and all(_LIST.match(x) for x in lines) and rng.random() < 0.7:
        rng.shuffle(lines)
    out = []
    for line in lines:
        if line.startswith("#"):
            out.append(line)
            continue
        sentences = [s for s in re.split(r"(?<=。)", line) if s]
        if len(sentences) > 2 and rng.random() < 0.5:
            head, rest = sentences[0], sentences[1:]
            rng.shuffle(rest)
            line = head + "".join(rest)
        for a, b in _SPELLINGS:
            if rng.random() < 0.3:
                line = line.replace(a, b) if rng.random() < 0.5 else line.replace(b, a)
        out.append(line)
    return out


def make_variant(text: str, seed: int) -> str:
    """One variant of a draft: sections removed, numbers changed, wording shuffled."""
    rng = random.Random(seed)
    blocks = _remove_sections(_blocks(text), rng)
    out_blocks = []
    for b in blocks:
        b = _shuffle_wording(b, rng)
        if not _level(b):
            b = [_NUMBER.sub(lambda m, ln=ln: _change_number(m, ln, rng), ln) for ln in b]
        out_blocks.append("\n".join(b))
    return "\n\n".join(out_blocks) + "\n"


def variants(drafts: list[tuple[str, str]], n: int, seed: int = 20260401) -> list[tuple[str, str]]:
    """n variants cycling over the drafts: (file name, text)."""
    out = []
    for i in range(n):
        name, text = drafts[i % len(drafts)]
        out.append((f"v{i:04d}_{name}.md", make_variant(text, seed + i)))
    return out


def write_variants(drafts: list[tuple[str, str]], n: int, folder: Path, seed: int = 20260401) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in variants(drafts, n, seed):
        p = folder / name
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


if __name__ == "__main__":  # print one variant of each draft, for a look
    for name, text in example_drafts():
        print(f"===== {name}\n{make_variant(text, 1)}")
