"""A dev draft rewritten in another layout, same meaning, gets the same verdicts (metamorphic test).

    python -m benchmarks.bench_metamorphic                          # every transform, figures per transform
    python -m benchmarks.bench_metamorphic --transforms heading_chapter,bullets_none --show
    python -m benchmarks.bench_metamorphic --every 4                # every 4th draft (each transform is a check)

Every Markdown and text draft of the dev half of tests/corpus/independent (never the held-out half) is parsed
into the document tree, written back out in its own format (the base) and, for each transform of
`layout_variants.py`, transformed and written out again (`format_swap`: written in the other format). Both are
read and checked like uploads. Per transform: drafts the transform changes, drafts whose verdicts differ from
the base (flips), flips of a labelled-met item into a gap (new false alarms) and of a labelled gap that was
found into met or review (new misses). `render` compares the base with the file as written (the round trip).
A draft the transform leaves unchanged, or whose headings plain text cannot place (render.text_can_say), is
not counted. Writes benchmarks/results/metamorphic.json.

Flips left at the end of session 17 (dev, every 4th draft), by class, not fixed in time:
- bullets_none: an unmarked label line over indented lines with no blank line before it and no indented label heading
  above it (「　事業者」 after 「　地域：…」) stays a paragraph, and an unmarked line not ending a sentence joins the next
  one (a 字下げ line is read as a hard-wrap continuation); space-aligned lines that only some rows align with double
  spaces become a two-row table; operators introduced without a sentence naming them;
- table_transpose: a KGI table with a two-row header transposed (two label columns) is read with the wrong labels by
  the KGI table reader; a table transposed inside a plan written as one 項目 | 内容 table;
- sentences_split / sentences_joined: the narrative drafts (w98) whose KGI or section is read from one paragraph's
  run of sentences;
- format_swap: a plan written as one 項目 | 内容 table read as text rather than Markdown (title line, one section);
- digits_wide / digits_narrow: core/claim_rules.strength() matches half-width digits only; reading it on the NFKC form
  (tried, then reverted) exposed its loose pattern for a figure against foreign rivals (「海外の調査会社２社が…採用」)
  in a QA draft, so the pattern must be tightened first;
- lines_to_table: a row whose value holds several sentences stays one entry per sentence (the body reads it as one
  label line).

Transforms added in session 19 (layout_rewrites.py) and the classes they showed: years in kanji numerals (now read by
find_fiscal_years), ripple targets in nested 現状／目標 entries (ripple._entry_field). Left:
- kanji_numerals: amounts and counts in kanji inside the readers' digit patterns; numbers.arabic_numerals writes them in
  digits and removed most flips, but is not wired in: evidence quotes must stay as written, and kpi_read._PART does not
  split a KPI line before a digit (「／1000万円未満なら…」 loses its criterion);
- a 5W1H table keyed by KPI numbers after KPIs written as entries (filling them changed a dev KPI gap into review);
- kpi_list (session 20, list42: 33 / 46 / 15 → 13 / 18 / 4; kpi_list_paren 11 / 15 / 4 → 5 / 5 / 0): numbered
  indicators over their nested label entries are list records now (doctree/records.py: siblings sharing two labels;
  levels.HeadingNumbers: a chapter's number starting over inside a subsection), and a list of mandatory KGIs names itself
  outside the KGI part (kgi._listed). Left: the unit in an entry's name (「付加価値増加額（R7比、百万円）」 over
  「R12：185」: the bare figures take no unit, and 「百万円」 reads as a value); an indicator entry whose words name
  another item (「伴走支援による…訪問回数」 among the KPIs is placed at the commitment item); a separate criteria table
  keyed by KPI names after KPIs written as entries; a numbered entry that swallows the paragraph under a heading line
  in plain text;
- headings_to_prose (session 20, prose43: 10 / 3 / 0 → 7 / 3 / 0): a name two sections share (特定の理由) opening a
  sentence names the item of the section it sits in (unit_leads._topic_item; the three sections met → review flips).
  Left: a paragraph opening with its item's name is still the candidate of a missing sibling (tests/data c_minato
  met → review). Taking the whole named paragraph off the candidates was tried and reverted: 5 dev items became
  false alarms (A.2.2 where 「対象区域は、…。…が集積し、…」 gives the area and its reason in one paragraph); it needs a
  content test (the claims) that tells the reason apart. Tried again in session 22 (read48): when every line of the
  section's prose is already its items', ask only for a line stating the missing item's content (the claims, as for a
  neighbour's text) — both xfails passed, but 5 dev sections items became false alarms (0.5 → 0.6%) and no miss was
  found, so it was reverted: the claims do not yet read those items' content. Also left: the paragraphs after a named one (「令和9年度～
  令和13年度累計 480億円」 after 「計画での官民設備投資額については、…」) are not that item's (the KGI's cumulative
  target is lost); the transform prefixes the name to a space-aligned table kept as one paragraph (the table is no
  longer read); a question heading made a topic (「支援する作物・製品は？については、…」) names no item, so the
  product's text is not C.promise's (met → review); w13, w76, w86 not yet looked at;
- kanji_numerals: counters outside the table of units and counters (本・戸 are left out for place names).

Transforms added in session 21 (meta44, layout_rewrites.py): indicators_run_in 4 flips / 3 new false alarms → 0 / 0,
indicator_cells_combined 1 / 1 → 0 / 0 (every 4th draft). Classes fixed in the reading: a figure followed by 「から」 and
later a figure in the same unit is the level a change starts from (values.from_to, as an arrow would say); a KGI
clause with no figure (「官民設備投資額（2026～2030年度累計）を、」) passes its bracket's 累計 to the figure after it.

Session 22 (meta47, every 4th draft, flips / new false alarms / new misses; at 61cc3a5 with w143/w144): kanji_numerals
11 / 14 / 1 → 5 / 1 / 1, kpi_list 11 / 15 / 4 → 11 / 15 / 4 (unchanged: no reading fix for its classes yet). Fixed
in the reading: a cell that is a kanji numeral alone (「七万八千」 under 「（百万円）」) is the bare figure in digits
(numbers.arabic_spans). Fixed in the rewrite (they changed the meaning): 「90,000万円」 became 「九万万円」; 「KPI 1・3」 became
「KPI 一・三」; a 「―」 cell was given its column's year as a value. Left, by class:
- kpi_list: the first numbered indicator right after a list item naming the KPI part
  (「- (4) KPI及び撤退基準」 then 「1. …」) is read as that item's content (its 「KPI未達時の撤退基準：」 field becomes a KPI
  named 未達時); other KPI fields lost in entries (w43, w116: not yet looked at);
- kanji_numerals: w35, w41, w45, w53 (not yet looked at).

Session 22, second wave (meta48, every 4th draft): kpi_list 11 / 15 / 4 → 10 / 10 / 4. Fixed in the reading: a list
entry over key：value fields one of which is a class (「区分：KGI」) is a KGI or a KPI by that field, entry and fields
alike, as a table row is by its class cell (zones.record_classes; so, since, is a name line 「指標名：…」 or a heading of
its own over such fields, the class read by its leading tag 「KGI（…KPIで管理）」, the fields ending at a blank line or
the next name line, MAX_FIELDS shared with field_blocks in tables.py). Left, by class:
- kpi_list: the first record after 「- (4) KPI及び撤退基準」 loses the KPI zone: that entry's number (「(4)」) keeps
  zones.label_zones from reading it as a bare label (the digit test runs before the number is set aside), so the
  section's zone comes only from the outline's items, and the first record's 「現状：」「目標（期限）：」 lines are placed by
  their labels at 現状/目標 items of other parts (C.3.1, C.3.2) until 「KPI未達時の撤退基準：」 opens the KPI zone
  (w122_06); w43_08 (its KPIs under a heading 「5-5 KPI及び撤退基準」, so another class), w116_06, w6, w12, w30, w41,
  w64, w109 not yet looked at.

Session 23 (read50, every 4th draft): kpi_list 10 / 10 / 4 → 9 / 8 / 4, kpi_list_paren 6 / 7 / 0 unchanged. Fixed in the
reading: a line's number is set aside before label_zones' digit test (「- (4) KPI及び撤退基準」 opens the KPI zone:
w122_06), and a key：value line keyed by a KPI field (「KPI未達時の撤退基準：」) fills the open KPI's field instead of
opening a KPI named 「未達時」. Then (measured on w43_08 alone, not on the sample): a field line whose key says it is
every KPI's (「撤退基準（各KPI共通）：」) after KPIs written as entries is a note on every KPI, as it is after a table.
Left: w6, w12, w30, w41, w64, w109, w116 (kpi_list), w20, w48, w109, w139 (kpi_list_paren: KGI value_added lost) not
yet looked at; zones._fields and field_blocks still group a record's fields in two places (not shown to flip).
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from benchmarks import corpus_eval as ce
from benchmarks.common import save
from benchmarks.layout_variants import FORMAT_SWAP, NAMES, TRANSFORMS
from chiiki_mirai import service
from chiiki_mirai.core.errors import UserError
from chiiki_mirai.readers.decode import decode_text
from chiiki_mirai.readers.doctree import Document, parse_document, to_markdown, to_text
from chiiki_mirai.readers.doctree.render import text_can_say

TODAY = dt.date(2026, 12, 1)
SUFFIX = {"markdown": ".md", "text": ".txt"}
ROUND_TRIP = "render"


def verdicts(name: str, text: str) -> dict[str, str] | None:
    """Every requirement's and check's status for a draft given as text (None when it cannot be read)."""
    try:
        plan, report = service.read_plan_bytes(name, text.encode("utf-8"))
    except UserError:
        return None
    r = service.check_plan(plan, source=name, parse_report=report, today=TODAY, with_recommendations=False)
    return {i.id: i.status for i in r.requirements + r.checks}


def render(doc: Document, fmt: str) -> str | None:
    """The tree written in `fmt`, or None when plain text cannot give its headings their levels."""
    if fmt == "markdown":
        return to_markdown(doc)
    return to_text(doc) if text_can_say(doc) else None


def variant(doc: Document, fmt: str, name: str) -> tuple[str, str | None]:
    """(format, text) of one transform of a parsed draft; text None when it does not apply."""
    if name == FORMAT_SWAP:
        other = "text" if fmt == "markdown" else "markdown"
        return other, render(doc, other)
    new = TRANSFORMS[name](doc)
    return fmt, (render(new, fmt) if new != doc else None)


@dataclass
class Tally:
    applied: int = 0
    flips: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def compare(self, d: ce.Draft, base: dict[str, str], got: dict[str, str] | None) -> None:
        self.applied += 1
        got = got or {}
        changed = sorted(k for k in base if got.get(k) != base[k])
        if not changed:
            return
        self.flips.append(f"{d.writer}/{d.name}: " + ", ".join(f"{k} {base[k]}→{got.get(k)}" for k in changed))
        for k in changed:
            want = ce._norm(d.label["items"].get(k, "")).get("status")
            if want == "met" and base[k] not in ce.GAP and got.get(k) in ce.GAP:
                self.false_alarms.append(f"{d.writer}/{d.name} {k}")
            if want == "gap" and base[k] in ce.GAP and got.get(k) not in ce.GAP:
                self.misses.append(f"{d.writer}/{d.name} {k}")

    def figures(self) -> dict[str, int]:
        return {"applied": self.applied, "flips": len(self.flips), "new_false_alarms": len(self.false_alarms),
                "new_misses": len(self.misses)}


def dev_drafts(writers: list[str] | None = None) -> list[ce.Draft]:
    """The dev half's Markdown and text drafts (the held-out half is never read here)."""
    out = [d for d in ce.drafts("dev") if d.path.suffix in (".md", ".txt")]
    return [d for d in out if d.writer in writers] if writers else out


