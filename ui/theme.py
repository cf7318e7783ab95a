"""Visual theme of NOMAD Desktop: DSFR colours, Qt stylesheet, palette and icons.

Everything visual comes from ``resources/``:

* ``theme/tokens.json`` - DSFR colour tokens (light / dark), plan status styles
  and the text/background pairs whose contrast the tests check (RGAA 3.2);
* ``theme/base.qss`` - stylesheet template with ``@token_name@`` placeholders;
* ``theme/images/`` - arrows and check marks the stylesheet needs as files,
  pre-coloured per variant (a test keeps them in line with tokens.json);
* ``icons/<name>.svg`` - 24x24 SVG Tiny line icons drawn in #3A3A3A, recoloured
  when painted so they stay readable on the dark variant.

Typical use::

    app = QApplication(sys.argv)
    theme.apply_theme(app, "light")
    button.setIcon(theme.icon("sync"))

Icons pick their colour when painted, so they follow :func:`apply_theme`.

Known Qt pitfall: an item view whose rows are sized by this stylesheet (the
"navigation" list) must be polished before its first layout, otherwise rows
keep their unstyled height and overlap. Call ``view.ensurePolished()`` right
after creating it (before adding it to a layout).
"""

from __future__ import annotations

import json
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

__all__ = [
    "PLAN_STATUSES",
    "VARIANTS",
    "apply_theme",
    "build_stylesheet",
    "contrast_ratio",
    "current_variant",
    "icon",
    "load_tokens",
    "resources_dir",
    "status_label",
    "status_style",
]

VARIANTS: tuple[str, ...] = ("light", "dark")
# "closed": nothing booked on a day the site is closed (weekend, public holiday).
PLAN_STATUSES: tuple[str, ...] = ("free", "booked", "occupied", "out_of_service", "closed")

# Hatch names used in tokens.json -> Qt brush styles. "none" is a plain fill.
_PATTERNS: dict[str, Qt.BrushStyle] = {
    "none": Qt.BrushStyle.SolidPattern,
    "diagonal": Qt.BrushStyle.BDiagPattern,
    "cross": Qt.BrushStyle.DiagCrossPattern,
    "dense": Qt.BrushStyle.Dense4Pattern,
    "horizontal": Qt.BrushStyle.HorPattern,
    "vertical": Qt.BrushStyle.VerPattern,
}

_PLACEHOLDER = re.compile(r"@([A-Za-z0-9_]+)@")
_QSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_HEX = re.compile(r"^#(?:[0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$")
# Colour the SVG files are drawn with; replaced by the variant's text colour.
_ICON_INK = "#3A3A3A"
_VARIANT_PROPERTY = "nomadThemeVariant"

_current_variant = "light"


def resources_dir() -> Path:
    """Folder holding theme/ and icons/, both from sources and in a PyInstaller build."""
    if getattr(sys, "frozen", False):
        # PyInstaller unpacks data files under sys._MEIPASS (one-file and one-dir).
        return Path(sys._MEIPASS) / "resources"  # type: ignore[attr-defined]
    return Path(__file__).resolve().parents[1] / "resources"


def _check_variant(variant: str) -> str:
    if variant not in VARIANTS:
        raise ValueError(f"unknown theme variant {variant!r}; expected one of {VARIANTS}")
    return variant


@lru_cache(maxsize=1)
def _token_file() -> dict[str, Any]:
    # Read once: the file ships with the app and never changes at runtime.
    with (resources_dir() / "theme" / "tokens.json").open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def load_tokens(variant: str) -> dict[str, str]:
    """Colour tokens of ``variant`` ("light" or "dark") as ``{name: "#RRGGBB"}``.

    Besides the DSFR decisions, contains ``plan_status_<status>`` for each plan
    status so the stylesheet and legends can use them.
    """
    data = _token_file()
    tokens = dict(data["variants"][_check_variant(variant)])
    for status, spec in data["plan_statuses"].items():
        tokens[f"plan_status_{status}"] = spec["fill"][variant]
    return tokens


def _asset_paths(variant: str) -> dict[str, str]:
    """``image_*`` placeholders: QSS needs files for arrows and check marks, one set per variant."""
    paths = {}
    for file in (resources_dir() / "theme" / "images").glob(f"*-{variant}*.svg"):
        # "arrow-down-dark-disabled" -> "image_arrow_down_disabled"
        name, _, state = file.stem.partition(f"-{variant}")
        key = "image_" + (name + state).replace("-", "_")
        # Forward slashes: QSS url() wants them on Windows too.
        paths[key] = file.as_posix()
    return paths


