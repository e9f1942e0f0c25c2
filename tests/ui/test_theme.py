"""One theme: every role is readable in the light and the dark palette, roles reach the widgets
through the application style sheet, and no other UI module spells a colour or a pixel font size."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory

from desktop.ui import theme

pytestmark = pytest.mark.gui

UI = Path(__file__).resolve().parents[2] / "desktop" / "ui"
HEX_COLOUR = re.compile(r"(?<![\w&])#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3,4})\b")
PIXEL_FONT = re.compile(r"font(?:-size)?\s*:[^;\"']*\d+\s*px", re.IGNORECASE)
BODY_TEXT = 4.5  # WCAG AA for normal text


def _light() -> QPalette:
    style = QStyleFactory.create("Fusion")
    assert style is not None
    return style.standardPalette()


PALETTES = {"light": _light, "dark": theme.dark_palette}


@pytest.fixture
def app_theme(qapp: QApplication) -> Iterator[QApplication]:
    """The application with the theme installed; palette and style sheet restored afterwards."""
    palette, sheet = QPalette(qapp.palette()), qapp.styleSheet()
    yield qapp
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


def test_the_dark_palette_is_dark_and_the_light_one_light() -> None:
    assert theme.is_dark(theme.dark_palette())
    assert not theme.is_dark(_light())


@pytest.mark.parametrize("variant", sorted(PALETTES))
@pytest.mark.parametrize("role", sorted(theme.ROLES))
def test_every_role_has_readable_text(variant: str, role: str) -> None:
    palette = PALETTES[variant]()
    fg, bg = theme.role_colours(role, palette)
    assert theme.contrast(fg, bg) >= BODY_TEXT, (role, fg.name(), bg.name())


@pytest.mark.parametrize("variant", sorted(PALETTES))
def test_marked_backgrounds_keep_the_palette_text_readable(variant: str) -> None:
    """Table rows and marked spans keep the palette's text colour over the theme's background."""
    palette = PALETTES[variant]()
    text = palette.color(QPalette.ColorRole.Text)
    for name in ("severity_high", "severity_medium", "severity_low", "row_alert", "row_warning", "row_ok",
                 "row_muted"):
        assert theme.contrast(text, theme.colour(name, palette)) >= BODY_TEXT, name
    base = palette.color(QPalette.ColorRole.Base)
    for name in ("ok", "error", "warning", "hint", "muted", "accent"):  # coloured text in tables
        assert theme.contrast(theme.colour(name, palette), base) >= BODY_TEXT, name
    assert theme.contrast(theme.colour("alert_fg", palette), theme.colour("row_alert", palette)) >= BODY_TEXT
    assert theme.contrast(theme.colour("nav_selected_fg", palette),
                          theme.colour("nav_selected_bg", palette)) >= BODY_TEXT


def test_both_variants_name_the_same_colours() -> None:
    assert theme.LIGHT.keys() == theme.DARK.keys()
    used = {c for r in theme.ROLES.values() for c in (r.fg, r.bg, r.border_colour) if c}
    assert used <= theme.LIGHT.keys()


def test_a_role_reaches_the_widget_and_follows_a_palette_change(qtbot, app_theme: QApplication) -> None:  # type: ignore[no-untyped-def]
    app_theme.setPalette(_light())
    theme.install(app_theme)
    label = QLabel("x")
    qtbot.addWidget(label)
    theme.set_role(label, "error")
    label.show()
    assert label.palette().color(QPalette.ColorRole.WindowText) == theme.colour("error", _light())
    theme.set_role(label, "ok")  # shown: polished again
    assert label.palette().color(QPalette.ColorRole.WindowText) == theme.colour("ok", _light())
    app_theme.setPalette(theme.dark_palette())  # the theme renders its dark variant by itself
    qtbot.waitUntil(lambda: theme.css_colour("ok", theme.dark_palette()) in app_theme.styleSheet())
    assert label.palette().color(QPalette.ColorRole.WindowText) == theme.colour("ok", theme.dark_palette())
    theme.set_role(label, None)
    assert label.property(theme.ROLE_PROPERTY) is None


def test_a_banner_role_given_to_a_shown_label_gets_its_padding(qtbot, app_theme: QApplication) -> None:  # type: ignore[no-untyped-def]
    theme.install(app_theme)
    label = QLabel("x")
    qtbot.addWidget(label)
    theme.scaled_font(label, 1.5, bold=True)
    size = label.font().pointSizeF()
    label.show()
    assert label.contentsMargins().left() == 0
    theme.set_role(label, "callout-warning")  # padding and a left border
    assert label.contentsMargins().left() > 0
    theme.set_role(label, "error")
    assert label.contentsMargins().left() == 0
    assert label.font().pointSizeF() == pytest.approx(size) and label.font().bold()


def test_an_unknown_role_is_refused(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    with pytest.raises(KeyError):
        theme.set_role(label, "no-such-role")


def test_scaled_font_is_relative_to_the_widget_font(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    size = label.font().pointSizeF()
    theme.scaled_font(label, 1.5, bold=True)
    assert label.font().pointSizeF() == pytest.approx(size * 1.5)
    assert label.font().bold()


def test_no_ui_module_spells_a_colour_or_a_pixel_font_size() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "theme.py" and path.parent == UI:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if HEX_COLOUR.search(line) or PIXEL_FONT.search(line):
                found.append(f"{path.relative_to(UI)}:{number}: {line.strip()}")
    assert found == []


def test_the_colour_scan_finds_colours() -> None:
    assert HEX_COLOUR.search('label.setStyleSheet("color: #b00020;")')
    assert HEX_COLOUR.search("QColor('#fff')")
    assert not HEX_COLOUR.search('f"#{report_id}"') and not HEX_COLOUR.search("Correction of #%1")
    assert not HEX_COLOUR.search("&#123;")
    assert PIXEL_FONT.search("QLabel { font-size: 15px; }")