def run(drafts: list[ce.Draft], names: list[str], round_trip: bool = True, show: bool = False) -> dict[str, Tally]:
    """Per transform, its tally over the drafts; `show` prints each flip as it is found."""
    tallies = {n: Tally() for n in [ROUND_TRIP] * round_trip + names}
    for d in drafts:
        fmt = "markdown" if d.path.suffix == ".md" else "text"
        text, _ = decode_text(d.path.read_bytes())
        doc = parse_document(text, fmt)
        base_text = render(doc, fmt)
        if base_text is None:
            continue
        base = verdicts(d.name, base_text)
        if base is None:
            continue
        if ROUND_TRIP in tallies:
            tallies[ROUND_TRIP].compare(d, verdicts(d.name, text) or {}, base)
        for name in names:
            vfmt, vtext = variant(doc, fmt, name)
            if vtext is None or (vfmt == fmt and vtext == base_text):
                continue
            t = tallies[name]
            before = len(t.flips)
            t.compare(d, base, verdicts(d.path.stem + SUFFIX[vfmt], vtext))
            if show and len(t.flips) > before:
                print(f"  {name} flip: {t.flips[-1]}", flush=True)
    return tallies


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--transforms", help=f"comma-separated, of: {', '.join(NAMES)} (default: all)")
    ap.add_argument("--writers", help="dev writers only, e.g. w1,w3")
    ap.add_argument("--every", type=int, default=1, help="every k-th draft only (a fixed, deterministic sample)")
    ap.add_argument("--no-round-trip", action="store_true", help="skip comparing the base with the file as written")
    ap.add_argument("--show", action="store_true", help="list the flips")
    args = ap.parse_args()
    names = args.transforms.split(",") if args.transforms else list(NAMES)
    unknown = [n for n in names if n not in NAMES]
    if unknown:
        ap.error(f"unknown transforms: {', '.join(unknown)}")
    drafts = dev_drafts(args.writers.split(",") if args.writers else None)[:: args.every]
    tallies = run(drafts, names, not args.no_round_trip, args.show)
    out = {n: t.figures() for n, t in tallies.items()}
    total = Counter()
    for n, t in tallies.items():
        f = out[n]
        total.update({k: v for k, v in f.items() if n != ROUND_TRIP})
        print(f"{n:18} applied {f['applied']:4}  flips {f['flips']:3}  new false alarms {f['new_false_alarms']:3}"
              f"  new misses {f['new_misses']:3}")
        if args.show:
            for line in t.false_alarms:
                print("    new false alarm:", line)
            for line in t.misses:
                print("    new miss:", line)
    print(f"{'all transforms':18} applied {total['applied']:4}  flips {total['flips']:3}  new false alarms "
          f"{total['new_false_alarms']:3}  new misses {total['new_misses']:3}")
    save("metamorphic", {"transforms": out, "total": dict(total)})


if __name__ == "__main__":
    main()
