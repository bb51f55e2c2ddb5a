"""A plan written as its sections only, for tests of how the recommender reads what a plan says."""

from __future__ import annotations

from chiiki_mirai.core.plan import Industry, Plan, SectionText


def plan_of(ptype: str, title: str, domain: str | None, lines: dict[str, tuple[str, str]],
            products: tuple[str, ...] = ()) -> Plan:
    """A plan of type `ptype` whose sections are `{item id: (heading, text)}`, its industry the domain and products."""
    return Plan(plan_type=ptype, title=title, industry=Industry(domain=domain, products=list(products)),
                sections={k: SectionText(heading=h, text=t) for k, (h, t) in lines.items()})
