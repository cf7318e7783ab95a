"""Theme checks: DSFR contrast (RGAA 3.2 / 3.3), visible focus (RGAA 10.7), plan statuses
not carried by colour alone (RGAA 3.1), icons that load and render, a complete stylesheet."""

from __future__ import annotations

import gc
import json
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui import theme

RESOURCES = theme.resources_dir()
TOKENS_FILE = json.loads((RESOURCES / "theme" / "tokens.json").read_text(encoding="utf-8"))
TEMPLATE = re.sub(r"/\*.*?\*/", "", (RESOURCES / "theme" / "base.qss").read_text(encoding="utf-8"), flags=re.DOTALL)
VARIANTS = ("light", "dark")

REQUIRED_ICONS = (
    "plan", "bookings", "reception", "dashboard", "sync", "settings", "offline", "online", "syncing",
    "conflict", "warning", "search", "add", "edit", "delete", "undo", "redo", "print", "export", "import",
    "check-in", "check-out", "badge", "user", "calendar", "zoom-in", "zoom-out", "zoom-fit", "app",
)  # fmt: skip

# QtSvg renders SVG Tiny 1.2 only: anything else is silently dropped or breaks the icon.
SVG_TINY_ELEMENTS = {"svg", "g", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "title", "desc"}
FORBIDDEN_ATTRIBUTES = {"style", "class", "filter", "mask", "clip-path", "href"}


def _rules(qss: str) -> list[tuple[list[str], dict[str, str]]]:
    """(selectors, declarations) of each rule of a comment-free stylesheet."""
    rules = []
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", qss):
        decls = {}
        for decl in body.split(";"):
            if ":" in decl:
                prop, value = decl.split(":", 1)
                decls[prop.strip()] = " ".join(value.split())
        rules.append(([s.strip() for s in selectors.split(",")], decls))
    return rules


def _token(value: str | None) -> str | None:
    match = re.fullmatch(r"@(\w+)@", value or "")
    return match.group(1) if match else None


def _pairs(kind: str) -> list[tuple[str, str]]:
    return [(fg, bg) for fg, bg in TOKENS_FILE[kind]]


@pytest.fixture
def themed_app(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[QApplication]:
    """The test QApplication, put back as it was afterwards (other tests share it)."""
    sheet, palette, style, window_icon = qapp.styleSheet(), qapp.palette(), qapp.style().name(), qapp.windowIcon()
    monkeypatch.setattr(theme, "_current_variant", theme.current_variant())
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setWindowIcon(window_icon)
    qapp.setProperty("nomadThemeVariant", None)
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "unsetColorScheme"):
        hints.unsetColorScheme()


# -- tokens and contrast ----------------------------------------------------------------------


def test_contrast_ratio_follows_wcag() -> None:
    assert theme.contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert theme.contrast_ratio("#FFFFFF", "#000000") == pytest.approx(21.0)
    assert theme.contrast_ratio("#3A3A3A", "#3a3a3a") == pytest.approx(1.0)
    assert theme.contrast_ratio("#FFF", "#FFFFFF") == pytest.approx(1.0)
    # Reference values: #767676 is the lightest grey passing 4.5:1 on white, #777777 just fails.
    assert theme.contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)
    assert theme.contrast_ratio("#777777", "#FFFFFF") < 4.5
    with pytest.raises(ValueError):
        theme.contrast_ratio("blue", "#FFFFFF")


def test_variants_define_the_same_tokens_as_hex_colours() -> None:
    light, dark = theme.load_tokens("light"), theme.load_tokens("dark")
    assert light.keys() == dark.keys()
    for value in [*light.values(), *dark.values()]:
        assert re.fullmatch(r"#[0-9A-F]{6}", value), value
    # A few DSFR anchors, so a careless edit of the palette shows up.
    assert (light["background_action_high_blue_france"], dark["background_action_high_blue_france"]) == (
        "#000091",
        "#8585F6",
    )
    assert light["red_marianne_main"] == "#E1000F"
    assert (light["background_default_grey"], dark["background_default_grey"]) == ("#FFFFFF", "#161616")
    assert light["focus"] == "#0A76F6"
    with pytest.raises(ValueError):
        theme.load_tokens("sepia")


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize(("text", "background"), _pairs("text_pairs"))
def test_text_pairs_reach_4_5_to_1(variant: str, text: str, background: str) -> None:
    tokens = theme.load_tokens(variant)
    ratio = theme.contrast_ratio(tokens[text], tokens[background])
    assert ratio >= 4.5, f"{variant}: {text} {tokens[text]} on {background} {tokens[background]} = {ratio:.2f}:1"


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize(("part", "background"), _pairs("ui_pairs"))
def test_component_and_focus_pairs_reach_3_to_1(variant: str, part: str, background: str) -> None:
    tokens = theme.load_tokens(variant)
    ratio = theme.contrast_ratio(tokens[part], tokens[background])
    assert ratio >= 3.0, f"{variant}: {part} {tokens[part]} on {background} {tokens[background]} = {ratio:.2f}:1"


