"""The plan fields of the indicators, assembled from their statements: kgis, kpis, kpi_monitoring_cycle, ripple.

The fields are a view of the statements for the report and the app (the facts read the statements). A KGI is
one per mandatory kind (the table row, the prose sentence and the cumulative row of 官民設備投資額 are one KGI)
and one per name otherwise; its value is the target that is neither interim nor long-term (the latest year
when several are), its cumulative value the same among sums. A ripple target is the first in-zone target with
a figure, else the first held mention.
"""

from __future__ import annotations

from typing import Any

from chiiki_mirai.core.plan import KGI, KPI, Evidence, Ripple, RippleTarget
from chiiki_mirai.core.statement import Statement, of_kind
from chiiki_mirai.core.text.cues import is_semiannual
from chiiki_mirai.readers.statements.indicators.monitoring import cycle_of

KGI_TOPICS = ("investment", "value_added", "talent", "productivity", "employment", "custom")
_ONE_PER_KIND = ("investment", "value_added", "talent", "productivity")
RIPPLE_FIELDS = {"transactions": "regional_transactions", "sales": "sales", "jobs": "jobs", "wages": "wages"}


def evidence(s: Statement) -> Evidence:
    return Evidence(section=s.place.section, line=s.place.line, text=s.place.quote[:200])


def _main(xs: list[Statement], role: str) -> Statement | None:
    """The value of a role that is the plan's own target: held, not interim, not long-term, latest year."""
    cands = [s for s in xs if s.role == role and s.value is not None and s.held]
    plain = [s for s in cands if not s.attrs.get("interim") and not s.attrs.get("long_term")] or [
        s for s in cands if not s.attrs.get("long_term")
    ]
    if not plain:
        return None
    block = next((s.attrs.get("block_year") for s in plain if s.attrs.get("block_year")), None)
    return max(plain, key=lambda s: (s.year == block, s.year or 0, -xs.index(s)))


def _kgi(key: str, xs: list[Statement], basis: dict[str | None, list[str]], verification: str | None) -> KGI:
    value = _main(xs, "target")
    cum = _main(xs, "cumulative")
    first = value or cum or xs[0]
    mandatory = next((s.attrs["mandatory"] for s in xs if s.attrs.get("mandatory") is not None), None)
    notes = basis.get(first.topic if first.topic in _ONE_PER_KIND else None) or []
    return KGI(
        kind=first.topic if first.topic in KGI_TOPICS else "custom",  # type: ignore[arg-type]
        name=first.subject or key,
        value=value.value if value else None,
        unit=(value or cum).unit if (value or cum) else None,
        raw=first.attrs.get("raw"),
        year=(value or cum).year if (value or cum) else None,
        annual=True if value is not None and value.attrs.get("annual") else None,
        cumulative_value=cum.value if cum else None,
        mandatory=mandatory,
        basis="\n".join(notes)[:600] or None,
        verification=verification,
        evidence=evidence(first),
    )


def assemble_kgis(statements: list[Statement]) -> list[KGI]:
    kgi = [s for s in of_kind(statements, "kgi") if s.topic in KGI_TOPICS]
    basis: dict[str | None, list[str]] = {}
    for s in of_kind(statements, "kgi", "basis"):
        basis.setdefault(s.subject, []).append(s.attrs.get("text", ""))
        basis.setdefault(None, []).append(s.attrs.get("text", ""))
    ver = "\n".join(s.attrs.get("text", "") for s in of_kind(statements, "kgi", "verification"))[:600] or None
    groups: dict[str, list[Statement]] = {}
    for s in kgi:
        key = s.topic if s.topic in _ONE_PER_KIND else f"{s.topic}:{s.subject}"
        groups.setdefault(key, []).append(s)
    return [_kgi(k, xs, basis, ver) for k, xs in groups.items()]


def assemble_kpis(statements: list[Statement]) -> list[KPI]:
    out = []
    for s in of_kind(statements, "kpi"):
        a = s.attrs
        cycle = a.get("cycle") or cycle_of(a.get("venue", "")) or cycle_of(a.get("approach", ""))
        out.append(
            KPI(
                name=s.subject or "",
                target=a.get("target"),
                deadline=a.get("deadline"),
                owner=a.get("owner"),
                withdrawal_criterion=a.get("withdrawal"),
                monitoring_cycle=cycle,
                significance=a.get("significance"),
                venue=a.get("venue"),
                approach=a.get("approach"),
                evidence=evidence(s),
            )
        )
    return out


def monitoring_cycle(statements: list[Statement]) -> str | None:
    """The plan's KPI check cycle: the first held monitoring statement that is at least half-yearly."""
    return next(
        (s.attrs["cycle"] for s in of_kind(statements, "monitoring") if s.held and is_semiannual(s.attrs.get("cycle"))),
        None,
    )


def _ripple_target(xs: list[Statement]) -> RippleTarget:
    held = [s for s in xs if s.held]
    valued = [s for s in held if s.value is not None and s.role in ("target", "change", "cumulative") and not s.attrs.get("amount_open")]
    best = next((s for s in valued if not s.attrs.get("outside")), None) or (valued[0] if valued else None)
    first = best or next((s for s in held if not s.attrs.get("outside")), None) or (held[0] if held else None)
    if first is None:
        return RippleTarget()
    return RippleTarget(
        stated=True,
        value=best.value if best else None,
        unit=best.unit if best else None,
        year=best.year if best else None,
        text=first.place.quote[:200],
        evidence=evidence(first),
    )


def assemble_ripple(statements: list[Statement]) -> Ripple:
    by: dict[str, list[Statement]] = {}
    for s in of_kind(statements, "ripple"):
        by.setdefault(s.topic or "", []).append(s)
    return Ripple(**{f: _ripple_target(by.get(t, [])) for t, f in RIPPLE_FIELDS.items()})


def assemble(statements: list[Statement]) -> dict[str, Any]:
    return {
        "kgis": assemble_kgis(statements),
        "kpis": assemble_kpis(statements),
        "kpi_monitoring_cycle": monitoring_cycle(statements),
        "ripple": assemble_ripple(statements),
    }