def build_stylesheet(variant: str) -> str:
    """The QSS of ``variant``: base.qss with every ``@token@`` replaced.

    Raises ``KeyError`` naming the token if the template uses an unknown one,
    so a typo fails loudly instead of silently dropping a rule.
    """
    tokens = load_tokens(variant)
    tokens.update(_asset_paths(variant))
    template = (resources_dir() / "theme" / "base.qss").read_text(encoding="utf-8")
    # Comments go first: they document the syntax with example placeholders.
    template = _QSS_COMMENT.sub("", template)
    missing = sorted({m for m in _PLACEHOLDER.findall(template) if m not in tokens})
    if missing:
        raise KeyError(f"base.qss uses unknown token(s): {', '.join(missing)}")
    return _PLACEHOLDER.sub(lambda m: tokens[m.group(1)], template)


def _build_palette(tokens: dict[str, str]) -> QPalette:
    """Palette matching the stylesheet, for parts Qt draws natively (Fusion)."""
    c = {name: QColor(value) for name, value in tokens.items()}
    pal = QPalette()
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        pal.setColor(group, role.Window, c["background_default_grey"])
        pal.setColor(group, role.WindowText, c["text_default_grey"])
        pal.setColor(group, role.Base, c["background_default_grey"])
        pal.setColor(group, role.AlternateBase, c["background_alt_grey"])
        pal.setColor(group, role.Text, c["text_default_grey"])
        pal.setColor(group, role.PlaceholderText, c["text_mention_grey"])
        pal.setColor(group, role.Button, c["background_default_grey"])
        pal.setColor(group, role.ButtonText, c["text_action_high_blue_france"])
        pal.setColor(group, role.BrightText, c["text_inverted_grey"])
        pal.setColor(group, role.ToolTipBase, c["background_overlap_grey"])
        pal.setColor(group, role.ToolTipText, c["text_default_grey"])
        pal.setColor(group, role.Highlight, c["background_action_high_blue_france"])
        pal.setColor(group, role.HighlightedText, c["text_inverted_blue_france"])
        pal.setColor(group, role.Accent, c["background_action_high_blue_france"])
        pal.setColor(group, role.Link, c["text_action_high_blue_france"])
        pal.setColor(group, role.LinkVisited, c["text_action_high_blue_france"])
        # 3D bevel roles: Fusion uses them for frames, checkbox and scrollbar edges.
        pal.setColor(group, role.Light, c["background_default_grey"])
        pal.setColor(group, role.Midlight, c["background_contrast_grey"])
        pal.setColor(group, role.Mid, c["border_default_grey"])
        pal.setColor(group, role.Dark, c["border_plain_grey"])
        pal.setColor(group, role.Shadow, c["border_plain_grey"])
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.Window, role.Base, role.AlternateBase, role.Button):
        pal.setColor(disabled, r, c["background_disabled_grey"])
    for r in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        pal.setColor(disabled, r, c["text_disabled_grey"])
    pal.setColor(disabled, role.Highlight, c["background_disabled_grey"])
    pal.setColor(disabled, role.HighlightedText, c["text_disabled_grey"])
    return pal


def apply_theme(app: QApplication, variant: str = "light") -> None:
    """Apply ``variant`` ("light", "dark", or "system" to follow the OS) to ``app``.

    Sets the Fusion style (the only built-in style that honours QPalette on every
    platform), a matching palette, the stylesheet and the window icon, and
    remembers the variant for :func:`icon` and :func:`current_variant`.
    """
    global _current_variant
    if variant == "system":
        dark = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
        variant = "dark" if dark else "light"
    tokens = load_tokens(_check_variant(variant))
    _current_variant = variant
    app.setProperty(_VARIANT_PROPERTY, variant)
    # Tell the platform too (e.g. dark native title bars on Windows 11).
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(Qt.ColorScheme.Dark if variant == "dark" else Qt.ColorScheme.Light)
    app.setStyle("Fusion")
    app.setPalette(_build_palette(tokens))
    app.setStyleSheet(build_stylesheet(variant))
    app.setWindowIcon(icon("app"))


def current_variant() -> str:
    """Variant last applied by :func:`apply_theme` ("light" before any call)."""
    return _current_variant


def _status_spec(status: str) -> dict[str, Any]:
    data = _token_file()
    key = data.get("plan_status_aliases", {}).get(status, status)
    try:
        spec: dict[str, Any] = data["plan_statuses"][key]
    except KeyError:
        raise ValueError(f"unknown plan status {status!r}; expected one of {PLAN_STATUSES}") from None
    return spec


