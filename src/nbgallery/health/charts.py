"""Bar charts as plain numbers for the SVG templates (no JavaScript, no CDN).

``bar_chart`` lays out stacked bars; ``health/partials/bar_chart.html``
draws them. Every label is text the template escapes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 640, 200, 40, 30, 10


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    css: str
    tip: str


@dataclass
class Chart:
    title: str
    description: str
    width: int = WIDTH
    height: int = HEIGHT
    bars: list[Bar] = field(default_factory=list)
    ticks: list[tuple[float, str]] = field(default_factory=list)  # x, label
    maximum: float = 0
    legend: list[tuple[str, str]] = field(default_factory=list)  # css, name
    plot_bottom: int = HEIGHT - BOTTOM
    left: int = LEFT
    top: int = TOP
    plot_right: int = WIDTH

    @property
    def empty(self) -> bool:
        return self.maximum <= 0


def bar_chart(
    title: str,
    labels: list[str],
    series: list[tuple[str, str, list[float]]],
    *,
    unit: str = "",
    every: int = 1,
) -> Chart:
    """Stacked bars, one per label; ``series`` is ``(name, css class, values)``.

    ``every`` shows one x label in so many, so that 30 dates stay readable.
    """
    totals = [sum(values[i] for _n, _c, values in series) for i in range(len(labels))]
    maximum = max(totals, default=0)
    parts = ", ".join(name for name, _css, _values in series)
    chart = Chart(
        title=title,
        description=f"{title}: {parts} for {len(labels)} bars; the largest is "
        f"{fmt(maximum)}{unit}.",
        maximum=maximum,
        legend=[(css, name) for name, css, _values in series],
    )
    if not labels or maximum <= 0:
        return chart
    plot_height = HEIGHT - BOTTOM - TOP
    slot = (WIDTH - LEFT) / len(labels)
    for i, label in enumerate(labels):
        bottom = float(HEIGHT - BOTTOM)
        for name, css, values in series:
            value = values[i]
            if value <= 0:
                continue
            height = value / maximum * plot_height
            bottom -= height
            chart.bars.append(
                Bar(
                    x=round(LEFT + i * slot + slot * 0.1, 2),
                    y=round(bottom, 2),
                    width=round(max(slot * 0.8, 1), 2),
                    height=round(height, 2),
                    css=css,
                    tip=f"{label}: {fmt(value)}{unit} {name}",
                )
            )
        if i % every == 0:
            chart.ticks.append((round(LEFT + i * slot + slot / 2, 2), label))
    return chart


def fmt(value: float) -> str:
    return f"{value:g}" if value == int(value) else f"{value:.3g}"
