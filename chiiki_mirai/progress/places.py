"""Where a plan belongs on the map: the prefecture(s) of its authors, from the plan model only.

A prefecture author is its own prefecture; a designated city or a municipality is looked up in the shipped
list of the 1,916 local governments (data/municipalities.tsv, see data/NOTICE.md), using a prefecture written
in front of it (「長野県木曽郡 木曽町」) or elsewhere in the plan to tell same-named places apart (伊達市 is in
北海道 and 福島県). A joint plan across prefectures belongs to each. When no author can be placed, the plan's
title, core area and companies' locations are searched for a prefecture or a municipality, and the note says so.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib import resources

from chiiki_mirai.core.plan import Plan
from chiiki_mirai.progress.quantities import normalize
from chiiki_mirai.readers.municipalities import PREFECTURES, classify_author, strip_prefecture

_SHORT = {p[:-1]: p for p in PREFECTURES if p != "北海道"}
_PREF_RE = re.compile("|".join(sorted(PREFECTURES, key=len, reverse=True)))
_GUN = re.compile(r"^.{1,6}?郡")


@dataclass(frozen=True)
class Place:
    prefecture: str
    municipality: str | None = None
    lat: float | None = None
    lng: float | None = None


@dataclass
class Placement:
    places: list[Place] = field(default_factory=list)
    note: str = ""

    @property
    def prefectures(self) -> list[str]:
        return list(dict.fromkeys(p.prefecture for p in self.places))


@functools.lru_cache(maxsize=1)
def municipality_index() -> dict[str, tuple[Place, ...]]:
    """{municipality name: every place of that name} from the shipped list."""
    text = resources.files("chiiki_mirai.progress").joinpath("data/municipalities.tsv").read_text("utf-8")
    index: dict[str, list[Place]] = {}
    for line in text.splitlines()[1:]:
        pref, city, lat, lng = line.split("\t")
        index.setdefault(city, []).append(Place(pref, city, float(lat), float(lng)))
    return {k: tuple(v) for k, v in index.items()}


@functools.lru_cache(maxsize=1)
def _municipality_re() -> re.Pattern[str]:
    names = sorted((n for n in municipality_index() if len(n) >= 3), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


def _prefecture_of(name: str) -> str | None:
    n = normalize(name).replace(" ", "").replace("\u3000", "")
    if n in PREFECTURES:
        return n
    if n in _SHORT:
        return _SHORT[n]
    m = _PREF_RE.match(n)
    return m.group(0) if m else None


def _plan_hints(plan: Plan) -> str:
    """The plan's short fields that name where it is: title, core area, companies' locations, the desk."""
    c = plan.commitment
    texts = [plan.title or "", plan.core_area or ""] + [x.location or "" for x in plan.core_companies]
    if c.support_system:
        texts += [c.support_system.lead or "", c.support_system.body or ""]
    if c.consultation_desk:
        texts += [c.consultation_desk.name or "", c.consultation_desk.department or ""]
    texts += [k.owner or "" for k in plan.kpis]
    return normalize(" ".join(texts))


def _most_named_prefecture(plan: Plan) -> str | None:
    """The prefecture the plan's own section texts name most often (a last resort, said so in the note)."""
    counts: dict[str, int] = {}
    for sec in [*plan.sections.values(), *plan.other_text]:
        for m in _PREF_RE.findall(normalize(sec.heading + " " + sec.text)):
            counts[m] = counts.get(m, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def place_author(name: str, hints: str = "") -> tuple[list[Place], str]:
    """An author's name → its place(s), and a note when it is unsure or unknown."""
    n = normalize(name).replace(" ", "").replace("\u3000", "")
    pref = _prefecture_of(n)
    if pref and classify_author(n) == "prefecture":
        return [Place(pref)], ""
    city = _GUN.sub("", strip_prefecture(n).replace(" ", ""))
    found = list(municipality_index().get(city, ()))
    if pref:
        found = [p for p in found if p.prefecture == pref] or [Place(pref)]
    if len(found) > 1:
        hinted = [p for p in found if p.prefecture in hints or p.prefecture[:-1] in hints]
        if len(hinted) == 1:
            return hinted, ""
        options = "、".join(f"{p.prefecture}{p.municipality}" for p in found)
        return [], f"「{name}」は同名の市町村があり都道府県を特定できません（{options}）"
    if found:
        return found, ""
    return [], f"「{name}」の都道府県を特定できません"


def place_plan(plan: Plan) -> Placement:
    """The plan's place(s) on the map: each author's, or else one found in the plan's other fields."""
    hints = _plan_hints(plan)
    out = Placement()
    notes = []
    for author in plan.authors:
        places, note = place_author(author.name, hints + " " + " ".join(a.name for a in plan.authors))
        out.places += [p for p in places if p not in out.places]
        if note:
            notes.append(note)
    if not out.places:
        guess = _from_text(hints)
        if guess:
            out.places = guess
            where = "・".join(dict.fromkeys(p.prefecture for p in guess))
            notes.append(f"策定主体から都道府県を特定できないため、表題・対象地域の記載から{where}としました")
        elif pref := _most_named_prefecture(plan):
            out.places = [Place(pref)]
            notes.append(f"策定主体から都道府県を特定できないため、本文に最も多く出てくる{pref}としました（要確認）")
        else:
            notes.append("策定主体が読み取れず、都道府県を特定できません")
    out.note = "。".join(notes)
    return out


def _from_text(text: str) -> list[Place]:
    prefs = list(dict.fromkeys(_PREF_RE.findall(text)))
    if prefs:
        return [Place(p) for p in prefs]
    for m in _municipality_re().finditer(text):
        places = municipality_index()[m.group(0)]
        if len(places) == 1:
            return list(places)
    return []
