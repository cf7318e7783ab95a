"""Align and distribute outlines (plain geometry in metres, no Qt): the editor turns the result
into one move command."""

from __future__ import annotations

from collections.abc import Mapping

Geometry = tuple[tuple[float, float], ...]


def _box(geometry: Geometry) -> tuple[float, float, float, float]:
    xs = [p[0] for p in geometry]
    ys = [p[1] for p in geometry]
    return min(xs), min(ys), max(xs), max(ys)


def _shift(geometry: Geometry, dx: float, dy: float) -> Geometry:
    return tuple((round(x + dx, 3), round(y + dy, 3)) for x, y in geometry)


def align(geometries: Mapping[str, Geometry], edge: str) -> dict[str, Geometry]:
    """Line outlines up on the selection's `edge`: left, right, top, bottom, hcentre, vcentre."""
    boxes = {k: _box(g) for k, g in geometries.items()}
    left = min(b[0] for b in boxes.values())
    top = min(b[1] for b in boxes.values())
    right = max(b[2] for b in boxes.values())
    bottom = max(b[3] for b in boxes.values())
    result = {}
    for key, (x0, y0, x1, y1) in boxes.items():
        dx = {"left": left - x0, "right": right - x1, "hcentre": (left + right) / 2 - (x0 + x1) / 2}.get(edge, 0.0)
        dy = {"top": top - y0, "bottom": bottom - y1, "vcentre": (top + bottom) / 2 - (y0 + y1) / 2}.get(edge, 0.0)
        result[key] = _shift(geometries[key], dx, dy)
    return result


def distribute(geometries: Mapping[str, Geometry], axis: str) -> dict[str, Geometry]:
    """Equal gaps between outlines along `axis` ("x" or "y"); the two outermost stay put."""
    i0, i1 = (0, 2) if axis == "x" else (1, 3)
    boxes = {k: _box(g) for k, g in geometries.items()}
    order = sorted(boxes, key=lambda k: boxes[k][i0])
    if len(order) < 3:
        return dict(geometries)
    span = boxes[order[-1]][i1] - boxes[order[0]][i0]
    sizes = sum(boxes[k][i1] - boxes[k][i0] for k in order)
    gap = (span - sizes) / (len(order) - 1)
    position = boxes[order[0]][i0]
    result = {}
    for key in order:
        delta = position - boxes[key][i0]
        result[key] = _shift(geometries[key], delta, 0.0) if axis == "x" else _shift(geometries[key], 0.0, delta)
        position += boxes[key][i1] - boxes[key][i0] + gap
    return result
