#!/usr/bin/env python3
"""Render the application icon from its SVG source into the sizes the package ships.

    .venv/bin/python packaging/make_icons.py

resources/icons/consultation-ledger.svg → app/resources/icons/consultation-ledger-{16…256}.png (window,
task bar, Linux desktop entry) and consultation-ledger.ico (Windows executables and installer). Run it
after changing the drawing and commit the results; the build only copies them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "consultation-ledger.svg"
TARGET = ROOT / "app" / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    QGuiApplication.setAttribute(Qt.ApplicationAttribute.AA_UseSoftwareOpenGL)
    app = QGuiApplication([*sys.argv[:1], "-platform", "offscreen"])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    TARGET.mkdir(parents=True, exist_ok=True)
    for size in PNG_SIZES:
        path = TARGET / f"consultation-ledger-{size}.png"
        if not render(renderer, size).save(str(path)):
            print(f"cannot write {path}", file=sys.stderr)
            return 1
    # Each .ico entry from its own rendering: small sizes stay crisp instead of being scaled down.
    largest = Image.open(TARGET / f"consultation-ledger-{max(ICO_SIZES)}.png")
    frames = [Image.open(TARGET / f"consultation-ledger-{size}.png") for size in ICO_SIZES]
    largest.save(TARGET / "consultation-ledger.ico", sizes=[(s, s) for s in ICO_SIZES], append_images=frames)
    del app
    print(f"wrote {len(PNG_SIZES)} PNG sizes and consultation-ledger.ico to {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
