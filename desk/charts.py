"""The dashboard's charts: inline SVG geometry, with the numbers always in a table beside them."""

from claims.selectors.dashboard import Figure


def bar_chart(
    figures: list[Figure], *, width: int = 360, bar_height: int = 20, gap: int = 8, label_width: int = 110
) -> dict:
    top = max((f.count for f in figures), default=0) or 1
    room = width - label_width - 40
    bars = []
    for i, f in enumerate(figures):
        y = i * (bar_height + gap)
        w = round(room * f.count / top, 1)
        bars.append(
            {
                "key": f.key,
                "label": f.label,
                "count": f.count,
                "y": y,
                "text_y": y + bar_height * 0.7,
                "width": w,
                "value_x": label_width + w + 4,
            }
        )
    return {
        "width": width,
        "height": len(figures) * (bar_height + gap),
        "bar_height": bar_height,
        "label_width": label_width,
        "bars": bars,
    }


def line_chart(
    days, *, width: int = 360, height: int = 140, pad_left: int = 28, pad_bottom: int = 20, pad_top: int = 10
) -> dict:
    top = max((d.count for d in days), default=0) or 1
    plot_w, plot_h = width - pad_left - 8, height - pad_bottom - pad_top
    step = plot_w / max(len(days) - 1, 1)
    points = []
    for i, d in enumerate(days):
        x = round(pad_left + i * step, 1)
        y = round(pad_top + plot_h - plot_h * d.count / top, 1)
        points.append({"x": x, "y": y, "day": d.day, "count": d.count})
    return {
        "width": width,
        "height": height,
        "points": points,
        "max": top,
        "polyline": " ".join(f"{p['x']},{p['y']}" for p in points),
        "x0": pad_left,
        "x1": width - 8,
        "y0": pad_top,
        "y1": pad_top + plot_h,
        "label_y": height - 4,
        "first": days[0].day if days else None,
        "last": days[-1].day if days else None,
    }