def test_every_text_colour_of_the_stylesheet_is_a_declared_pair() -> None:
    """Keeps tokens.json "text_pairs" honest: a new color/background combination must be listed."""
    declared = set(_pairs("text_pairs"))
    declared_texts = {fg for fg, _ in declared}
    # Disabled text is exempt from contrast rules (WCAG 1.4.3, RGAA 3.2 note).
    exempt = {"text_disabled_grey"}
    for selectors, decls in _rules(TEMPLATE):
        for fg_prop, bg_props in (
            ("color", ("background-color", "background")),
            ("selection-color", ("selection-background-color",)),
        ):
            fg = _token(decls.get(fg_prop))
            if fg is None or fg in exempt:
                continue
            assert fg in declared_texts, f"{selectors}: {fg} is used as text but in no declared pair"
            for bg_prop in bg_props:
                bg = _token(decls.get(bg_prop))
                if bg is not None:
                    assert (fg, bg) in declared, f"{selectors}: pair ({fg}, {bg}) missing from text_pairs"


def test_declared_pairs_use_existing_tokens() -> None:
    tokens = theme.load_tokens("light")
    for fg, bg in _pairs("text_pairs") + _pairs("ui_pairs"):
        assert fg in tokens
        assert bg in tokens


# -- plan statuses ----------------------------------------------------------------------------


@pytest.mark.parametrize("variant", VARIANTS)
def test_plan_statuses_contrast_and_have_distinct_patterns(variant: str) -> None:
    background = theme.load_tokens(variant)["plan_background"]
    patterns = set()
    for status in theme.PLAN_STATUSES:
        color, pattern = theme.status_style(status, variant)
        assert isinstance(color, QColor)
        assert isinstance(pattern, Qt.BrushStyle)
        assert pattern != Qt.BrushStyle.NoBrush
        ratio = theme.contrast_ratio(color.name(), background)
        assert ratio >= 3.0, f"{variant}: {status} {color.name()} on plan {background} = {ratio:.2f}:1"
        patterns.add(pattern)
        assert theme.status_label(status)
    assert len(patterns) == len(theme.PLAN_STATUSES), "two statuses share a hatch pattern"


def test_plan_statuses_are_declared_with_colours_and_patterns() -> None:
    assert set(TOKENS_FILE["plan_statuses"]) == set(theme.PLAN_STATUSES)
    for status, spec in TOKENS_FILE["plan_statuses"].items():
        assert spec["pattern"] in {"none", "diagonal", "cross", "dense", "horizontal", "vertical"}, status
        assert set(spec["fill"]) == set(VARIANTS)
        assert theme.load_tokens("dark")[f"plan_status_{status}"] == spec["fill"]["dark"]


def test_status_aliases_and_unknown_status() -> None:
    assert theme.status_style("checked_in", "light") == theme.status_style("occupied", "light")
    with pytest.raises(ValueError):
        theme.status_style("teleported", "light")
    with pytest.raises(ValueError):
        theme.status_style("free", "sepia")


# -- stylesheet -------------------------------------------------------------------------------


@pytest.mark.parametrize("variant", VARIANTS)
def test_stylesheet_is_fully_substituted(variant: str) -> None:
    qss = theme.build_stylesheet(variant)
    assert not re.search(r"@\w+@", qss)
    assert "{token_name}" not in qss
    assert theme.load_tokens(variant)["background_action_high_blue_france"] in qss
    for url in re.findall(r'url\("([^"]+)"\)', qss):
        assert Path(url).is_file(), url
        assert f"-{variant}" in Path(url).name, f"{url} is not the {variant} image"


def test_unknown_placeholder_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "theme" / "images").mkdir(parents=True)
    shutil.copy(RESOURCES / "theme" / "tokens.json", tmp_path / "theme" / "tokens.json")
    (tmp_path / "theme" / "base.qss").write_text("QWidget { color: @no_such_token@; }", encoding="utf-8")
    monkeypatch.setattr(theme, "resources_dir", lambda: tmp_path)
    with pytest.raises(KeyError, match="no_such_token"):
        theme.build_stylesheet("light")


def test_stylesheet_styles_the_required_widgets() -> None:
    selectors = {s for sels, _ in _rules(TEMPLATE) for s in sels}
    for required in (
        "QMainWindow", "QWidget", "QListWidget#navigation", "QListWidget#navigation::item:selected",
        'QPushButton[variant="primary"]', "QPushButton", "QLineEdit", "QComboBox", "QSpinBox", "QDateEdit",
        "QHeaderView::section", "QTableView", "QTreeView", "QStatusBar", "QMenuBar", "QMenu", "QToolBar",
        "QTabBar::tab", "QGroupBox", "QLabel#pageTitle", "QLabel#emptyStateTitle", "QLabel#emptyStateText",
        "QToolTip",
    ):  # fmt: skip
        assert required in selectors, required


