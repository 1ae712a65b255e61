"""A chart and the same numbers as a table, for the dashboard templates.

The chart is ``health.charts.bar_chart`` (SVG drawn by the health app's
partial); the table is for screen readers, copying, and exact values.
"""

from __future__ import annotations

from dataclasses import dataclass

from nbgallery.health.charts import Chart, bar_chart

# Series colours (dashboards.css); health.css has chart-ok, chart-failed, chart-runtime.
PALETTE = [f"chart-s{n}" for n in range(6)]


@dataclass
class Figure:
    id: str  # unique on the page: the SVG's title and desc ids derive from it
    chart: Chart
    heading: str  # of the table's first column, e.g. "Score"
    series: list[str]  # the other columns
    rows: list[tuple[str, list[float]]]

    @property
    def empty(self) -> bool:
        return self.chart.empty


def bars(
    id: str,
    title: str,
    heading: str,
    labels: list[str],
    series: list[tuple[str, list[float]]],
    *,
    every: int = 1,
    colours: list[str] | None = None,
) -> Figure:
    """Stacked bars, one per label; ``series`` is ``(name, values)``."""
    colours = colours or PALETTE
    chart = bar_chart(
        title,
        labels,
        [(name, colours[i % len(colours)], values) for i, (name, values) in enumerate(series)],
        every=every,
    )
    rows = [(label, [values[i] for _name, values in series]) for i, label in enumerate(labels)]
    return Figure(id, chart, heading, [name for name, _values in series], rows)
