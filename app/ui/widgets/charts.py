"""The dashboard's charts, drawn with QPainter: activity by month and the busiest platforms (ranked bars)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

SESSION_COLOUR = QColor("#1f5fae")
SUGGESTION_COLOUR = QColor("#e08a2c")
FRAME_COLOUR = QColor("#dde2ea")
INK = QColor("#1d2733")
MUTED = QColor("#8a93a0")
GRID = QColor("#e8ebf0")


def _nice_max(value: int) -> int:
    """An axis end a little above `value` that splits into five round steps (1–5 × 10ⁿ each)."""
    step = 1
    while True:
        for factor in (1, 2, 3, 4, 5):
            if step * factor * 5 >= value * 1.05:
                return step * factor * 5
        step *= 10


def _small(font: QFont) -> QFont:
    smaller = QFont(font)
    smaller.setPointSizeF(max(font.pointSizeF() - 1, 7))
    return smaller


def _panel(painter: QPainter, widget: QWidget, title: str, top: int) -> QFont:
    """The white rounded panel with its bold title; returns the widget's font for the rest."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(FRAME_COLOUR))
    painter.setBrush(QColor("white"))
    painter.drawRoundedRect(QRectF(widget.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5)
    font = QFont(widget.font())
    title_font = QFont(font)
    title_font.setBold(True)
    painter.setFont(title_font)
    painter.setPen(INK)
    painter.drawText(QRectF(0, 8, widget.width(), top - 10), int(Qt.AlignmentFlag.AlignHCenter), title)
    painter.setFont(font)
    return font


class MonthlyChart(QWidget):
    """Sessions held and suggestions raised per month (or quarter), side by side, drawn with QPainter.

    Labels may hold a line break (the year above the month when a period spans years).
    """

    TOP = 30
    LEGEND = 22
    PAD = 12

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months: list[str] = []
        self.sessions: list[int] = []
        self.suggestions: list[int] = []
        self.title = ""
        self.setMinimumHeight(150)
        self.setMinimumWidth(360)
        self.set_data([], [], [])

    def series(self) -> tuple[tuple[str, list[int], QColor], ...]:
        return (
            (self.tr("协商议事活动"), self.sessions, SESSION_COLOUR),
            (self.tr("意见建议"), self.suggestions, SUGGESTION_COLOUR),
        )

    def set_data(
        self,
        months: Sequence[str],
        sessions: Sequence[int],
        suggestions: Sequence[int],
        title: str | None = None,
    ) -> None:
        self.months, self.sessions, self.suggestions = list(months), list(sessions), list(suggestions)
        self.title = title or self.tr("按月统计")
        self.setToolTip(
            "\n".join(
                f"{label.replace(chr(10), ' ')}：{a} / {b}"
                for label, a, b in zip(self.months, self.sessions, self.suggestions, strict=False)
            )
        )
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        font = _panel(painter, self, self.title, self.TOP)
        small = _small(font)
        self._legend(painter, small)
        metrics = QFontMetrics(small)
        lines = max((label.count("\n") + 1 for label in self.months), default=1)
        peak = _nice_max(max([*self.sessions, *self.suggestions, 0]))
        axis_width = metrics.horizontalAdvance(str(peak)) + 8
        plot = QRectF(
            self.PAD + axis_width,
            self.TOP + self.LEGEND + metrics.height() / 2,
            self.width() - 2 * self.PAD - axis_width,
            self.height() - self.TOP - self.LEGEND - self.PAD - lines * metrics.height() - 4,
        )
        if plot.width() < 20 or plot.height() < 20:
            return
        painter.setFont(small)
        for i in range(6):  # value axis: 0 and five round steps
            y = plot.bottom() - plot.height() * i / 5
            painter.setPen(QPen(GRID if i else FRAME_COLOUR))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(self.PAD, y - metrics.height() / 2, axis_width - 6, metrics.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                str(peak * i // 5),
            )
        if not self.months:
            return
        slot = plot.width() / len(self.months)
        bar = slot * 0.75 / 2
        for n, label in enumerate(self.months):
            left = plot.left() + n * slot + slot * 0.125
            for k, (_name, values, colour) in enumerate(self.series()):
                value = values[n] if n < len(values) else 0
                height = plot.height() * value / peak
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRect(QRectF(left + k * bar, plot.bottom() - height, bar - 1, height))
            painter.setPen(INK)
            painter.drawText(
                QRectF(plot.left() + n * slot, plot.bottom() + 3, slot, lines * metrics.height()),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                label,
            )

    def _legend(self, painter: QPainter, font: QFont) -> None:
        metrics = QFontMetrics(font)
        entries = [(name, colour, metrics.horizontalAdvance(name)) for name, _v, colour in self.series()]
        swatch = metrics.height() * 0.7
        total = sum(swatch + 6 + width for _n, _c, width in entries) + 18 * (len(entries) - 1)
        x = (self.width() - total) / 2
        y = self.TOP
        painter.setFont(font)
        for name, colour, width in entries:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(QRectF(x, y + (metrics.height() - swatch) / 2, swatch, swatch))
            painter.setPen(INK)
            painter.drawText(QRectF(x + swatch + 6, y, width + 2, metrics.height()), 0, name)
            x += swatch + 6 + width + 18


class PlatformChart(QWidget):
    """Sessions per platform, the busiest first (the top `limit`), as a ranked bar list.

    Drawn with QPainter rather than QtCharts: a category axis elides long platform names, and here the
    names are the point.
    """

    ROW = 24
    TOP = 34
    PAD = 14

    def __init__(self, limit: int = 10, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self.names: list[str] = []
        self.values: list[int] = []
        self.setMinimumHeight(self.TOP + self.ROW * 4 + self.PAD)
        self.setMinimumWidth(320)
        self.set_data([])

    def title(self) -> str:
        return self.tr("各站室组开展活动次数（前 {n} 位）").format(n=self.limit)

    def set_data(self, rows: Sequence[tuple[str, int]]) -> None:
        top = list(rows)[: self.limit]
        self.names = [name for name, _ in top]
        self.values = [value for _, value in top]
        self.setToolTip("\n".join(f"{n}：{v}" for n, v in top))
        self.update()

    def shown_rows(self) -> int:
        """How many platforms fit, each on a line of its own (the tooltip lists all of them)."""
        metrics = QFontMetrics(self.font())
        available = self.height() - self.TOP - self.PAD
        return max(1, min(len(self.values), int(available // (metrics.height() + 2))))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        shown_rows = self.shown_rows()
        title = (
            self.title()
            if shown_rows >= len(self.values)
            else self.tr("各站室组开展活动次数（前 {n} 位）").format(n=shown_rows)
        )
        font = _panel(painter, self, title, self.TOP)
        metrics = QFontMetrics(font)
        if not self.values:
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(self.rect()), int(Qt.AlignmentFlag.AlignCenter), self.tr("本期没有协商议事活动")
            )
            return
        available = self.height() - self.TOP - self.PAD
        row = min(self.ROW * 1.25, available / shown_rows)
        names, values = self.names[:shown_rows], self.values[:shown_rows]
        name_width = min(max(metrics.horizontalAdvance(n) for n in names), int(self.width() * 0.5))
        value_width = metrics.horizontalAdvance(str(max(values))) + 8
        left = self.PAD + name_width + 8
        span = max(self.width() - left - self.PAD - value_width, 10)
        peak = max(values) or 1
        for i, (name, value) in enumerate(zip(names, values, strict=True)):
            y = self.TOP + i * row
            text_rect = QRectF(self.PAD, y, name_width, row)
            painter.setPen(QColor("#2c3440"))
            shown = metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, name_width)
            painter.drawText(
                text_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), shown
            )
            bar = QRectF(left, y + row * 0.18, span * value / peak, row * 0.64)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(SESSION_COLOUR)
            painter.drawRoundedRect(bar, 2, 2)
            painter.setPen(INK)
            painter.drawText(
                QRectF(bar.right() + 5, y, value_width, row),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                str(value),
            )
