"""Score recommendations against the reviewers' frozen judgements (tests/corpus/recommend, issue 19).

Each of the 91 plans of tests/corpus/independent was judged by one reviewer: `apt` measures, `plausible` ones
(everything else in the catalog is noise), the measures the plan `named` (with a quote), the `windows` to
approach for each apt measure (`unsure` lists the measures whose window the reviewer was not sure of), and
`warnings`. The dev / held-out split follows the plans' writers (tests/corpus/independent/SPLIT.yaml).

The figures, for the top 10 of each plan (fewer when fewer are shown):
- apt@10: apt items / items shown, over all plans (micro); `apt@10_plan` is the mean of the per-plan shares.
  A reviewer who listed n < 10 apt measures caps that plan's share at n/10, so `apt_found` is reported too:
  apt measures in the top 10 / min(10, number of apt measures), over all plans;
- noise: items neither apt nor plausible / items shown;
- named: measures the plan names itself (reviewer's `named`) found in the top 10 / min(10, number named); a named
  entry is also found under another measure carrying a proper name its quote holds (「地域未来交付金」: the A plan's
  infrastructure grant and the priority adoption), since the plan named the programme (`Scorer.names_it`);
  `named_quoted`: of those found, the share shown with a 「計画に記載」 line whose quote is in the plan;
- reasons true: each reason line is checked mechanically, by its kind:
  named  (「計画に記載」) — its quote is in the plan and the reviewer lists the measure as named;
  gap    ("helps requirement X") — X is a gap in this check, the plan's writer did not label X met, and the
         knowledge has the `helps` link with a rationale and a source;
  plan   (a need, a product, a field, a sector, a term read from the plan) — every quote it gives is in the
         plan and the measure is not noise for this plan;
  kb     (what the sources say: the type's menu, the plan benefit, where a measure is listed) — the knowledge
         holds that claim (always, by construction) — counted true;
  unknown lines are counted false;
- ministry right (the figure held to the target): for each apt item shown with a reviewer's window, the shown window
  equals it, or one is the other's ministry, the top of its line (経済産業局 ↔ 経済産業省, 中小機構 ↔ 経済産業省; not
  中小機構 ↔ 中小企業庁), and 関係府省 agrees only with 関係府省; where the reviewer marked the window unsure, the ministry
  ids named in the reviewer's note are accepted too; so are a judgement's `alt_windows` (the adjudication layer's
  further sourced windows, benchmarks/rec_adjudicated.py) (`Scorer.window_ok`). The windows of the knowledge never
  decide what counts as right here: the reviewer's window is the answer, as the adjudication protocol has it.
- ministry shared (a side column, never held to the target): ministry right, or, for a measure the knowledge gives to
  関係府省 on a cited passage (a source basis), 関係府省 on one side and on the other exactly a body that passage names
  (`Scorer.shared_ok`; review_consideration_ministries: 経済産業省). Never below ministry right.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from chiiki_mirai.knowledge.schema import line_up

ROOT = Path(__file__).resolve().parents[1]
JUDGED_DIR = ROOT / "tests" / "corpus" / "recommend"
CORPUS_DIR = ROOT / "tests" / "corpus" / "independent"
TOP = 10
_ID = re.compile(r"\b[a-z][a-z_]+\b")
RELATED = "related_ministries"  # 関係府省: several bodies share the measure and none leads


@dataclass(frozen=True)
class Judgement:
    plan: str  # file name of the draft
    writer: str
    reviewer: str
    apt: tuple[str, ...]
    plausible: tuple[str, ...]
    named: dict[str, str]  # measure id → quote
    windows: dict[str, str]
    unsure: tuple[str, ...]
    warnings: tuple[str, ...]
    note: str
    # measure → more windows accepted beside `windows` (the adjudication layer's sourced windows, rec_adjudicated)
    alt_windows: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def path(self) -> Path:
        return CORPUS_DIR / self.writer / "drafts" / self.plan


def verdict_of(j: Judgement, measure: str) -> str:
    """The reviewer's verdict on a measure for the plan: apt, plausible or noise (listed in neither)."""
    return "apt" if measure in j.apt else "plausible" if measure in j.plausible else "noise"


