"""Charts for the period summary, drawn with reportlab.graphics in the body font (vector, embedded)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from app.reports.pdf.fonts import FontSet, plain_safe

PALETTE = [
    colors.HexColor("#2f5597"),
    colors.HexColor("#c55a11"),
    colors.HexColor("#548235"),
    colors.HexColor("#7f6000"),
    colors.HexColor("#7030a0"),
    colors.HexColor("#1f7f8c"),
]
AXIS = colors.HexColor("#555555")
LABEL_SIZE = 8.5


def _drawing(fonts: FontSet, width: float, height: float) -> Drawing:
    """A drawing whose default font is the body font (reportlab's default would be Helvetica,
    referenced in the PDF without being embedded)."""
    return Drawing(width, height, initialFontName=fonts.fallback)


def _nice_max(value: int) -> int:
    """An axis maximum a little above `value` that divides into round steps."""
    if value <= 5:
        return 5
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if value / step <= 8:
            return (value // step + 1) * step
    return value + 1


def _empty(fonts: FontSet, width: float, height: float) -> Drawing:
    d = _drawing(fonts, width, height)
    d.add(String(width / 2, height / 2, "（本期无数据）", fontName=fonts.fallback, fontSize=10,
                 textAnchor="middle", fillColor=AXIS))  # fmt: skip
    return d


def column_chart(
    fonts: FontSet,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[int]]],
    *,
    width: float,
    height: float = 190,
) -> Drawing:
    """Grouped vertical bars (e.g. sessions and suggestions per month) with values above the bars."""
    top = max((v for _, values in series for v in values), default=0)
    if not categories or top == 0:
        return _empty(fonts, width, height)
    d = _drawing(fonts, width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 30
    chart.width, chart.height = width - 44, height - 62
    chart.data = [list(values) for _, values in series]
    chart.categoryAxis.categoryNames = [plain_safe(fonts, c) for c in categories]
    chart.categoryAxis.labels.fontName = fonts.fallback
    chart.categoryAxis.labels.fontSize = LABEL_SIZE if len(categories) <= 16 else 7
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.strokeColor = AXIS
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(top)
    chart.valueAxis.labels.fontName = fonts.fallback
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.strokeColor = AXIS
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.labelTextFormat = "%d"
    chart.barSpacing = 1
    chart.groupSpacing = 6 if len(categories) <= 16 else 3
    for i in range(len(series)):
        chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        chart.bars[i].strokeColor = None
    if len(categories) * len(series) <= 30:
        chart.barLabelFormat = "%d"
        chart.barLabels.fontName = fonts.fallback
        chart.barLabels.fontSize = 7
        chart.barLabels.nudge = 6
    d.add(chart)
    if len(series) > 1:
        legend = Legend()
        legend.x, legend.y = width - 10, height - 8
        legend.boxAnchor = "ne"
        legend.columnMaximum = 1
        legend.alignment = "right"
        legend.fontName = fonts.fallback
        legend.fontSize = LABEL_SIZE
        legend.deltax = 70
        legend.colorNamePairs = [(PALETTE[i], plain_safe(fonts, name)) for i, (name, _) in enumerate(series)]
        d.add(legend)
    return d


def bar_chart(
    fonts: FontSet, labels: Sequence[str], values: Sequence[int], *, width: float, label_chars: int = 16
) -> Drawing:
    """Horizontal bars, largest first from the top (e.g. sessions per platform, top 10)."""
    if not values or max(values) == 0:
        return _empty(fonts, width, 80)
    row = 17
    height = row * len(values) + 30
    label_w = LABEL_SIZE * (label_chars + 1)
    d = _drawing(fonts, width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, 20
    chart.width, chart.height = width - label_w - 26, height - 26
    # reportlab draws the first category at the bottom: reverse so the largest is on top.
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = [_clip(plain_safe(fonts, s), label_chars) for s in reversed(labels)]
    chart.categoryAxis.labels.fontName = fonts.fallback
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = AXIS
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(max(values))
    chart.valueAxis.labels.fontName = fonts.fallback
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.strokeColor = AXIS
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.bars[0].fillColor = PALETTE[0]
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fonts.fallback
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    d.add(chart)
    return d


def pie_chart(fonts: FontSet, labels: Sequence[str], values: Sequence[int], *, width: float) -> Drawing:
    """A pie with a legend giving each slice's count and share."""
    total = sum(values)
    height = 136
    if total == 0:
        return _empty(fonts, width, height)
    d = _drawing(fonts, width, height)
    pie = Pie()
    size = height - 20
    pie.x, pie.y = width * 0.18, 10
    pie.width = pie.height = size
    pie.data = [v for v in values]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 1
    for i in range(len(values)):
        pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
    d.add(pie)
    legend = Legend()
    legend.x, legend.y = width * 0.18 + size + 30, height / 2 + 12 * len(values) / 2
    legend.alignment = "right"
    legend.fontName = fonts.fallback
    legend.fontSize = 10
    legend.dy = 10
    legend.deltay = 16
    legend.columnMaximum = len(values)
    legend.colorNamePairs = [
        (PALETTE[i % len(PALETTE)], plain_safe(fonts, f"{label}　{v} 次（{100.0 * v / total:.1f}%）"))
        for i, (label, v) in enumerate(zip(labels, values, strict=True))
    ]
    d.add(legend)
    return d


def _clip(text: str, chars: int) -> str:
    return text if len(text) <= chars else text[: chars - 1] + "…"