def test_every_focusable_widget_has_a_focus_rule() -> None:
    """RGAA 10.7: each focusable widget gets a 2px border in the DSFR focus colour."""
    focus_rules = {s: d for sels, d in _rules(TEMPLATE) for s in sels if ":focus" in s}
    for widget in (
        "QPushButton", 'QPushButton[variant="primary"]', 'QPushButton[variant="secondary"]',
        'QPushButton[variant="tertiary"]', "QToolButton", "QCheckBox", "QRadioButton", "QLineEdit", "QComboBox",
        "QSpinBox", "QDoubleSpinBox", "QDateEdit", "QTimeEdit", "QDateTimeEdit", "QTextEdit", "QPlainTextEdit",
        "QAbstractScrollArea", "QTableView", "QTreeView", "QListView", "QListWidget#navigation",
        "QTabBar::tab:selected",
    ):  # fmt: skip
        decls = focus_rules.get(f"{widget}:focus")
        assert decls is not None, f"no :focus rule for {widget}"
        border = decls.get("border", "")
        assert "@focus@" in border, f"{widget}:focus does not use the focus colour"
        assert re.match(r"[26]px ", border), f"{widget}:focus border is not 2px"


def test_stylesheet_uses_the_system_font() -> None:
    # Marianne's licence does not cover desktop software: never name a font family.
    assert "font-family" not in TEMPLATE
    assert "font:" not in TEMPLATE.replace(" ", "")


# -- applying the theme ------------------------------------------------------------------------


@pytest.mark.parametrize("variant", VARIANTS)
def test_apply_theme_sets_stylesheet_palette_and_variant(themed_app: QApplication, variant: str) -> None:
    theme.apply_theme(themed_app, variant)
    tokens = theme.load_tokens(variant)
    assert themed_app.styleSheet() == theme.build_stylesheet(variant)
    palette = themed_app.palette()
    assert palette.color(QPalette.ColorRole.Window).name().upper() == tokens["background_default_grey"]
    assert palette.color(QPalette.ColorRole.Text).name().upper() == tokens["text_default_grey"]
    assert palette.color(QPalette.ColorRole.Highlight).name().upper() == tokens["background_action_high_blue_france"]
    assert theme.current_variant() == variant
    assert themed_app.property("nomadThemeVariant") == variant
    assert not themed_app.windowIcon().isNull()


def test_apply_theme_follows_the_system_and_rejects_unknown_variants(themed_app: QApplication) -> None:
    theme.apply_theme(themed_app, "system")
    assert theme.current_variant() in VARIANTS
    before = theme.current_variant()
    with pytest.raises(ValueError):
        theme.apply_theme(themed_app, "sepia")
    assert theme.current_variant() == before


@pytest.mark.parametrize("variant", VARIANTS)
def test_focus_ring_is_drawn(themed_app: QApplication, qtbot, qtlog, variant: str) -> None:  # type: ignore[no-untyped-def]
    """Renders real widgets: the focus colour appears when, and only when, they have focus."""
    theme.apply_theme(themed_app, variant)
    focus = QColor(theme.load_tokens(variant)["focus"]).rgb()

    window = QWidget()
    layout = QVBoxLayout(window)
    field = QLineEdit("Visiteur")
    button = QPushButton("Réserver")
    button.setProperty("variant", "primary")
    layout.addWidget(field)
    layout.addWidget(button)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()

    def focus_pixels(widget: QWidget) -> int:
        image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        return sum(
            1
            for y in range(image.height())
            for x in range(image.width())
            if image.pixel(x, y) & 0xFFFFFF == focus & 0xFFFFFF
        )

    for widget, other in ((field, button), (button, field)):
        other.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(other.hasFocus)
        assert focus_pixels(widget) == 0, f"{type(widget).__name__} shows a focus ring without focus"
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        # At least a 2px ring along both long sides.
        assert focus_pixels(widget) >= 4 * widget.width() * 0.8, f"{type(widget).__name__}: no visible focus ring"
    assert not [r for r in qtlog.records if "style" in r.message.lower()], "Qt rejected part of the stylesheet"


# -- icons ------------------------------------------------------------------------------------


def _svg_files() -> list[Path]:
    return sorted((RESOURCES / "icons").glob("*.svg")) + sorted((RESOURCES / "theme" / "images").glob("*.svg"))


def test_required_icons_exist() -> None:
    names = {p.stem for p in (RESOURCES / "icons").glob("*.svg")}
    assert set(REQUIRED_ICONS) <= names, set(REQUIRED_ICONS) - names


