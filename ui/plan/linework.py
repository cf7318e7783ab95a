"""CAD linework (from a DXF import) as one QPainterPath per layer, built off the UI thread."""

from __future__ import annotations

import json

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath, QPolygonF

from ui.plan.scene import SCALE


def linework_paths(data: bytes) -> dict[str, QPainterPath]:
    """{layer: path} in scene units from the stored JSON ({layer: [[x0, y0, x1, y1, …], …]} in metres)."""
    layers = json.loads(data)
    paths = {}
    for layer, lines in layers.items():
        path = QPainterPath()
        for flat in lines:
            points = [QPointF(flat[i] * SCALE, flat[i + 1] * SCALE) for i in range(0, len(flat) - 1, 2)]
            if len(points) >= 2:
                path.addPolygon(QPolygonF(points))
        paths[layer] = path
    return paths
