"""The DXF backdrop's linework: tiles stroked when zoomed in, an overview image when zoomed out,
the same lines either way."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from ui.plan.linework import OVERVIEW_PX, LineworkItem, linework_paths
from ui.plan.scene import FloorPlanScene


def grey_near(image: QImage, x: int, y: int, radius: int = 2) -> bool:
    return any(image.pixelColor(i, j).red() < 230 for i in range(x - radius, x + radius + 1) for j in range(y - radius, y + radius + 1))


def render(scene: FloorPlanScene, source: QRectF, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, size, size), source)
    painter.end()
    return image


def test_linework_is_tiled_and_drawn_from_its_overview_when_zoomed_out(qapp: Any) -> None:
    # A wall 100 m long at x = 50 m and a door swing far away: two tiles at least.
    data = json.dumps({"A-WALL": [[50, 0, 50, 100]], "A-DOOR": [[5, 5, 6, 5, 6, 6]]}).encode()
    linework = linework_paths(data)
    assert len(linework.tiles) >= 2 and linework.layers == ["A-WALL", "A-DOOR"]
    assert max(linework.overviews[0].width(), linework.overviews[0].height()) == OVERVIEW_PX
    scene = FloorPlanScene()
    scene.set_linework(linework)
    item = scene.linework_items[0]
    assert isinstance(item, LineworkItem)
    # Zoomed out (the whole 100 m in 200 px): the overview image; the wall still shows at x = 100 px.
    far = render(scene, QRectF(0, 0, 10_000, 10_000), 200)
    assert grey_near(far, 100, 100) and not grey_near(far, 160, 100)
    # Zoomed in on 2 m around the wall (beyond the overview's sharpness): stroked from its tile.
    near = render(scene, QRectF(4_900, 4_900, 200, 200), 400)
    assert grey_near(near, 200, 200) and not grey_near(near, 50, 200)
    assert item.levels[0][0] < 400 / 200  # this zoom is sharper than the image: paths were drawn
    scene.set_linework(None)
    assert scene.linework_items == [] and not any(isinstance(i, LineworkItem) for i in scene.items())


def unpack(layers: list[tuple[str, Any, Any]]) -> dict[str, list[list[float]]]:
    """read_linework's packed arrays back to json.loads' nested lists."""
    result = {}
    for name, flat, counts in layers:
        ends = [int(sum(counts[:n + 1])) for n in range(len(counts))]
        result[name] = [flat[end - count:end].tolist() for end, count in zip(ends, counts, strict=True)]
    return result


def test_stored_linework_is_read_into_packed_arrays_exactly_like_json_loads(qapp: Any) -> None:
    from ui.plan.linework import read_linework

    layers = {"A-WALL": [[0, 0, 1.5, 2.25], [3, 3, 4, 4, 5, 5]], "É-VIDE": [], "A-DOOR": [[1e-3, -2, 7, 8]],
              "B]": [[]], "C": [[0.1 + 0.2, 123456.789012, -1e-7, 2.5e3], []]}
    for text in (json.dumps(layers, separators=(",", ":")), json.dumps(layers, indent=2), json.dumps(layers), "{}", " { } "):
        assert unpack(read_linework(text)) == json.loads(text)
    for broken in ('{"A": [[1, 2]', '{"A" [[1, 2]]}', "[1, 2]", "", '{"A": [[1, x]]}', '{"A": [1, 2]}', '{"A": [[1,,2]]}',
                   '{"A": [[1, 2] [3]]}', '{"A": [[1, 2]]} tail'):
        try:
            read_linework(broken)
        except ValueError:
            continue
        raise AssertionError(f"accepted {broken!r}")
