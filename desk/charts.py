"""The dashboard's charts: inline SVG geometry, with the numbers always in a table beside them.

Charts are drawn at their own size (no scaling down on a phone: 300 units wide is narrower than
a phone's column), so the 13 px of their text in the stylesheet is 13 px on screen. Every chart
has a value axis with ticks at round numbers.
"""

from claims.selectors.dashboard import Figure, Load

WIDTH = 300
LABEL_WIDTH = 112
BAR = 22
GAP = 8
AXIS = 30  # room under a chart for its axis and tick labels


def ticks(top: int, most: int = 5) -> list[int]:
    """Round tick values from 0 to at least `top`: steps of 1, 2, 5, 10, 20, 50..."""
    top = max(top, 1)
    step, scale = 1, 1
    while True:
        for base in (1, 2, 5):
            step = base * scale
            if top / step <= most - 1:
                count = -(-top // step)
                return [i * step for i in range(count + 1)]
        scale *= 10


def _value_axis(top_tick: int, values: list[int], *, x0: float, x1: float, y: float) -> dict:
    room = x1 - x0
    return {
        "y": y,
        "x0": x0,
        "x1": x1,
        "ticks": [{"x": round(x0 + room * v / top_tick, 1), "value": v} for v in values],
    }


def _short(label: str, size: int = 15) -> str:
    return label if len(label) <= size else label[: size - 1] + "…"


def bar_chart(figures: list[Figure], *, width: int = WIDTH) -> dict:
    """Horizontal bars, one per figure, with a value axis under them."""
    values = ticks(max((f.count for f in figures), default=0))
    top = values[-1]
    x1 = width - 12
    room = x1 - LABEL_WIDTH
    bars = []
    for i, f in enumerate(figures):
        y = i * (BAR + GAP)
        w = round(room * f.count / top, 1)
        bars.append(
            {
                "key": f.key,
                "label": _short(f.label),
                "full_label": f.label,
                "count": f.count,
                "y": y,
                "text_y": y + BAR * 0.72,
                "width": w,
                "value_x": LABEL_WIDTH + w + 4,
                "value_inside": w > room - 30,
            }
        )
    plot_h = len(figures) * (BAR + GAP)
    return {
        "width": width,
        "height": plot_h + AXIS,
        "bar_height": BAR,
        "label_width": LABEL_WIDTH,
        "bars": bars,
        "axis": _value_axis(top, values, x0=LABEL_WIDTH, x1=x1, y=plot_h),
    }


def stacked_chart(loads: list[Load], *, width: int = WIDTH) -> dict:
    """One horizontal bar per person, in segments by status (their colours and the legend say which)."""
    values = ticks(max((load.count for load in loads), default=0))
    top = values[-1]
    x1 = width - 12
    room = x1 - LABEL_WIDTH
    rows = []
    for i, load in enumerate(loads):
        y = i * (BAR + GAP)
        x = float(LABEL_WIDTH)
        segments = []
        for f in load.counts:
            w = round(room * f.count / top, 1)
            if w:
                segments.append(
                    {"key": f.key, "label": f.label, "count": f.count, "x": round(x, 1), "width": w}
                )
            x += w
        rows.append(
            {
                "label": _short(load.label),
                "count": load.count,
                "y": y,
                "text_y": y + BAR * 0.72,
                "segments": segments,
            }
        )
    plot_h = len(loads) * (BAR + GAP)
    return {
        "width": width,
        "height": plot_h + AXIS,
        "bar_height": BAR,
        "rows": rows,
        "axis": _value_axis(top, values, x0=LABEL_WIDTH, x1=x1, y=plot_h),
    }


def column_chart(weeks, *, width: int = WIDTH, height: int = 190, every: int = 3) -> dict:
    """Verdicts per week as columns, with a y axis of round ticks and a tick under every week
    (every third one labelled with its Monday)."""
    pad_left, pad_right, pad_top, pad_bottom = 34, 8, 10, AXIS
    values = ticks(max((w.verdicts for w in weeks), default=0))
    top = values[-1]
    plot_w, plot_h = width - pad_left - pad_right, height - pad_top - pad_bottom
    slot = plot_w / max(len(weeks), 1)
    y1 = pad_top + plot_h
    columns = []
    for i, w in enumerate(weeks):
        h = round(plot_h * w.verdicts / top, 1)
        x = pad_left + i * slot
        columns.append(
            {
                "x": round(x + slot * 0.15, 1),
                "width": round(slot * 0.7, 1),
                "y": round(y1 - h, 1),
                "height": h,
                "mid": round(x + slot / 2, 1),
                "week": w,
                "labelled": i % every == 0,
            }
        )
    return {
        "width": width,
        "height": height,
        "columns": columns,
        "x0": pad_left,
        "x1": width - pad_right,
        "y0": pad_top,
        "y1": y1,
        "label_y": y1 + 18,
        "ticks": [{"y": round(y1 - plot_h * v / top, 1), "value": v} for v in values],
    }