def status_style(status: str, variant: str) -> tuple[QColor, Qt.BrushStyle]:
    """Fill colour and hatch of a plan status (one of PLAN_STATUSES).

    Draw the shape outline with a solid pen of the colour and fill it with
    ``QBrush(color, style)`` over the plan background: the hatch keeps statuses
    apart for people who cannot tell the colours apart (RGAA 3.1).
    Aliases such as "checked_in" are accepted (see tokens.json).
    """
    spec = _status_spec(status)
    color = QColor(spec["fill"][_check_variant(variant)])
    return color, _PATTERNS[spec["pattern"]]


def status_label(status: str) -> str:
    """Translated label of a plan status, for legends, map labels and accessible names."""
    key = _token_file().get("plan_status_aliases", {}).get(status, status)
    labels = {
        "free": QCoreApplication.translate("Labels", "Free"),
        "booked": QCoreApplication.translate("Labels", "Booked"),
        "occupied": QCoreApplication.translate("Labels", "Occupied"),
        "out_of_service": QCoreApplication.translate("Labels", "Out of service"),
        "closed": QCoreApplication.translate("Labels", "Closed"),
    }
    if key not in labels:
        raise ValueError(f"unknown plan status {status!r}; expected one of {PLAN_STATUSES}")
    return labels[key]


def _luminance(color: str) -> float:
    """WCAG 2.x relative luminance of a ``#RGB`` / ``#RRGGBB`` colour."""
    if not _HEX.match(color):
        raise ValueError(f"not a hex colour: {color!r}")
    digits = color[1:]
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    channels = []
    for i in (0, 2, 4):
        s = int(digits[i : i + 2], 16) / 255
        channels.append(s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4)
    r, g, b = channels
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(c1: str, c2: str) -> float:
    """WCAG contrast ratio (1.0 to 21.0) between two hex colours, order-independent."""
    l1, l2 = sorted((_luminance(c1), _luminance(c2)), reverse=True)
    return (l1 + 0.05) / (l2 + 0.05)


class _SvgIconEngine(QIconEngine):
    """Renders an SVG icon recoloured for the *current* variant, at any size.

    The colour is looked up at paint time, so icons already set on widgets
    follow :func:`apply_theme` without being rebuilt; renderers are cached
    per (variant, disabled).
    """

    def __init__(self, svg: str, tone: str | None) -> None:
        super().__init__()
        self._svg = svg
        self._tone = tone
        self._renderers: dict[tuple[str, bool], QSvgRenderer] = {}

    def _renderer(self, disabled: bool) -> QSvgRenderer:
        key = (_current_variant, disabled)
        renderer = self._renderers.get(key)
        if renderer is None:
            tokens = load_tokens(_current_variant)
            colour = tokens["text_disabled_grey"] if disabled else _tone_colour(tokens, self._tone)
            renderer = QSvgRenderer(QByteArray(_recolour(self._svg, colour)))
            renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
            self._renderers[key] = renderer
        return renderer

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        # One look for on and off states: these are not toggle icons.
        self._renderer(mode == QIcon.Mode.Disabled).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:  # noqa: N802
        # Render at device pixels, then tag the ratio so Qt draws it at logical size.
        pm = QPixmap(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
        pm.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pm)
        self.paint(painter, QRect(0, 0, pm.width(), pm.height()), mode, state)
        painter.end()
        pm.setDevicePixelRatio(scale)
        return pm

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._svg, self._tone)

    def key(self) -> str:
        return "nomad-svg"


def _tone_colour(tokens: dict[str, str], tone: str | None) -> str:
    colour = tokens["text_default_grey"] if tone is None else tokens.get(tone, tone)
    if not _HEX.match(colour):
        raise ValueError(f"unknown icon tone {tone!r}: give a token name or a #hex colour")
    return colour


def _recolour(svg: str, colour: str) -> bytes:
    return re.sub(re.escape(_ICON_INK), colour, svg, flags=re.IGNORECASE).encode("utf-8")


def icon(name: str, tone: str | None = None) -> QIcon:
    """Icon ``resources/icons/<name>.svg``, drawn in the active variant's colours.

    The grey ink of the file becomes the variant's ``text_default_grey`` (or the
    token / ``#hex`` given as ``tone``, e.g. ``"text_inverted_blue_france"`` on a
    primary button); the disabled state uses ``text_disabled_grey``. The colour
    follows later :func:`apply_theme` calls. Raises ``FileNotFoundError`` for an
    unknown name and ``ValueError`` for an unknown tone.
    """
    path = resources_dir() / "icons" / f"{name}.svg"
    if not path.is_file():
        raise FileNotFoundError(f"no icon named {name!r} ({path})")
    _tone_colour(load_tokens(_current_variant), tone)  # fail now, not at paint time
    return QIcon(_SvgIconEngine(path.read_text(encoding="utf-8"), tone))
