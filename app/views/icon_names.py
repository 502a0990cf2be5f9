"""The app's icons by name: each one's Material Design Icons name and code point in the
bundled ``resources/fonts/WagamachiIcons.ttf`` (cut by ``tools/make_icon_font.py``).

Qt-free, so the font's build script reads the same list the app draws from.
"""

from __future__ import annotations

ICON_FAMILY = "Wagamachi Icons"

ICONS: dict[str, tuple[str, int]] = {
    # sections
    "overview": ("information-outline", 0xF02FD),
    "resources": ("map-marker-multiple-outline", 0xF1277),
    "worksheets": ("triangle-outline", 0xF0537),
    "boards": ("note-multiple-outline", 0xF06B9),
    "roster": ("account-group-outline", 0xF0B58),
    "sessions": ("calendar-clock", 0xF00F0),
    "forms": ("clipboard-text-outline", 0xF0A38),
    # canvases
    "fit_page": ("fit-to-page-outline", 0xF0EF6),
    "fit_zone": ("image-filter-center-focus", 0xF02F1),
    "zoom_in": ("magnify-plus-outline", 0xF06ED),
    "zoom_out": ("magnify-minus-outline", 0xF06EC),
    "gaps": ("chart-bar", 0xF0128),
    "links": ("vector-line", 0xF055E),
    "colour": ("palette-outline", 0xF0E0C),
    "align": ("format-align-left", 0xF0262),
    "face_down": ("eye-off-outline", 0xF06D1),
    "add_stave": ("table-column-plus-after", 0xF04EC),
    "delete": ("delete-outline", 0xF09E7),
    "new_sheet": ("file-plus-outline", 0xF0EED),
    "new_note": ("note-plus-outline", 0xF039D),
    "paste": ("content-paste", 0xF0192),
    "group": ("group", 0xF02C3),
    "ungroup": ("ungroup", 0xF0550),
    "reception": ("qrcode", 0xF0432),
    "photos": ("image-multiple-outline", 0xF02EF),
    # the timeline
    "plan": ("calendar-month", 0xF0E17),
    "add_session": ("calendar-plus", 0xF00F3),
    "duplicate": ("content-duplicate", 0xF0191),
    "split": ("call-split", 0xF00FB),
    "months": ("calendar-month", 0xF0E17),
    "weeks": ("calendar-week", 0xF0A33),
    "today": ("calendar-today", 0xF00F6),
    "wareki": ("calendar-text", 0xF00F5),
    "calendar": ("calendar", 0xF00ED),
}