def frozen_problems() -> list[str]:
    """Judgement files whose sha256 differs from their FROZEN_<r>.sha256."""
    out = []
    for f in sorted(JUDGED_DIR.glob("FROZEN_r*.sha256")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                digest, rel = line.split(maxsplit=1)
                p = JUDGED_DIR / rel.strip().lstrip("*")
                if not p.is_file() or hashlib.sha256(p.read_bytes()).hexdigest() != digest:
                    out.append(rel)
    return out


def split() -> dict[str, list[str]]:
    return yaml.safe_load((CORPUS_DIR / "SPLIT.yaml").read_text(encoding="utf-8"))


def judgements(half: str) -> list[Judgement]:
    """The judgements of one half ("dev" or "heldout"), sorted by plan name."""
    writers = set(split()[half])
    out = []
    for f in sorted(JUDGED_DIR.glob("judged_r*.yaml")):
        reviewer = f.stem.removeprefix("judged_")
        for plan, v in (yaml.safe_load(f.read_text(encoding="utf-8")) or {}).items():
            writer = plan.split("_", 1)[0]
            if writer not in writers:
                continue
            out.append(Judgement(
                plan, writer, reviewer, tuple(v.get("apt") or ()), tuple(v.get("plausible") or ()),
                {n["id"]: str(n.get("quote", "")) for n in v.get("named") or []}, dict(v.get("windows") or {}),
                tuple(v.get("unsure") or ()), tuple(v.get("warnings") or ()), str(v.get("note") or ""),
            ))
    return sorted(out, key=lambda j: j.plan)


def writer_labels(writer: str) -> dict[str, Any]:
    return yaml.safe_load((CORPUS_DIR / writer / "labels.yaml").read_text(encoding="utf-8")) or {}


@dataclass
class Line:
    """One reason line, as the scorer sees it."""

    kind: str  # named / gap / plan / kb / unknown
    quotes: tuple[str, ...] = ()
    ref: str = ""  # gap: the requirement id
    supported: bool = False  # gap: the knowledge has the helps link with a rationale and a source


@dataclass
class Shown:
    id: str
    window: str
    lines: list[Line] = field(default_factory=list)


@dataclass
class Output:
    """What a recommender (or a baseline) shows for one plan."""

    items: list[Shown]
    gaps: set[str] = field(default_factory=set)  # requirement / check ids not met in this check
    text: str = ""  # the plan's text, normalised (fold), for checking quotes
    notices: list[str] = field(default_factory=list)


def fold(s: str) -> str:
    return "".join(unicodedata.normalize("NFKC", s).split()).lower()


def quote_in(quote: str, text: str) -> bool:
    """A quote is in the plan when its folded form is; an ellipsis (…) splits it into parts that must each be."""
    parts = [fold(p) for p in re.split(r"…|\.\.\.|｜|\|", quote) if fold(p)]
    return bool(parts) and all(p in text for p in parts)


@dataclass
class Tally:
    plans: int = 0
    shown: int = 0
    apt: int = 0
    noise: int = 0
    apt_plan_shares: list[float] = field(default_factory=list)
    apt_found: int = 0
    apt_possible: int = 0
    named_found: int = 0
    named_possible: int = 0
    named_quoted: int = 0
    lines: Counter = field(default_factory=Counter)  # kind → lines
    lines_true: Counter = field(default_factory=Counter)
    windows: int = 0
    windows_right: int = 0
    windows_shared: int = 0  # side column: right, or 関係府省 against a body its cited passage names (`Scorer.shared_ok`)
    warned: int = 0  # plans with an author/type warning by the reviewer
    warned_shown: int = 0

    def figures(self) -> dict[str, Any]:
        def pct(a: float, b: float) -> float | None:
            return round(100 * a / b, 1) if b else None

        total_lines = sum(self.lines.values())
        return {
            "plans": self.plans,
            "apt_at_10": pct(self.apt, self.shown),
            "apt_at_10_plan": pct(sum(self.apt_plan_shares), len(self.apt_plan_shares)),
            "apt_found": pct(self.apt_found, self.apt_possible),
            "noise": pct(self.noise, self.shown),
            "named_in_top10": pct(self.named_found, self.named_possible),
            "named_quoted": pct(self.named_quoted, self.named_found),
            "reasons_true": pct(sum(self.lines_true.values()), total_lines),
            "reason_lines": total_lines,
            "reasons_true_by_kind": {k: f"{self.lines_true[k]}/{n}" for k, n in sorted(self.lines.items())},
            "ministry_right": pct(self.windows_right, self.windows),
            "ministry_shared": pct(self.windows_shared, self.windows),
            "windows_scored": self.windows,
            "author_warning_shown": f"{self.warned_shown}/{self.warned}" if self.warned else None,
        }


class Scorer:
    def __init__(self, parents: dict[str, str], gap_labels: dict[str, dict[str, str]] | None = None,
                 ministry_ids: Iterable[str] = (), proper_names: dict[str, Iterable[str]] | None = None,
                 shared: dict[str, Iterable[str]] | None = None):
        """parents: ministry id → parent id (regional offices, organisations); gap_labels: plan → item → writer's
        status; proper_names: measure id → the proper names the knowledge gives it (a name several measures carry, such
        as 地域未来交付金, is matched by name: see `names_it`); shared: measure id → the bodies named in the cited passage
        that gives the measure to 関係府省 (the side column only, see `shared_ok`)."""
        self.parents = parents
        self.shared = {m: frozenset(bs) for m, bs in (shared or {}).items()}
        self.gap_labels = gap_labels or {}
        self.ministry_ids = set(ministry_ids)
        self.proper_names = {m: tuple(fold(n) for n in ns) for m, ns in (proper_names or {}).items()}

    def names_it(self, j: Judgement, named: str, shown: str) -> bool:
        """A shown measure answers the reviewer's `named` entry when it is that measure, or when the reviewer's quote
        holds a proper name both measures carry: the reviewer wrote down one owner of a shared name (「地域未来交付金」
        under the priority adoption), the tool showed the other (the A plan's infrastructure grant), and the plan
        named the programme, not one of the knowledge's ids."""
        if shown == named:
            return True
        quote = fold(j.named.get(named, ""))
        shared = set(self.proper_names.get(named, ())) & set(self.proper_names.get(shown, ()))
        return any(n and n in quote for n in shared)

    def named_hits(self, j: Judgement, ids: list[str]) -> dict[str, str]:
        """The reviewer's named measures found among the shown ids: named id → the shown id answering it (itself
        first). A reviewer may write one programme name down under both its owners (「地域未来交付金」 as the A
        plan's infrastructure grant and as the priority adoption): the plan named one programme, and showing it
        under either id answers both entries."""
        out = {}
        for m in j.named:
            hit = m if m in ids else next((i for i in ids if self.names_it(j, m, i)), None)
            if hit:
                out[m] = hit
        return out

    def shared_ok(self, mid: str, shown: str, wants: set[str]) -> bool:
        """The side column's agreement: for a measure the knowledge gives to 関係府省 on a cited passage that names some
        of the bodies (`shared`), 関係府省 on one side and one of those named bodies, exactly, on the other."""
        bodies = self.shared.get(mid, frozenset())
        if shown == RELATED:
            return bool(wants & bodies)
        return RELATED in wants and shown in bodies

    def window_ok(self, j: Judgement, mid: str, shown: str) -> bool:
        """The shown window is the reviewer's (or an alt one), or one of them is the other's ministry, the top of its
        line (経済産業局 ↔ 経済産業省, 中小機構 ↔ 経済産業省; not 中小機構 ↔ 中小企業庁); 関係府省 agrees only with
        関係府省; for a window marked unsure, a ministry id named in the note (or the shown one's ministry) too."""
        want = j.windows.get(mid)
        if want is None:
            return True
        wants = {want, *j.alt_windows.get(mid, ())}
        if shown in wants or self.ministry_of(shown) in wants or shown in {self.ministry_of(w) for w in wants}:
            return True
        return mid in j.unsure and bool({shown, self.ministry_of(shown)} & self.note_windows(j))

    def window_ok_shared(self, j: Judgement, mid: str, shown: str) -> bool:
        """`window_ok`, or the side column's 関係府省 agreement (`shared_ok`)."""
        wants = {j.windows[mid], *j.alt_windows.get(mid, ())} if mid in j.windows else set()
        return self.window_ok(j, mid, shown) or self.shared_ok(mid, shown, wants)

    def note_windows(self, j: Judgement) -> set[str]:
        """The ministry ids a reviewer named in the note (accepted for a window marked unsure)."""
        return {w for w in _ID.findall(j.note) if w in self.ministry_ids}

    def ministry_of(self, body: str) -> str:
        """The top of a body's line (中小機構 → 経済産業省; a ministry is its own)."""
        return line_up(self.parents, body)[-1] if body else body

    def line_true(self, j: Judgement, s: Shown, ln: Line, out: Output) -> bool:
        judged = s.id in j.apt or s.id in j.plausible
        quotes_ok = all(quote_in(q, out.text) for q in ln.quotes)
        if ln.kind == "named":
            return bool(ln.quotes) and quotes_ok and any(self.names_it(j, m, s.id) for m in j.named)
        if ln.kind == "gap":
            writer_says = self.gap_labels.get(j.plan, {}).get(ln.ref)
            return ln.ref in out.gaps and writer_says not in ("met", "n/a") and ln.supported
        if ln.kind == "plan":
            return quotes_ok and judged
        return ln.kind == "kb"

    def add(self, t: Tally, j: Judgement, out: Output, warn_words: tuple[str, ...] = ()) -> dict[str, Any]:  # patterns (re)
        top = out.items[:TOP]
        ids = [s.id for s in top]
        t.plans += 1
        t.shown += len(top)
        apt = sum(1 for i in ids if i in j.apt)
        noise = [i for i in ids if i not in j.apt and i not in j.plausible]
        t.apt += apt
        t.noise += len(noise)
        t.apt_plan_shares.append(apt / len(top) if top else 0.0)
        t.apt_found += apt
        t.apt_possible += min(TOP, len(j.apt))
        hits = self.named_hits(j, ids)
        t.named_found += min(TOP, len(hits))
        t.named_possible += min(TOP, len(j.named))
        bad_lines = []
        wrong_windows = []
        quoted = {s.id for s in top if any(ln.kind == "named" and ln.quotes and all(quote_in(q, out.text) for q in ln.quotes)
                                           for ln in s.lines)}
        # once per answered entry, like named_found (one measure may answer two named entries)
        t.named_quoted += min(TOP, sum(1 for sid in hits.values() if sid in quoted))
        for s in top:
            for ln in s.lines:
                t.lines[ln.kind] += 1
                ok = self.line_true(j, s, ln, out)
                t.lines_true[ln.kind] += ok
                if not ok:
                    bad_lines.append(f"{s.id}: {ln.kind} {ln.ref} {ln.quotes}")
            if s.id in j.apt and s.id in j.windows:
                t.windows += 1
                ok = self.window_ok(j, s.id, s.window)
                t.windows_right += ok
                t.windows_shared += self.window_ok_shared(j, s.id, s.window)
                if not ok:
                    wrong_windows.append(f"{s.id}: shown {s.window}, reviewer {j.windows[s.id]}")
        if any(any(re.search(w, x) for w in warn_words) for x in j.warnings):
            t.warned += 1
            t.warned_shown += bool(out.notices)
        return {
            "plan": j.plan,
            "shown": ids,
            "noise": noise,
            "apt_missing": [m for m in j.apt if m not in ids],
            "named_missing": [m for m in j.named if m not in hits],
            "false_lines": bad_lines,
            "wrong_windows": wrong_windows,
        }


# reviewer warnings about who may write or propose the plan, or which type it is (the author problems issue 19
# surfaces), as patterns. A type named as the frame of another requirement (「A類型の必須KGI」「A類型としての必須KGI」
# 「B類型に求められる体制」「B類型が求める」) is no type problem: only the type as the warning's object (「C類型として出し直す」
# 「類型を見直す」「類型が異なる」「類型に組み直す」) counts; the author of another plan (「基本計画の策定主体」) is not this plan's.
AUTHOR_WARNING_WORDS = (
    r"(?<!基本計画の)策定主体", "策定できない", "政令指定都市ではな", "提案主体", "作成主体", "提案できない", "提案者",
    "類型を", r"類型として(?!の)", r"類型が(?!求め)", r"類型に(?!求め)",
)


def ceiling(judged: list[Judgement]) -> float:
    """The best apt@10 any list of 10 can reach: a reviewer who listed n < 10 apt measures caps a plan at n/10."""
    return round(100 * sum(min(TOP, len(j.apt)) for j in judged) / (TOP * len(judged)), 1) if judged else 0.0


def fixed_top10(dev: list[Judgement], plan_types: dict[str, str]) -> dict[str, list[str]]:
    """Per plan type, the 10 measures judged apt most often on dev (then plausible most often, then id)."""
    apt: dict[str, Counter] = defaultdict(Counter)
    plaus: dict[str, Counter] = defaultdict(Counter)
    for j in dev:
        t = plan_types.get(j.plan)
        apt[t].update(j.apt)
        plaus[t].update(j.plausible)
    out = {}
    for t in apt:
        ids = set(apt[t]) | set(plaus[t])
        out[t] = sorted(ids, key=lambda m: (-apt[t][m], -plaus[t][m], m))[:TOP]
    return out


def gap_labels_for(judged: list[Judgement]) -> dict[str, dict[str, str]]:
    """plan → requirement/check id → the writer's status (gap / met / review / n/a)."""
    out: dict[str, dict[str, str]] = {}
    cache: dict[str, dict[str, Any]] = {}
    for j in judged:
        labels = cache.setdefault(j.writer, writer_labels(j.writer))
        items = (labels.get(j.plan) or {}).get("items") or {}
        out[j.plan] = {k: (v.get("status") if isinstance(v, dict) else v) for k, v in items.items()}
    return out


def plan_types_for(judged: list[Judgement]) -> dict[str, str]:
    out = {}
    cache: dict[str, dict[str, Any]] = {}
    for j in judged:
        labels = cache.setdefault(j.writer, writer_labels(j.writer))
        out[j.plan] = (labels.get(j.plan) or {}).get("plan_type")
    return out
