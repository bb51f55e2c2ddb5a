"""The knowledge page's interactive graph: fields, products, measures and ministries drawn with plotly.

The layout is computed once per process (spring layout, fixed seed: the same picture every time) and
shared read-only; the figure itself is built per rerun because it depends on the selected node.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import networkx as nx

SHOWN_KINDS = ("field", "product", "measure", "ministry")
KIND_JA = {"field": "戦略分野", "product": "製品・技術", "measure": "支援施策", "ministry": "府省庁"}
KIND_COLOR = {"field": "#1f77b4", "product": "#2ca02c", "measure": "#ff7f0e", "ministry": "#9467bd"}
EDGE_JA = {
    "has_product": "分野の製品",
    "targets": "対象とする",
    "run_by": "所管",
    "related": "関連施策",
    "part_of": "所属",
}


@dataclass(frozen=True)
class GraphView:
    graph: nx.Graph  # undirected, only SHOWN_KINDS
    pos: dict[str, tuple[float, float]]

    def label(self, node: str) -> str:
        d = self.graph.nodes[node]
        return f"{KIND_JA[d['kind']]}：{d['label']}"

    def nodes_sorted(self) -> list[str]:
        """Selectbox order: by kind as in SHOWN_KINDS, then label (deterministic)."""
        order = {k: i for i, k in enumerate(SHOWN_KINDS)}
        return sorted(
            self.graph.nodes,
            key=lambda n: (order[self.graph.nodes[n]["kind"]], self.graph.nodes[n]["label"], n),
        )

    def neighbours(self, node: str) -> list[dict[str, str]]:
        rows = []
        for v in self.graph.neighbors(node):
            d = self.graph.nodes[v]
            kind = self.graph.edges[node, v].get("kind", "")
            rows.append(
                {"種類": KIND_JA[d["kind"]], "名称": d["label"], "つながり": EDGE_JA.get(kind, kind), "id": v}
            )
        order = {k: i for i, k in enumerate(SHOWN_KINDS)}
        rows.sort(key=lambda r: (order[self.graph.nodes[r["id"]]["kind"]], r["名称"], r["id"]))
        return rows


def build_view(g: nx.DiGraph) -> GraphView:
    nodes = [n for n, d in g.nodes(data=True) if d.get("kind") in SHOWN_KINDS]
    sub = nx.Graph()
    for n in nodes:
        sub.add_node(n, **g.nodes[n])
    for u, v, d in g.edges(data=True):
        if u in sub and v in sub:
            sub.add_edge(u, v, kind=d.get("kind", ""), weight=float(d.get("weight", 1.0)))
    pos = nx.spring_layout(sub, seed=7, k=0.35, iterations=80)
    return GraphView(sub, {n: (float(x), float(y)) for n, (x, y) in pos.items()})


def _edge_traces(go: Any, view: GraphView, focus: str | None) -> list[Any]:
    """All edges in light grey, and the focused node's edges in dark grey on top."""
    g, pos = view.graph, view.pos
    ex, ey, hx, hy = [], [], [], []
    for u, v in g.edges:
        xs, ys = (hx, hy) if focus in (u, v) else (ex, ey)
        xs += [pos[u][0], pos[v][0], None]
        ys += [pos[u][1], pos[v][1], None]
    traces = [
        go.Scatter(
            x=ex, y=ey, mode="lines", line={"width": 0.5, "color": "#cccccc"}, hoverinfo="skip", showlegend=False
        )
    ]
    if hx:
        traces.append(
            go.Scatter(
                x=hx, y=hy, mode="lines", line={"width": 2, "color": "#444444"}, hoverinfo="skip", showlegend=False
            )
        )
    return traces


def _node_trace(go: Any, view: GraphView, kind: str, focus: str | None, near: set[str]) -> Any:
    g, pos = view.graph, view.pos
    ns = [n for n in view.nodes_sorted() if g.nodes[n]["kind"] == kind]
    return go.Scatter(
        x=[pos[n][0] for n in ns],
        y=[pos[n][1] for n in ns],
        mode="markers+text" if near else "markers",
        text=[g.nodes[n]["label"][:14] if n in near else "" for n in ns],
        textposition="top center",
        customdata=ns,
        hovertext=[g.nodes[n]["label"] for n in ns],
        hoverinfo="text",
        name=KIND_JA[kind],
        marker={
            "color": KIND_COLOR[kind],
            "size": [18 if n == focus else 12 if n in near else 7 for n in ns],
            "opacity": [1.0 if (not near or n in near) else 0.25 for n in ns],
            "line": {"width": [3 if n == focus else 0 for n in ns], "color": "#000000"},
        },
    )


def figure(view: GraphView, focus: str | None) -> Any:
    # lazy: plotly is a heavy third-party library, loaded only when needed
    import plotly.graph_objects as go

    g = view.graph
    near = set(g.neighbors(focus)) | {focus} if focus in g else set()
    fig = go.Figure()
    for trace in _edge_traces(go, view, focus):
        fig.add_trace(trace)
    for kind in SHOWN_KINDS:
        fig.add_trace(_node_trace(go, view, kind, focus, near))
    fig.update_layout(
        height=620,
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
        xaxis={"visible": False},
        yaxis={"visible": False},
        legend={"orientation": "h"},
        clickmode="event+select",
        dragmode="pan",
    )
    return fig


def selected_node(event: Any) -> str | None:
    """The node id of a click in st.plotly_chart's selection event, if any."""
    try:
        points = event["selection"]["points"]
    except (KeyError, TypeError):
        return None
    for p in points:
        node = p.get("customdata")
        if isinstance(node, list):
            node = node[0] if node else None
        if isinstance(node, str):
            return node
    return None
