"""The dashboard's charts: activity by month (QtCharts), and the busiest platforms (a ranked bar list)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QWidget

SESSION_COLOUR = QColor("#1f5fae")
SUGGESTION_COLOUR = QColor("#e08a2c")


def _nice_max(value: int) -> int:
    """An axis end a little above `value` that splits into five round steps (1–5 × 10ⁿ each)."""
    step = 1
    while True:
        for factor in (1, 2, 3, 4, 5):
            if step * factor * 5 >= value * 1.05:
                return step * factor * 5
        step *= 10


def _base_chart(title: str) -> QChart:
    chart = QChart()
    font = QFont(QApplication.font())
    title_font = QFont(font)
    title_font.setBold(True)
    chart.setTitle(title)
    chart.setTitleFont(title_font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(4)
    chart.setMargins(QMargins(6, 4, 6, 4))
    chart.legend().setFont(font)
    return chart


def _axis_font() -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(max(font.pointSizeF() - 1, 7))
    return font


class ChartPanel(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(225)
        self.setStyleSheet("border: 1px solid #dde2ea; border-radius: 5px; background: white;")


class MonthlyChart(ChartPanel):
    """Sessions held and suggestions raised per month, side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months: list[str] = []
        self.sessions: list[int] = []
        self.suggestions: list[int] = []
        self.set_data([], [], [])

    def set_data(
        self,
        months: Sequence[str],
        sessions: Sequence[int],
        suggestions: Sequence[int],
        title: str | None = None,
    ) -> None:
        self.months, self.sessions, self.suggestions = list(months), list(sessions), list(suggestions)
        chart = _base_chart(title or self.tr("按月统计"))
        series = QBarSeries()
        for label, values, colour in (
            (self.tr("协商议事活动"), self.sessions, SESSION_COLOUR),
            (self.tr("意见建议"), self.suggestions, SUGGESTION_COLOUR),
        ):
            bars = QBarSet(label)
            bars.append([float(v) for v in values])
            bars.setColor(colour)
            bars.setBorderColor(colour)
            series.append(bars)
        series.setBarWidth(0.75)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(self.months or [""])
        x.setLabelsFont(_axis_font())
        y = QValueAxis()
        y.setRange(0, _nice_max(max([*self.sessions, *self.suggestions, 0])))
        y.setLabelFormat("%d")
        y.setTickCount(6)
        y.setLabelsFont(_axis_font())
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self._replace(chart)

    def _replace(self, chart: QChart) -> None:
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()


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

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(QColor("#dde2ea")))
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(frame, 5, 5)
        font = QFont(self.font())
        title_font = QFont(font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(QColor("#1d2733"))
        painter.drawText(
            QRectF(0, 8, self.width(), self.TOP - 10), int(Qt.AlignmentFlag.AlignHCenter), self.title()
        )
        painter.setFont(font)
        metrics = QFontMetrics(font)
        if not self.values:
            painter.setPen(QColor("#8a93a0"))
            painter.drawText(
                QRectF(self.rect()), int(Qt.AlignmentFlag.AlignCenter), self.tr("本期没有协商议事活动")
            )
            return
        available = self.height() - self.TOP - self.PAD
        row = min(self.ROW * 1.25, available / max(len(self.values), 1))
        name_width = min(max(metrics.horizontalAdvance(n) for n in self.names), int(self.width() * 0.5))
        value_width = metrics.horizontalAdvance(str(max(self.values))) + 8
        left = self.PAD + name_width + 8
        span = max(self.width() - left - self.PAD - value_width, 10)
        peak = max(self.values) or 1
        for i, (name, value) in enumerate(zip(self.names, self.values, strict=True)):
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
            painter.setPen(QColor("#1d2733"))
            painter.drawText(
                QRectF(bar.right() + 5, y, value_width, row),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                str(value),
            )
