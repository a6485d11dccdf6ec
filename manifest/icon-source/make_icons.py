"""Draws CaseBot's Teams icons (no image library needed): a clipboard with a tick.

color.png   192x192, white symbol on the accent colour (symbol within the central ~96px, as Teams asks).
outline.png  32x32, white symbol on transparent, no padding.
Run: python3 make_icons.py  (writes ../color.png and ../outline.png)
"""
import math, struct, zlib, os

ACCENT = (0x0F, 0x6C, 0xBD)

def seg_dist(px, py, ax, ay, bx, by):
    vx, vy, wx, wy = bx - ax, by - ay, px - ax, py - ay
    t = max(0.0, min(1.0, (wx * vx + wy * vy) / (vx * vx + vy * vy)))
    return math.hypot(px - (ax + t * vx), py - (ay + t * vy))

def rrect_dist(px, py, cx, cy, hw, hh, r):
    qx, qy = abs(px - cx) - hw + r, abs(py - cy) - hh + r
    return math.hypot(max(qx, 0), max(qy, 0)) + min(max(qx, qy), 0) - r

def coverage(x, y):
    """Symbol coverage in a unit square (0..1 coordinates): clipboard outline, clip, tick."""
    stroke = 0.075
    board = abs(rrect_dist(x, y, 0.5, 0.55, 0.33, 0.40, 0.08)) - stroke / 2
    clip = rrect_dist(x, y, 0.5, 0.16, 0.14, 0.07, 0.04)
    tick = min(seg_dist(x, y, 0.33, 0.57, 0.46, 0.70), seg_dist(x, y, 0.46, 0.70, 0.69, 0.42)) - stroke / 2
    return min(board, clip, tick)

def render(size, inset, background):
    rows = []
    for j in range(size):
        row = bytearray([0])
        for i in range(size):
            samples = 0
            for sj in range(4):
                for si in range(4):
                    u = ((i + (si + 0.5) / 4) / size - inset) / (1 - 2 * inset)
                    v = ((j + (sj + 0.5) / 4) / size - inset) / (1 - 2 * inset)
                    samples += coverage(u, v) <= 0
            a = samples / 16
            if background:
                r, g, b = (round(c * (1 - a) + 255 * a) for c in ACCENT)
                row += bytes((r, g, b, 255))
            else:
                row += bytes((255, 255, 255, round(255 * a)))
        rows.append(bytes(row))
    return rows

def write_png(path, size, rows):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)

here = os.path.dirname(os.path.abspath(__file__))
write_png(os.path.join(here, "..", "color.png"), 192, render(192, 0.25, True))
write_png(os.path.join(here, "..", "outline.png"), 32, render(32, 0.0, False))