@pytest.mark.parametrize("path", _svg_files(), ids=lambda p: p.name)
def test_svg_files_are_svg_tiny(path: Path) -> None:
    root = ET.parse(path).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox")
    if path.parent.name == "icons":
        assert (root.get("width"), root.get("height"), root.get("viewBox")) == ("24", "24", "0 0 24 24")
    colours = set()
    for element in root.iter():
        tag = element.tag.split("}")[-1]
        assert tag in SVG_TINY_ELEMENTS, f"<{tag}> is not rendered by QtSvg (SVG Tiny)"
        for attribute, value in element.attrib.items():
            assert attribute.split("}")[-1] not in FORBIDDEN_ATTRIBUTES, f"{attribute} in <{tag}>"
            if attribute in {"stroke", "fill"} and value != "none":
                colours.add(value.upper())
        # Elliptical arcs are not part of SVG Tiny 1.2 path data.
        assert not re.search(r"[Aa]", element.get("d", "")), f"arc command in {path.name}"
    if path.parent.name == "icons":
        expected = {"#000091", "#FFFFFF"} if path.stem == "app" else {"#3A3A3A"}
        assert colours == expected, f"{path.name} uses {colours}"


@pytest.mark.parametrize("path", sorted((RESOURCES / "theme" / "images").glob("*.svg")), ids=lambda p: p.name)
def test_stylesheet_images_match_the_tokens(path: Path) -> None:
    """Arrows and check marks are pre-coloured files: they must follow tokens.json."""
    shape, variant, state = re.fullmatch(
        r"(arrow-down|arrow-up|check|dash)-(light|dark)(-disabled)?", path.stem
    ).groups()
    tokens = theme.load_tokens(variant)
    if state:
        expected = tokens["text_disabled_grey"]
    elif shape.startswith("arrow"):
        expected = tokens["text_default_grey"]
    else:  # marks sit on the bleu France fill of a checked box
        expected = tokens["text_inverted_blue_france"]
    strokes = {e.get("stroke").upper() for e in ET.parse(path).getroot().iter() if e.get("stroke")}
    assert strokes == {expected}


def _render(icon: QIcon, size: int = 24, mode: QIcon.Mode = QIcon.Mode.Normal) -> QImage:
    return icon.pixmap(size, size, mode).toImage().convertToFormat(QImage.Format.Format_ARGB32)


def _opaque_colours(image: QImage) -> list[int]:
    return [
        image.pixel(x, y) & 0xFFFFFF
        for y in range(image.height())
        for x in range(image.width())
        if (image.pixel(x, y) >> 24) == 0xFF
    ]


@pytest.mark.parametrize("name", REQUIRED_ICONS)
def test_icon_loads_and_renders(qapp: QApplication, name: str) -> None:
    icon = theme.icon(name)
    gc.collect()  # the Python icon engine must survive without a Python reference
    assert not icon.isNull()
    for size in (16, 24, 48):
        image = _render(icon, size)
        assert image.width() == size
        painted = sum(1 for y in range(size) for x in range(size) if (image.pixel(x, y) >> 24) > 0)
        assert painted > size, f"{name} renders (almost) nothing at {size}px"
        if name != "app":  # line icons, not filled squares
            assert painted < size * size * 0.75, f"{name} looks filled at {size}px"


@pytest.mark.parametrize("variant", VARIANTS)
def test_icons_follow_the_variant(qapp: QApplication, monkeypatch: pytest.MonkeyPatch, variant: str) -> None:
    monkeypatch.setattr(theme, "_current_variant", "light")
    icon = theme.icon("search")  # created in light ...
    monkeypatch.setattr(theme, "_current_variant", variant)  # ... painted in `variant`
    tokens = theme.load_tokens(variant)
    assert QColor(tokens["text_default_grey"]).rgb() & 0xFFFFFF in _opaque_colours(_render(icon, 48))
    disabled = _opaque_colours(_render(icon, 48, QIcon.Mode.Disabled))
    assert QColor(tokens["text_disabled_grey"]).rgb() & 0xFFFFFF in disabled
    toned = _opaque_colours(_render(theme.icon("add", tone="text_inverted_blue_france"), 48))
    assert QColor(tokens["text_inverted_blue_france"]).rgb() & 0xFFFFFF in toned


def test_icon_errors(qapp: QApplication) -> None:
    with pytest.raises(FileNotFoundError):
        theme.icon("no-such-icon")
    with pytest.raises(ValueError):
        theme.icon("add", tone="not_a_token")


# -- packaging --------------------------------------------------------------------------------


def test_resources_dir_in_sources_and_when_frozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert (theme.resources_dir() / "theme" / "tokens.json").is_file()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert theme.resources_dir() == tmp_path / "resources"
