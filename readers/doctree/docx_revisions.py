"""A Word file returned with tracked changes, read as if every change were accepted (「すべての変更を反映」).

The run walk of docx.py already reads inserted and moved-in runs (w:ins, w:moveTo) and skips deleted and moved-out
ones (w:del with its w:delText, w:moveFrom); comments live in a part of their own and only their anchors
(commentRangeStart/End, commentReference) stand in the body. What is left changes the blocks, and is done here on
the parsed tree before it is read:
- a paragraph whose mark is deleted (w:pPr/w:rPr/w:del, or moved away) joins the paragraph after it, which keeps
  its own properties (a paragraph with nothing left goes with its mark: no blank line stays where it stood);
- a table row deleted as a whole (w:trPr/w:del) goes.
Each element moves at most once (the paragraphs are joined from the last one back), so the work is linear.
"""

from __future__ import annotations

from .docx_parts import W

_GONE = (f"{W}del", f"{W}moveFrom")


def _deleted(props) -> bool:  # noqa: ANN001 - a w:rPr or w:trPr element, or None
    return props is not None and any(props.find(tag) is not None for tag in _GONE)


def accept_changes(body) -> None:  # noqa: ANN001 - the document's w:body (lxml), changed in place
    for tr in [tr for tr in body.iter(f"{W}tr") if _deleted(tr.find(f"{W}trPr"))]:
        tr.getparent().remove(tr)
    for p in reversed(list(body.iter(f"{W}p"))):
        ppr = p.find(f"{W}pPr")
        nxt = p.getnext()
        if ppr is None or not _deleted(ppr.find(f"{W}rPr")) or nxt is None or nxt.tag != f"{W}p":
            continue  # (the last paragraph of a cell or of the body keeps its mark)
        at = 1 if len(nxt) and nxt[0].tag == f"{W}pPr" else 0
        for k, child in enumerate([c for c in p if c.tag != f"{W}pPr"]):
            nxt.insert(at + k, child)
        p.getparent().remove(p)
