"""The one place the UI's colours live: named roles rendered from the application palette.

A widget gets a role with :func:`set_role` (``theme.set_role(label, "error")``): a dynamic property
that the one application-wide style sheet installed by :func:`install` selects on. Each role is
drawn in a light or a dark variant, chosen from the lightness of ``QPalette.Window``, so a label
never ends up light text on a light background (or dark on dark). Table models, rich text and
painted widgets take the same colours by name with :func:`colour` and :func:`css_colour`.

Text sizes are relative to the system font (:func:`scaled_font`), never pixel sizes. Call it while
building a widget, before it is first shown: Qt's style-sheet style restores the font a widget had
when it was first polished.

No other module of ``desktop.ui`` spells a colour; ``tests/ui/test_theme.py`` checks that, and that
every role's text is readable on its background in both variants.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

__all__ = ["ROLES", "ROLE_PROPERTY", "Role", "colour", "contrast", "css_colour", "dark_palette", "install",
           "is_dark", "role_colours", "scaled_font", "set_role", "stylesheet"]

ROLE_PROPERTY = "themeRole"

# --- the colours, by name, in both variants --------------------------------------------------

LIGHT: dict[str, str] = {
    # text on the window background
    "ok": "#1b7a3a",
    "error": "#b00020",
    "warning": "#a05a00",
    "hint": "#555555",
    "muted": "#696969",
    "accent": "#1f5fa8",
    # banners and boxes: background, text, border
    "info_bg": "#eef3fb",
    "info_fg": "#1a2433",
    "warn_bg": "#fff3cd",
    "warn_fg": "#664d03",
    "warn_border": "#e6d39e",
    "alert_bg": "#fde0e0",
    "alert_fg": "#7a0014",
    "ok_bg": "#e6f4ea",
    "ok_fg": "#123d20",
    "urgent_bg": "#b00020",
    "urgent_fg": "#ffffff",
    "panel_bg": "#f3f5f8",
    "panel_border": "#d0d7e2",
    "note_bg": "#fffbe6",
    "note_border": "#e6d9a6",
    "code_border": "#888888",
    "nav_bg": "#f3f5f8",
    "nav_selected_bg": "#1f5fa8",
    "nav_selected_fg": "#ffffff",
    # backgrounds behind ordinary text (table rows, marked spans): the text keeps the palette's colour
    "severity_high": "#ffcdd2",
    "severity_medium": "#ffe0b2",
    "severity_low": "#fff9c4",
    "row_alert": "#fde0e0",
    "row_warning": "#ffe0b2",
    "row_ok": "#c8e6c9",
    "row_muted": "#eeeeee",
    # the painted completion chart
    "chart_bar": "#1f5fa8",
    "chart_bar_past": "#7fa6d6",
}

DARK: dict[str, str] = {
    "ok": "#7fd69a",
    "error": "#ff8a80",
    "warning": "#ffb74d",
    "hint": "#bdbdbd",
    "muted": "#a6a6a6",
    "accent": "#8ab4f8",
    "info_bg": "#1f2a38",
    "info_fg": "#e3ebf7",
    "warn_bg": "#3d3212",
    "warn_fg": "#ffe08a",
    "warn_border": "#6b5a22",
    "alert_bg": "#4a1d22",
    "alert_fg": "#ffd6d9",
    "ok_bg": "#1c3a25",
    "ok_fg": "#d4f0dc",
    "urgent_bg": "#8c0014",
    "urgent_fg": "#ffffff",
    "panel_bg": "#2c3036",
    "panel_border": "#4a5260",
    "note_bg": "#36321c",
    "note_border": "#6b6336",
    "code_border": "#8a8a8a",
    "nav_bg": "#24272b",
    "nav_selected_bg": "#2f5f9e",
    "nav_selected_fg": "#ffffff",
    "severity_high": "#6a2a31",
    "severity_medium": "#5e4119",
    "severity_low": "#4e4817",
    "row_alert": "#5a252b",
    "row_warning": "#5a3f17",
    "row_ok": "#24502f",
    "row_muted": "#3c3c3c",
    "chart_bar": "#5b8fd6",
    "chart_bar_past": "#3e5f8c",
}


# --- the roles --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Role:
    """How a role looks: colour names (``None``: the palette's), a border, padding, bold.

    ``border`` is a style-sheet border with ``{}`` where the colour goes, e.g. ``"border-left: 4px solid {}"``.
    """

    fg: str | None = None
    bg: str | None = None
    border: str = ""
    border_colour: str | None = None
    padding: str = ""
    radius: int = 0
    bold: bool = False


ROLES: dict[str, Role] = {
    # text in the window
    "ok": Role(fg="ok"),
    "ok-strong": Role(fg="ok", bold=True),
    "error": Role(fg="error"),
    "error-strong": Role(fg="error", bold=True),
    "warning": Role(fg="warning"),
    "hint": Role(fg="hint"),
    "muted": Role(fg="muted"),
    "emphasis": Role(bold=True),
    "accent": Role(fg="accent", bold=True),
    # banners: a coloured strip with its own text colour
    "banner-info": Role(fg="info_fg", bg="info_bg", padding="6px", radius=4),
    "banner-warning": Role(fg="warn_fg", bg="warn_bg", padding="6px", radius=4),
    "banner-alert": Role(fg="alert_fg", bg="alert_bg", padding="6px", radius=4),
    "banner-urgent": Role(fg="urgent_fg", bg="urgent_bg", padding="10px", radius=4, bold=True),
    "banner-app": Role(fg="warn_fg", bg="warn_bg", padding="8px 12px", border="border-bottom: 1px solid {}",
                       border_colour="warn_border"),
    "callout-ok": Role(fg="ok_fg", bg="ok_bg", padding="10px", border="border-left: 5px solid {}",
                       border_colour="ok"),
    "callout-warning": Role(fg="warn_fg", bg="warn_bg", padding="10px", border="border-left: 5px solid {}",
                            border_colour="warning"),
    # boxes around other widgets (their children keep the palette's text colour)
    "panel": Role(bg="panel_bg", border="border: 1px solid {}", border_colour="panel_border", radius=4),
    "note-box": Role(bg="note_bg", border="border: 1px solid {}", border_colour="note_border", radius=4),
    "code": Role(fg="info_fg", bg="note_bg", padding="16px", border="border: 1px solid {}",
                 border_colour="code_border"),
    "choice-correct": Role(bg="ok_bg", border="border-left: 4px solid {}", border_colour="ok"),
    "choice-wrong": Role(bg="alert_bg", border="border-left: 4px solid {}", border_colour="error"),
    "finding-high": Role(bg="severity_high", padding="3px", radius=3),
    "finding-medium": Role(bg="severity_medium", padding="3px", radius=3),
    "finding-low": Role(bg="severity_low", padding="3px", radius=3),
    # the navigation list (its items are styled below)
    "nav": Role(bg="nav_bg", border="border: none"),
}


# --- the variant in use -------------------------------------------------------------------------


def _palette(palette: QPalette | None) -> QPalette:
    return palette if palette is not None else QGuiApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the window background is dark (then the dark variant of every colour is used)."""
    return _palette(palette).color(QPalette.ColorRole.Window).lightness() < 128


def colour(name: str, palette: QPalette | None = None) -> QColor:
    """The named colour in the variant for ``palette`` (the application palette by default)."""
    table = DARK if is_dark(palette) else LIGHT
    return QColor(table[name])


def css_colour(name: str, palette: QPalette | None = None) -> str:
    """The named colour as ``#rrggbb``, for rich text."""
    return colour(name, palette).name()


def role_colours(name: str, palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """The text and background colour a role is drawn with (the palette's where the role has none)."""
    pal = _palette(palette)
    role = ROLES[name]
    fg = colour(role.fg, pal) if role.fg else pal.color(QPalette.ColorRole.WindowText)
    bg = colour(role.bg, pal) if role.bg else pal.color(QPalette.ColorRole.Window)
    return fg, bg


def _luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21; 4.5 is enough for body text)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


# --- the style sheet ----------------------------------------------------------------------------


def _rule(name: str, role: Role, palette: QPalette) -> str:
    parts = []
    if role.fg:
        parts.append(f"color: {css_colour(role.fg, palette)};")
    if role.bg:
        parts.append(f"background-color: {css_colour(role.bg, palette)};")
    if role.border:
        parts.append(role.border.format(css_colour(role.border_colour, palette) if role.border_colour else "") + ";")
    if role.padding:
        parts.append(f"padding: {role.padding};")
    if role.radius:
        parts.append(f"border-radius: {role.radius}px;")
    if role.bold:
        parts.append("font-weight: bold;")
    return f'*[{ROLE_PROPERTY}="{name}"] {{ {" ".join(parts)} }}'


def stylesheet(palette: QPalette | None = None) -> str:
    """The application style sheet: one rule per role, in the variant for ``palette``."""
    pal = _palette(palette)
    rules = [_rule(name, role, pal) for name, role in ROLES.items()]
    nav = f'QListWidget[{ROLE_PROPERTY}="nav"]'
    rules.append(f"{nav}::item {{ padding: 10px 14px; }}")
    rules.append(f"{nav}::item:selected {{ background-color: {css_colour('nav_selected_bg', pal)}; "
                 f"color: {css_colour('nav_selected_fg', pal)}; }}")
    return "\n".join(rules)


class _PaletteWatcher(QObject):
    """Renders the style sheet again when the palette switches between light and dark."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("themePaletteWatcher")
        self.app = app
        self.dark = is_dark(app.palette())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.app and event.type() == QEvent.Type.ApplicationPaletteChange:
            dark = is_dark(self.app.palette())
            if dark != self.dark:
                self.dark = dark
                self.app.setStyleSheet(stylesheet(self.app.palette()))
        return False


def install(app: QApplication) -> None:
    """Install the role style sheet for the application's palette (again after a palette change)."""
    app.setStyleSheet(stylesheet(app.palette()))
    watcher = app.findChild(_PaletteWatcher, "themePaletteWatcher")
    if watcher is None:
        watcher = _PaletteWatcher(app)
        app.installEventFilter(watcher)
    watcher.dark = is_dark(app.palette())


def set_role(widget: QWidget, role: str | None) -> None:
    """Give ``widget`` a role (``None``: none); a widget already shown is polished again."""
    if role is not None and role not in ROLES:
        raise KeyError(role)
    if widget.property(ROLE_PROPERTY) == role:
        return
    widget.setProperty(ROLE_PROPERTY, role)
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)
        # padding and borders change the contents margins: only a style change re-reads them
        QApplication.sendEvent(widget, QEvent(QEvent.Type.StyleChange))
        widget.update()


def scaled_font(widget: QWidget, factor: float, *, bold: bool | None = None) -> None:
    """Make ``widget``'s text ``factor`` times its current size (and bold, or not, if given)."""
    font = widget.font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    if bold is not None:
        font.setBold(bold)
    widget.setFont(font)


# --- a dark palette (screenshots, tests) -------------------------------------------------------


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style, to check the dark variant without a dark desktop."""
    p = QPalette()
    window, base, text = QColor("#2d2f33"), QColor("#1f2124"), QColor("#e8e8e8")
    disabled = QColor("#7a7a7a")
    for role, value in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, QColor("#292b2f")),
        (QPalette.ColorRole.ToolTipBase, QColor("#3a3d42")),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.PlaceholderText, QColor("#9a9a9a")),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, QColor("#3a3d42")),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.BrightText, QColor("#ff6b6b")),
        (QPalette.ColorRole.Light, QColor("#4a4d52")),
        (QPalette.ColorRole.Midlight, QColor("#3f4247")),
        (QPalette.ColorRole.Mid, QColor("#35373b")),
        (QPalette.ColorRole.Dark, QColor("#1a1b1e")),
        (QPalette.ColorRole.Shadow, QColor("#000000")),
        (QPalette.ColorRole.Highlight, QColor("#3d6fb6")),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.Link, QColor("#8ab4f8")),
        (QPalette.ColorRole.LinkVisited, QColor("#c58af9")),
    ):
        p.setColor(role, value)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p
