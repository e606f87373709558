"""Generated, licence-free illustrations for the demo content: one small drawing function per
motif (heat, heavy rain, flood, a conference, a street map, …), PIL only, no downloads.

Every motif is drawn in a flat style at twice the size and scaled down (smooth edges), then
stored as a PNG with a small palette. The output is deterministic: the same motif and hue
always give the same bytes, so ``DemoContext.image`` can tell from the file's hash whether a
stored image is still current. ``hue`` only changes the colours, never what is shown, so
``describe`` gives the alternative text of every motif in German and English."""

import colorsys
import io
import math
import random
from collections.abc import Callable

from PIL import Image as PILImage
from PIL import ImageDraw

WIDTH, HEIGHT = 1440, 960
SCALE = 2  # drawn at twice the size, then scaled down: smooth edges without anti-aliasing
COLOURS = 64  # palette size of the stored PNG

SUN = (248, 196, 64)
SUN_GLOW = (252, 226, 150)
WATER = (62, 136, 204)
WATER_LIGHT = (140, 194, 236)
LEAF = (78, 156, 88)
LEAF_LIGHT = (128, 190, 110)
LEAF_DARK = (46, 110, 70)
TRUNK = (120, 84, 56)
RED = (214, 70, 62)
WHITE = (250, 250, 246)
PAPER = (244, 241, 232)
INK = (44, 50, 64)
GREY = (150, 156, 166)
ROAD = (96, 100, 112)
SOIL = (150, 108, 70)
SKIN = [(241, 196, 160), (200, 140, 104), (140, 90, 60), (226, 176, 134), (176, 118, 84)]
CLOTHES = [(220, 90, 70), (60, 120, 190), (240, 180, 60), (90, 160, 110), (150, 90, 170)]


def hsl(hue: float, saturation: float, lightness: float) -> tuple[int, int, int]:
    r, g, b = colorsys.hls_to_rgb((hue % 360) / 360, lightness, saturation)
    return int(r * 255), int(g * 255), int(b * 255)


class Canvas:
    """A drawing surface in logical coordinates (WIDTH × HEIGHT), drawn at SCALE."""

    def __init__(self, hue: float, background=None):
        self.hue = hue
        self.image = PILImage.new(
            "RGB", (WIDTH * SCALE, HEIGHT * SCALE), background or self.tone(0.45, 0.9)
        )
        self.draw = ImageDraw.Draw(self.image)

    def tone(self, saturation: float, lightness: float, shift: float = 0):
        """A colour of the picture's own hue family."""
        return hsl(self.hue + shift, saturation, lightness)

    @staticmethod
    def _xy(points):
        return [(round(x * SCALE), round(y * SCALE)) for x, y in points]

    def rect(self, x0, y0, x1, y1, fill, radius=0):
        box = self._xy([(x0, y0), (x1, y1)])
        self.draw.rounded_rectangle(box, radius=radius * SCALE, fill=fill)

    def poly(self, points, fill):
        self.draw.polygon(self._xy(points), fill=fill)

    def ellipse(self, cx, cy, rx, ry, fill):
        self.draw.ellipse(self._xy([(cx - rx, cy - ry), (cx + rx, cy + ry)]), fill=fill)

    def circle(self, cx, cy, r, fill):
        self.ellipse(cx, cy, r, r, fill)

    def line(self, points, fill, width=6):
        self.draw.line(self._xy(points), fill=fill, width=round(width * SCALE), joint="curve")

    def arc(self, cx, cy, r, start, end, fill, width=6):
        box = self._xy([(cx - r, cy - r), (cx + r, cy + r)])
        self.draw.arc(box, start, end, fill=fill, width=round(width * SCALE))

    def png(self) -> bytes:
        # Averaging each 2 × 2 block: smooth edges with few in-between colours (small files).
        small = self.image.resize((WIDTH, HEIGHT), PILImage.Resampling.BOX)
        paletted = small.quantize(
            colors=COLOURS, method=PILImage.Quantize.MEDIANCUT, dither=PILImage.Dither.NONE
        )
        buffer = io.BytesIO()
        paletted.save(buffer, format="PNG", optimize=True)
        return buffer.getvalue()


# Building blocks ---------------------------------------------------------------------------


def ground(c: Canvas, top: float, fill):
    c.rect(0, top, WIDTH, HEIGHT, fill)


def hills(c: Canvas, base: float, fill, amplitude=40, waves=2.0, phase=0.0):
    points = [(0, HEIGHT)]
    for x in range(0, WIDTH + 40, 40):
        points.append((x, base + math.sin(x / WIDTH * math.pi * waves + phase) * amplitude))
    points.append((WIDTH, HEIGHT))
    c.poly(points, fill)


def ribbon(c: Canvas, centre, widths, fill):
    """A band of varying width along the points ``centre`` (a road or a path)."""
    left, right = [], []
    for i, ((x, y), w) in enumerate(zip(centre, widths, strict=True)):
        (ax, ay), (bx, by) = centre[max(i - 1, 0)], centre[min(i + 1, len(centre) - 1)]
        length = math.hypot(bx - ax, by - ay) or 1
        nx, ny = -(by - ay) / length * w / 2, (bx - ax) / length * w / 2
        left.append((x + nx, y + ny))
        right.append((x - nx, y - ny))
    c.poly(left + right[::-1], fill)


def sun(c: Canvas, cx, cy, r, rays=True, fill=SUN):
    if rays:
        for i in range(12):
            angle = i * math.pi / 6
            inner, outer = r * 1.25, r * 1.6
            c.line(
                [
                    (cx + math.cos(angle) * inner, cy + math.sin(angle) * inner),
                    (cx + math.cos(angle) * outer, cy + math.sin(angle) * outer),
                ],
                fill,
                width=r * 0.12,
            )
    c.circle(cx, cy, r, fill)


def cloud(c: Canvas, cx, cy, w, fill=WHITE):
    h = w * 0.32
    c.rect(cx - w / 2, cy - h * 0.2, cx + w / 2, cy + h * 0.5, fill, radius=h * 0.35)
    c.circle(cx - w * 0.2, cy - h * 0.1, h * 0.55, fill)
    c.circle(cx + w * 0.08, cy - h * 0.35, h * 0.75, fill)
    c.circle(cx + w * 0.3, cy, h * 0.45, fill)


def house(c: Canvas, x, base, w, h, wall, roof, window=PAPER, flat=False, green=False):
    """A house with a gable roof (or a flat one, green if asked) and a grid of windows."""
    c.rect(x, base - h, x + w, base, wall)
    if flat:
        c.rect(x - 6, base - h - 14, x + w + 6, base - h + 2, roof)
        if green:
            c.rect(x - 4, base - h - 34, x + w + 4, base - h - 12, LEAF, radius=10)
            for i in range(int(w // 40)):
                c.circle(x + 20 + i * 40, base - h - 36, 16, LEAF_LIGHT)
    else:
        c.poly([(x - 12, base - h), (x + w / 2, base - h - w * 0.45), (x + w + 12, base - h)], roof)
    cols = max(1, int(w // 60))
    rows = max(1, int(h // 80))
    gap_x = w / cols
    gap_y = (h - 30) / rows
    for col in range(cols):
        for row in range(rows):
            wx = x + gap_x * col + gap_x * 0.3
            wy = base - h + 22 + gap_y * row
            c.rect(wx, wy, wx + gap_x * 0.4, wy + gap_y * 0.45, window, radius=3)


def tower(c: Canvas, x, base, w, h, wall, window=PAPER):
    c.rect(x, base - h, x + w, base, wall)
    for row in range(int((h - 30) // 46)):
        for col in range(int((w - 16) // 34)):
            c.rect(
                x + 14 + col * 34, base - h + 20 + row * 46,
                x + 30 + col * 34, base - h + 46 + row * 46,
                window, radius=2,
            )  # fmt: skip


def tree(c: Canvas, x, base, r, leaf=LEAF, trunk=TRUNK):
    c.rect(x - r * 0.12, base - r * 1.5, x + r * 0.12, base, trunk)
    c.circle(x, base - r * 1.9, r, leaf)
    c.circle(x - r * 0.55, base - r * 1.55, r * 0.7, leaf)
    c.circle(x + r * 0.55, base - r * 1.55, r * 0.7, leaf)


def person(c: Canvas, x, base, h, index=0, seated=False):
    """A simple figure: rounded body and round head, in one of five colour pairs."""
    shirt = CLOTHES[index % len(CLOTHES)]
    skin = SKIN[(index * 2 + 1) % len(SKIN)]
    body_top = base - h * (0.42 if seated else 0.68)
    c.rect(x - h * 0.17, body_top, x + h * 0.17, base, shirt, radius=h * 0.14)
    c.circle(x, body_top - h * 0.14, h * 0.13, skin)


def bubble(c: Canvas, x, y, w, h, fill=WHITE, tail_left=True, lines=2):
    c.rect(x, y, x + w, y + h, fill, radius=h * 0.3)
    tx = x + w * 0.25 if tail_left else x + w * 0.75
    c.poly(
        [(tx - 18, y + h - 2), (tx + 18, y + h - 2), (tx - 8 if tail_left else tx + 8, y + h + 34)],
        fill,
    )
    for i in range(lines):
        length = w * (0.7 if i % 2 == 0 else 0.5)
        ly = y + h * (i + 1) / (lines + 1)
        c.line([(x + w * 0.15, ly), (x + w * 0.15 + length, ly)], GREY, width=8)


def pin(c: Canvas, x, y, r, fill=RED):
    """A map marker whose tip is at (x, y)."""
    c.poly([(x - r * 0.8, y - r * 1.6), (x + r * 0.8, y - r * 1.6), (x, y)], fill)
    c.circle(x, y - r * 2, r, fill)
    c.circle(x, y - r * 2, r * 0.42, WHITE)


def text_lines(c: Canvas, x, y, w, count, gap=34, fill=GREY, width=10):
    for i in range(count):
        length = w * (0.95 if i % 3 != 2 else 0.6)
        c.line([(x, y + i * gap), (x + length, y + i * gap)], fill, width=width)


def town_hall(c: Canvas, x, base, w, wall, roof):
    house(c, x, base, w, w * 0.7, wall, roof)
    c.rect(x + w * 0.38, base - w * 1.35, x + w * 0.62, base - w * 0.7, wall)
    c.poly(
        [
            (x + w * 0.34, base - w * 1.35),
            (x + w / 2, base - w * 1.6),
            (x + w * 0.66, base - w * 1.35),
        ],
        roof,
    )
    c.circle(x + w / 2, base - w * 1.1, w * 0.08, PAPER)
    c.line([(x + w / 2, base - w * 1.6), (x + w / 2, base - w * 1.85)], INK, width=4)
    c.poly(
        [
            (x + w / 2, base - w * 1.85),
            (x + w / 2 + 40, base - w * 1.8),
            (x + w / 2, base - w * 1.74),
        ],
        RED,
    )
    c.rect(x + w * 0.42, base - w * 0.28, x + w * 0.58, base, INK, radius=6)


def skyline(c: Canvas, base, rnd: random.Random, count=10, x0=60, x1=WIDTH - 60, light=0.34):
    x = x0
    while x < x1:
        w = rnd.randint(70, 130)
        h = rnd.randint(160, 360)
        tower(c, x, base, min(w, x1 - x), h, c.tone(0.3, light + rnd.random() * 0.1))
        x += w + rnd.randint(10, 30)


# Motifs ------------------------------------------------------------------------------------


def heat(c: Canvas, rnd):
    """Sun over roofs, heat shimmering above them, a thermometer near its top."""
    c.rect(0, 0, WIDTH, HEIGHT, hsl(c.hue * 0.1 + 30, 0.75, 0.86))
    sun(c, 300, 250, 130)
    for i in range(4):
        y = 480 + i * 40
        c.line([(120 + x, y + math.sin(x / 40) * 10) for x in range(0, 900, 20)], SUN_GLOW, 8)
    for i, x in enumerate(range(40, 1000, 190)):
        house(
            c,
            x,
            860,
            160,
            170 + (i % 2) * 50,
            c.tone(0.35, 0.62),
            RED if i % 2 else c.tone(0.5, 0.38),
        )
    ground(c, 860, c.tone(0.2, 0.45))
    c.rect(1120, 120, 1220, 760, WHITE, radius=50)
    c.rect(1150, 240, 1190, 720, RED, radius=20)
    c.circle(1170, 780, 90, WHITE)
    c.circle(1170, 780, 66, RED)
    for i in range(8):
        c.line([(1230, 200 + i * 64), (1270, 200 + i * 64)], INK, width=6)


def heavy_rain(c: Canvas, rnd):
    """Dark clouds, rain streaks, a street with a storm drain swallowing run-off."""
    c.rect(0, 0, WIDTH, HEIGHT, c.tone(0.25, 0.55))
    for x in (140, 420, 1120):
        house(c, x, 700, 200, 250, c.tone(0.2, 0.42), c.tone(0.3, 0.3), window=WATER_LIGHT)
    for _ in range(110):
        x, y = rnd.randint(0, WIDTH), rnd.randint(230, 760)
        c.line([(x, y), (x - 24, y + 70)], WATER_LIGHT, width=5)
    for cx, cy, w in ((260, 150, 520), (760, 110, 620), (1200, 170, 480)):
        cloud(c, cx, cy, w, c.tone(0.12, 0.36))
    c.rect(0, 700, WIDTH, 740, GREY)
    c.rect(0, 740, WIDTH, HEIGHT, ROAD)
    c.poly([(0, 760), (880, 790), (880, 820), (0, 840)], WATER)
    c.rect(860, 770, 1020, 840, INK, radius=6)
    for i in range(6):
        c.line([(880 + i * 25, 778), (880 + i * 25, 832)], GREY, width=6)
    c.ellipse(300, 880, 160, 26, WATER)
    c.ellipse(1250, 900, 120, 20, WATER)


def flood(c: Canvas, rnd):
    """A river that has risen between houses, up to their windows, and a gauge."""
    c.rect(0, 0, WIDTH, HEIGHT, c.tone(0.3, 0.82))
    cloud(c, 1100, 150, 420, WHITE)
    for x, h in ((60, 330), (290, 280), (980, 300), (1210, 350)):
        house(c, x, 820, 190, h, c.tone(0.3, 0.6), c.tone(0.45, 0.35))
    points = [(0, HEIGHT)]
    for x in range(0, WIDTH + 20, 20):
        points.append((x, 660 + math.sin(x / 60) * 14))
    points.append((WIDTH, HEIGHT))
    c.poly(points, WATER)
    for row in range(3):
        y = 730 + row * 70
        for x in range(40 + row * 60, WIDTH, 220):
            c.arc(x, y, 40, 200, 340, WATER_LIGHT, width=8)
    c.rect(690, 300, 730, 900, WHITE)
    for i in range(10):
        c.line(
            [(730, 330 + i * 52), (770 if i % 2 else 790, 330 + i * 52)], RED if i < 5 else INK, 7
        )


def drought(c: Canvas, rnd):
    """Cracked, dried-out ground under a pale sun; a bare tree and a young green one."""
    c.rect(0, 0, WIDTH, HEIGHT, hsl(45, 0.6, 0.86))
    sun(c, 1150, 200, 110, rays=False, fill=SUN_GLOW)
    c.circle(1150, 200, 80, SUN)
    ground(c, 560, hsl(35, 0.45, 0.6))
    for _ in range(26):
        x, y = rnd.randint(0, WIDTH), rnd.randint(600, HEIGHT)
        points = [(x, y)]
        for _step in range(4):
            x += rnd.randint(-70, 70)
            y += rnd.randint(-30, 40)
            points.append((x, y))
        c.line(points, hsl(30, 0.4, 0.35), width=6)
    c.rect(380, 300, 410, 640, TRUNK)
    for angle, length in ((-60, 170), (-120, 160), (-30, 120), (-150, 130), (-80, 110)):
        a = math.radians(angle)
        sx, sy = 395, 380 + abs(angle) * 0.4
        c.line([(sx, sy), (sx + math.cos(a) * length, sy + math.sin(a) * length)], TRUNK, 14)
    tree(c, 900, 660, 80, LEAF)
    c.ellipse(900, 665, 110, 16, hsl(35, 0.4, 0.5))


def green_roofs(c: Canvas, rnd):
    """Flat-roofed buildings with green roofs and a planted facade, trees in front."""
    c.rect(0, 0, WIDTH, HEIGHT, c.tone(0.45, 0.86))
    cloud(c, 300, 160, 380)
    for x, w, h in ((80, 260, 380), (380, 300, 460), (720, 240, 320), (1000, 340, 420)):
        house(c, x, 800, w, h, c.tone(0.25, 0.7), c.tone(0.2, 0.4), flat=True, green=True)
    for i in range(9):
        c.circle(1000 + 20 + (i % 3) * 20, 480 + i * 34, 22, LEAF_DARK)
    ground(c, 800, LEAF_LIGHT)
    for x in (230, 640, 960, 1330):
        tree(c, x, 880, 60, LEAF_DARK)


def resilient_city(c: Canvas, rnd):
    """A climate-resilient city: green roofs, solar panels, a wind turbine, trees, a river
    and a tram."""
    c.rect(0, 0, WIDTH, HEIGHT, c.tone(0.45, 0.88))
    sun(c, 1230, 150, 70)
    hills(c, 470, c.tone(0.3, 0.72, 60), amplitude=30)
    c.rect(236, 200, 246, 470, WHITE)
    for angle in (90, 210, 330):
        a = math.radians(angle)
        c.line([(241, 200), (241 + math.cos(a) * 120, 200 - math.sin(a) * 120)], WHITE, 12)
    for x, w, h, green in ((80, 180, 260, True), (300, 150, 360, False), (490, 200, 300, True),
                           (730, 160, 400, False), (930, 220, 280, True), (1190, 170, 330, True)):  # fmt: skip
        house(
            c,
            x,
            720,
            w,
            h,
            c.tone(0.3, 0.5 + (x % 3) * 0.06),
            c.tone(0.3, 0.3),
            flat=True,
            green=green,
        )
        if not green:
            for i in range(int(w // 50)):
                c.poly([(x + 8 + i * 50, 720 - h - 14), (x + 50 + i * 50, 720 - h - 14),
                        (x + 40 + i * 50, 720 - h - 50), (x + i * 50, 720 - h - 50)], INK)  # fmt: skip
    ground(c, 720, LEAF_LIGHT)
    c.rect(0, 740, WIDTH, 770, GREY)
    c.rect(420, 668, 900, 742, hsl(c.hue + 180, 0.5, 0.5), radius=24)
    for i in range(7):
        c.rect(446 + i * 64, 684, 494 + i * 64, 714, PAPER, radius=6)
    c.line([(380, 660), (940, 660)], INK, width=4)
    c.rect(0, 820, WIDTH, HEIGHT, WATER)
    for x in range(60, WIDTH, 200):
        c.arc(x, 880, 36, 200, 340, WATER_LIGHT, width=7)
    for x in (120, 1000, 1350):
        tree(c, x, 800, 44, LEAF_DARK)


def sponge_city(c: Canvas, rnd):
    """A street in cross-section: rain soaks into a green swale and a tree pit and is stored
    in the ground below."""
    c.rect(0, 0, WIDTH, HEIGHT, SOIL)
    c.ellipse(520, 520, 260, 80, LEAF)
    c.rect(0, 0, WIDTH, 510, c.tone(0.35, 0.84))
    c.rect(0, 500, 260, 520, ROAD)
    c.rect(780, 500, WIDTH, 520, LEAF_LIGHT)
    c.ellipse(520, 512, 250, 16, WATER_LIGHT)
    cloud(c, 520, 130, 560, c.tone(0.1, 0.7))
    for _ in range(50):
        x, y = rnd.randint(220, 860), rnd.randint(220, 470)
        c.line([(x, y), (x - 10, y + 36)], WATER, width=5)
    house(c, 1020, 500, 300, 260, c.tone(0.25, 0.68), c.tone(0.2, 0.4), flat=True, green=True)
    tree(c, 900, 510, 70, LEAF_DARK)
    c.rect(300, 680, 760, 820, WATER, radius=24)
    for i in range(5):
        c.line([(340 + i * 90, 700), (340 + i * 90, 800)], WATER_LIGHT, width=8)
    for x in (380, 520, 660):
        for y in range(610, 670, 30):
            c.line([(x, y), (x, y + 14)], WATER_LIGHT, width=7)
    for angle in (60, 90, 120):
        a = math.radians(angle)
        c.line([(900, 520), (900 + math.cos(a) * 150, 520 + math.sin(a) * 150)], TRUNK, 8)


def sensors(c: Canvas, rnd):
    """Sensors on posts along a street, sending their readings; coloured measuring points
    from cool to hot."""
    c.rect(0, 0, WIDTH, HEIGHT, c.tone(0.35, 0.86))
    skyline(c, 640, rnd, light=0.55)
    ground(c, 640, GREY)
    c.rect(0, 700, WIDTH, HEIGHT, ROAD)
    for x in (240, 720, 1200):
        c.rect(x - 8, 330, x + 8, 700, INK)
        c.rect(x - 40, 300, x + 40, 360, WHITE, radius=12)
        c.circle(x, 330, 12, LEAF)
        for r in (70, 110, 150):
            c.arc(x, 300, r, 220, 320, INK, width=7)
    for i, colour in enumerate([(70, 130, 200), (110, 180, 200), (240, 200, 80), (240, 140, 60),
                                (214, 70, 62), (240, 140, 60), (110, 180, 200)]):  # fmt: skip
        c.circle(120 + i * 200, 830, 34, colour)


def dashboard(c: Canvas, rnd):
    """A monitor on a desk with a data dashboard: a map with coloured areas, bars, a line
    chart and a gauge."""
    c.rect(0, 0, WIDTH, HEIGHT, c.tone(0.3, 0.85))
    c.rect(0, 800, WIDTH, HEIGHT, c.tone(0.25, 0.55))
    c.rect(200, 90, 1240, 720, INK, radius=24)
    c.rect(230, 120, 1210, 690, WHITE, radius=10)
    c.rect(680, 720, 760, 800, INK)
    c.rect(560, 790, 880, 812, INK, radius=8)
    c.rect(260, 150, 700, 470, WATER_LIGHT, radius=8)
    for colour, pts in (
        (LEAF_LIGHT, [(280, 180), (450, 170), (480, 300), (300, 330)]),
        (SUN, [(470, 200), (670, 190), (660, 340), (500, 330)]),
        (RED, [(320, 350), (520, 360), (540, 450), (300, 440)]),
    ):
        c.poly(pts, colour)
    for i, h in enumerate((120, 200, 160, 260, 220)):
        c.rect(760 + i * 80, 460 - h, 810 + i * 80, 460, c.tone(0.5, 0.45), radius=6)
    c.line([(270, 630), (400, 560), (520, 600), (660, 520)], RED, width=8)
    c.arc(960, 630, 110, 180, 360, GREY, width=26)
    c.arc(960, 630, 110, 180, 290, LEAF, width=26)
    c.line([(960, 630), (1030, 560)], INK, width=8)


def climate_walk(c: Canvas, rnd):
    """A group walking along a winding path through a neighbourhood, past marked stops."""
    c.rect(0, 0, WIDTH, HEIGHT, c.tone(0.4, 0.88))
    sun(c, 1260, 140, 60)
    for x in (60, 300, 1000, 1220):
        house(c, x, 520, 180, 220, c.tone(0.3, 0.62), c.tone(0.45, 0.38))
    ground(c, 520, LEAF_LIGHT)
    path = [(WIDTH / 2 + math.sin(t / 8) * 360, 520 + t * 11) for t in range(0, 41)]
    ribbon(c, path, [40 + (y - 520) / 5 for _x, y in path], PAPER)
    for x, y in (path[6], path[18], path[31]):
        pin(c, x + 60, y, 24, RED)
    for i in range(5):
        x, y = path[24 + i * 2]
        person(c, x - 30 + i * 20, y + 10, 130 + i * 6, index=i)
    for x in (150, 1300, 1100):
        tree(c, x, 700, 50, LEAF_DARK)


def round_table(c: Canvas, rnd):
    """People from different towns around a table, talking, with papers and laptops."""
    c.rect(0, 0, WIDTH, HEIGHT, c.tone(0.3, 0.88))
    c.rect(160, 170, 560, 430, WHITE, radius=12)
    text_lines(c, 200, 220, 300, 6, gap=34)
    for i, x in enumerate((300, 520, 740, 960, 1180)):
        person(c, x, 620, 300, index=i, seated=True)
    c.rect(120, 600, 1320, 660, c.tone(0.35, 0.4), radius=20)
    c.rect(180, 660, 220, 860, c.tone(0.35, 0.32))
    c.rect(1220, 660, 1260, 860, c.tone(0.35, 0.32))
    c.rect(440, 560, 600, 604, PAPER, radius=4)
    c.poly([(860, 600), (1000, 600), (980, 540), (880, 540)], INK)
    bubble(c, 620, 170, 300, 140, WHITE, tail_left=True)
    bubble(c, 980, 250, 260, 120, c.tone(0.5, 0.75), tail_left=False)


def conference(c: Canvas, rnd):
    """A conference: a speaker at a lectern on a stage, a big screen, the audience in rows."""
    c.rect(0, 0, WIDTH, HEIGHT, c.tone(0.35, 0.3))
    c.rect(300, 80, 1140, 500, WHITE, radius=8)
    c.rect(330, 110, 1110, 470, c.tone(0.4, 0.8))
    sun(c, 960, 210, 50, rays=False)
    skyline(c, 420, rnd, x0=360, x1=1080, light=0.35)
    c.rect(330, 420, 1110, 470, LEAF)
    c.rect(0, 560, WIDTH, 620, c.tone(0.3, 0.45))
    person(c, 560, 570, 220, index=1)
    c.poly([(500, 470), (620, 470), (600, 580), (520, 580)], c.tone(0.3, 0.2))
    for row in range(3):
        for i in range(11):
            x = 40 + i * 135 + (row % 2) * 60
            y = 730 + row * 90
            c.circle(x, y, 42, c.tone(0.25, 0.18 + row * 0.05))
            c.rect(x - 60, y + 30, x + 60, y + 140, c.tone(0.25, 0.18 + row * 0.05), radius=40)


def marketplace(c: Canvas, rnd):
    """A marketplace of projects: stands with striped awnings and posters, visitors."""
    c.rect(0, 0, WIDTH, HEIGHT, c.tone(0.3, 0.86))
    c.rect(0, 640, WIDTH, HEIGHT, c.tone(0.2, 0.7))
    for i, x in enumerate(range(60, WIDTH - 200, 340)):
        colour = CLOTHES[i % len(CLOTHES)]
        c.rect(x, 300, x + 290, 640, WHITE)
        for s in range(6):
            c.rect(x + s * 48.3, 220, x + s * 48.3 + 48.3, 300, colour if s % 2 == 0 else WHITE)
        c.rect(x + 40, 340, x + 250, 500, c.tone(0.4, 0.75), radius=8)
        text_lines(c, x + 60, 380, 160, 3, gap=36, fill=INK, width=8)
        c.rect(x, 560, x + 290, 640, c.tone(0.3, 0.45))
    for i, x in enumerate((180, 420, 700, 820, 1080, 1320)):
        person(c, x, 880, 220 + (i % 3) * 20, index=i + 2)


def city_network(c: Canvas, rnd):
    """A network of cities: towns as points on a map, linked by lines; five of them stand
    out."""
    c.rect(0, 0, WIDTH, HEIGHT, c.tone(0.35, 0.9))
    c.poly([(380, 60), (900, 40), (1080, 260), (1040, 560), (1120, 880), (560, 920),
            (300, 700), (360, 420), (260, 240)], c.tone(0.3, 0.8))  # fmt: skip
    nodes = [(rnd.randint(320, 1060), rnd.randint(90, 860)) for _ in range(40)]
    hubs = [(520, 300), (860, 240), (700, 560), (480, 760), (940, 760)]
    for x, y in nodes:
        nearest = min(hubs, key=lambda h, x=x, y=y: (h[0] - x) ** 2 + (h[1] - y) ** 2)
        c.line([(x, y), nearest], c.tone(0.3, 0.6), width=4)
    for a, b in zip(hubs, hubs[1:] + hubs[:1], strict=True):
        c.line([a, b], c.tone(0.55, 0.35), width=10)
    for x, y in nodes:
        c.circle(x, y, 10, c.tone(0.4, 0.45))
    for x, y in hubs:
        c.circle(x, y, 44, WHITE)
        house(c, x - 20, y + 20, 40, 30, c.tone(0.5, 0.4), RED, window=c.tone(0.5, 0.4))


def map_markers(c: Canvas, rnd):
    """A city map from above: street blocks, a park, a river, three markers."""
    c.rect(0, 0, WIDTH, HEIGHT, WHITE)
    for col in range(9):
        for row in range(6):
            x, y = 30 + col * 160, 30 + row * 160
            green = (col, row) in {(2, 1), (6, 4), (3, 4)}
            c.rect(x, y, x + 130, y + 130, LEAF_LIGHT if green else c.tone(0.25, 0.82), radius=10)
    c.line([(-20, 700), (400, 560), (760, 620), (1100, 380), (1460, 300)], WATER, width=70)
    for x, y, colour in ((360, 300, RED), (820, 540, c.tone(0.6, 0.45)), (1180, 300, SUN)):
        c.ellipse(x, y + 4, 40, 12, GREY)
        pin(c, x, y, 46, colour)


def guidelines(c: Canvas, rnd):
    """A publication of guidelines: an open book with text and a checklist, a shield for
    data protection and a leaf for sustainability."""
    c.rect(0, 0, WIDTH, HEIGHT, c.tone(0.35, 0.86))
    c.poly([(220, 240), (720, 200), (720, 820), (220, 860)], c.tone(0.3, 0.35))
    c.poly([(720, 200), (1220, 240), (1220, 860), (720, 820)], c.tone(0.3, 0.3))
    c.poly([(250, 220), (710, 180), (710, 790), (250, 830)], PAPER)
    c.poly([(730, 180), (1190, 220), (1190, 830), (730, 790)], WHITE)
    text_lines(c, 300, 300, 360, 11, gap=42)
    for i in range(5):
        y = 300 + i * 90
        c.rect(790, y - 22, 834, y + 22, WHITE, radius=6)
        c.line([(796, y), (810, y + 14), (832, y - 16)], LEAF_DARK, width=8)
        c.line([(860, y), (1120, y)], GREY, width=10)
    c.poly(
        [(1180, 520), (1320, 560), (1310, 720), (1180, 800), (1050, 720), (1040, 560)],
        c.tone(0.5, 0.45),
    )
    c.line([(1120, 650), (1170, 700), (1250, 600)], WHITE, width=16)
    c.ellipse(180, 740, 110, 60, LEAF)
    c.line([(100, 790), (260, 690)], LEAF_DARK, width=8)


def toolbox(c: Canvas, rnd):
    """An open toolbox with a wrench, a ruler, a pencil and a magnifying glass; cards for
    heat, rain and green float above it."""
    c.rect(0, 0, WIDTH, HEIGHT, c.tone(0.35, 0.87))
    for i, (x, icon) in enumerate(((330, "sun"), (640, "drop"), (950, "tree"))):
        c.rect(x, 150 + (i % 2) * 30, x + 200, 370 + (i % 2) * 30, WHITE, radius=18)
        cx, cy = x + 100, 260 + (i % 2) * 30
        if icon == "sun":
            sun(c, cx, cy, 50)
        elif icon == "drop":
            c.poly([(cx, cy - 80), (cx - 50, cy + 10), (cx + 50, cy + 10)], WATER)
            c.circle(cx, cy + 20, 52, WATER)
        else:
            tree(c, cx, cy + 80, 40, LEAF)
    c.line([(500, 620), (560, 380)], SUN, width=30)
    c.poly([(545, 380), (575, 380), (560, 340)], INK)
    c.rect(800, 380, 850, 640, c.tone(0.4, 0.7), radius=4)
    for i in range(8):
        c.line([(800, 400 + i * 30), (820, 400 + i * 30)], INK, width=4)
    c.line([(650, 640), (700, 420)], GREY, width=26)
    c.circle(705, 410, 40, GREY)
    c.circle(705, 410, 18, c.tone(0.35, 0.87))
    c.circle(1000, 460, 70, INK)
    c.circle(1000, 460, 50, WATER_LIGHT)
    c.line([(950, 510), (900, 600)], INK, width=26)
    c.rect(300, 560, 1140, 860, c.tone(0.6, 0.45), radius=24)
    c.rect(300, 560, 1140, 620, c.tone(0.6, 0.35), radius=24)
    c.rect(640, 640, 800, 690, c.tone(0.6, 0.3), radius=12)


def video_conference(c: Canvas, rnd):
    """An online conference: a laptop screen with six video tiles, one speaking."""
    c.rect(0, 0, WIDTH, HEIGHT, c.tone(0.3, 0.86))
    c.rect(200, 80, 1240, 740, INK, radius=30)
    c.rect(230, 110, 1210, 710, c.tone(0.2, 0.25))
    for i in range(6):
        col, row = i % 3, i // 3
        x, y = 250 + col * 322, 130 + row * 290
        c.rect(x, y, x + 300, y + 270, c.tone(0.3, 0.55 + (i % 3) * 0.08, i * 25), radius=12)
        person(c, x + 150, y + 270, 240, index=i)
        if i == 1:
            c.line([(x, y), (x + 300, y), (x + 300, y + 270), (x, y + 270), (x, y)], SUN, 8)
    c.poly([(120, 760), (1320, 760), (1420, 860), (20, 860)], GREY)
    c.rect(620, 790, 820, 830, c.tone(0.1, 0.5), radius=10)
    bubble(c, 1000, 150, 260, 110, WHITE, tail_left=True, lines=2)


def town_and_country(c: Canvas, rnd):
    """A small town with a church tower on one side, fields and a farm on the other,
    linked by a dotted line."""
    c.rect(0, 0, WIDTH, HEIGHT, c.tone(0.4, 0.88))
    hills(c, 600, LEAF_LIGHT, amplitude=30, waves=1.5)
    for x, h in ((80, 180), (250, 240), (420, 200)):
        house(c, x, 640, 150, h, c.tone(0.3, 0.62), RED)
    c.rect(590, 300, 660, 640, c.tone(0.2, 0.7))
    c.poly([(580, 300), (625, 160), (670, 300)], c.tone(0.3, 0.35))
    for i in range(5):
        colour = (SUN, LEAF, LEAF_LIGHT, hsl(40, 0.5, 0.6), LEAF_DARK)[i]
        c.poly([(780 + i * 50, 660 + i * 60), (1440, 600 + i * 60), (1440, 660 + i * 60),
                (760 + i * 50, 720 + i * 60)], colour)  # fmt: skip
    house(c, 1120, 600, 180, 120, PAPER, RED)
    tree(c, 1360, 600, 40, LEAF_DARK)
    for t in range(0, 21):
        x = 330 + t * 40
        y = 290 - math.sin(t / 20 * math.pi) * 110
        c.circle(x, y, 8 if t % 5 else 18, c.tone(0.6, 0.4))


def strategy_path(c: Canvas, rnd):
    """A road winding from the foreground to a city on the horizon, with flags marking the
    milestones, the sun rising behind the city."""
    c.rect(0, 0, WIDTH, HEIGHT, c.tone(0.45, 0.86))
    sun(c, 820, 300, 110, rays=False, fill=SUN_GLOW)
    skyline(c, 360, rnd, x0=560, x1=1100, light=0.42)
    ground(c, 360, LEAF_LIGHT)
    hills(c, 500, LEAF, amplitude=30, waves=1.2)
    points = []
    for t in range(0, 31):
        y = 360 + t * 20
        points.append((830 + math.sin(t / 5) * (40 + t * 9), y))
    ribbon(c, points, [16 + (y - 360) / 4 for _x, y in points], PAPER)
    for t, colour in ((8, RED), (16, SUN), (24, c.tone(0.6, 0.4))):
        x, y = points[t]
        fx = x + 80 + t * 3
        c.line([(fx, y), (fx, y - 140)], INK, width=8)
        c.poly([(fx, y - 140), (fx + 80, y - 115), (fx, y - 90)], colour)


def shade(c: Canvas, rnd):
    """A cool place on a hot day: a large tree casting shade over a bench where someone
    sits, and a drinking-water fountain."""
    c.rect(0, 0, WIDTH, HEIGHT, hsl(40, 0.7, 0.86))
    sun(c, 1250, 150, 90)
    ground(c, 640, hsl(35, 0.3, 0.78))
    c.ellipse(520, 740, 470, 90, hsl(35, 0.25, 0.6))
    c.rect(490, 300, 550, 740, TRUNK)
    c.circle(520, 250, 250, LEAF)
    c.circle(320, 340, 170, LEAF_DARK)
    c.circle(720, 340, 170, LEAF_DARK)
    c.rect(220, 680, 500, 704, c.tone(0.4, 0.35))
    c.rect(240, 704, 260, 770, INK)
    c.rect(460, 704, 480, 770, INK)
    person(c, 330, 690, 200, index=3, seated=True)
    c.rect(1000, 520, 1060, 800, GREY, radius=12)
    c.rect(980, 500, 1080, 530, INK, radius=10)
    c.arc(1100, 520, 60, 200, 330, WATER, width=12)
    c.circle(1150, 560, 10, WATER)
    c.ellipse(1140, 790, 70, 14, WATER_LIGHT)


def app(c: Canvas, rnd):
    """A smartphone with a city app (map with a marker, tiles), linked to the town halls of
    the municipalities that share it."""
    c.rect(0, 0, WIDTH, HEIGHT, c.tone(0.35, 0.87))
    for x in (130, 1130):
        town_hall(c, x, 820, 180, c.tone(0.25, 0.65), c.tone(0.4, 0.38))
    for x0, x1 in ((320, 560), (880, 1120)):
        for i in range(7):
            x = x0 + (x1 - x0) * i / 6
            c.circle(x, 560, 9, c.tone(0.6, 0.4))
    c.rect(560, 80, 880, 900, INK, radius=46)
    c.rect(584, 130, 856, 850, WHITE, radius=18)
    c.rect(604, 150, 836, 470, c.tone(0.25, 0.84), radius=12)
    c.line([(604, 300), (836, 260)], WHITE, width=16)
    c.line([(700, 150), (740, 470)], WHITE, width=16)
    c.line([(604, 420), (836, 380)], WATER_LIGHT, width=20)
    pin(c, 720, 300, 30, RED)
    for i in range(6):
        col, row = i % 2, i // 2
        c.rect(614 + col * 116, 500 + row * 112, 714 + col * 116, 590 + row * 112,
               CLOTHES[i % len(CLOTHES)], radius=16)  # fmt: skip


def dialogue(c: Canvas, rnd):
    """People standing in a half circle in conversation, with overlapping speech bubbles."""
    c.rect(0, 0, WIDTH, HEIGHT, c.tone(0.35, 0.88))
    c.ellipse(720, 860, 640, 80, c.tone(0.25, 0.75))
    for i, (x, y, h) in enumerate(((200, 860, 330), (420, 800, 300), (720, 780, 300),
                                   (1020, 800, 300), (1240, 860, 330))):  # fmt: skip
        person(c, x, y, h, index=i)
    bubble(c, 160, 200, 360, 160, WHITE, tail_left=False, lines=3)
    bubble(c, 560, 160, 320, 150, c.tone(0.5, 0.75), tail_left=True, lines=2)
    bubble(c, 920, 220, 360, 160, hsl(c.hue + 120, 0.5, 0.8), tail_left=True, lines=3)


def city_exchange(c: Canvas, rnd):
    """Two cities on either side, exchanging what they know along two arching arrows."""
    c.rect(0, 0, WIDTH, HEIGHT, c.tone(0.4, 0.88))
    hills(c, 700, LEAF_LIGHT, amplitude=50, waves=2)
    skyline(c, 720, rnd, x0=40, x1=480, light=0.4)
    skyline(c, 720, rnd, x0=960, x1=1400, light=0.5)
    for cy, r, start, end, colour, tip in (
        (620, 430, 215, 325, c.tone(0.6, 0.4), 1),
        (380, 430, 35, 145, SUN, -1),
    ):
        c.arc(720, cy, r, start, end, colour, width=26)
        angle = math.radians(end)
        x, y = 720 + math.cos(angle) * r, cy + math.sin(angle) * r
        c.poly([(x - 40, y - 30 * tip), (x + 40, y - 30 * tip), (x, y + 30 * tip)], colour)
    for i in range(8):
        a = math.radians(i * 45)
        c.line([(720 + math.cos(a) * 64, 470 + math.sin(a) * 64),
                (720 + math.cos(a) * 90, 470 + math.sin(a) * 90)], SUN, width=8)  # fmt: skip
    c.circle(720, 470, 50, SUN)
    c.rect(696, 512, 744, 560, GREY, radius=8)


def digital_city(c: Canvas, rnd):
    """A city at dusk with lit windows; above the roofs, a network of connected points and a
    radio mast sending signals."""
    c.rect(0, 0, WIDTH, HEIGHT, c.tone(0.45, 0.22))
    c.circle(1230, 160, 60, PAPER)
    skyline(c, 900, rnd, light=0.12)
    for _ in range(90):
        x, y = rnd.randint(70, 1370), rnd.randint(580, 880)
        c.rect(x, y, x + 16, y + 24, SUN_GLOW)
    c.rect(696, 300, 712, 560, GREY)
    for r in (60, 100, 140):
        c.arc(704, 300, r, 200, 340, SUN_GLOW, width=6)
    nodes = [(160, 380), (360, 260), (520, 420), (900, 280), (1080, 420), (1280, 320)]
    for a, b in zip(nodes, nodes[1:], strict=False):
        c.line([a, b], c.tone(0.6, 0.7), width=5)
    for x, y in nodes:
        c.line([(x, y), (704, 300)], c.tone(0.4, 0.5), width=3)
        c.circle(x, y, 16, c.tone(0.7, 0.75))


def sticky_notes(c: Canvas, rnd):
    """A workshop: a pinboard covered in sticky notes, two people in front of it, one
    pointing."""
    c.rect(0, 0, WIDTH, HEIGHT, c.tone(0.2, 0.9))
    c.rect(200, 80, 1240, 640, c.tone(0.3, 0.6), radius=10)
    c.rect(220, 100, 1220, 620, hsl(35, 0.35, 0.75))
    colours = [SUN, (240, 150, 170), WATER_LIGHT, LEAF_LIGHT]
    for group in range(3):
        for i in range(6):
            x = 260 + group * 320 + (i % 2) * 130 + rnd.randint(-8, 8)
            y = 140 + (i // 2) * 150 + rnd.randint(-8, 8)
            c.rect(x, y, x + 110, y + 110, colours[(group + i) % 4], radius=4)
            c.line([(x + 16, y + 40), (x + 90, y + 40)], GREY, width=6)
            c.line([(x + 16, y + 70), (x + 70, y + 70)], GREY, width=6)
    c.rect(220, 640, 260, 900, INK)
    c.rect(1180, 640, 1220, 900, INK)
    person(c, 470, 940, 380, index=4)
    person(c, 960, 940, 360, index=1)
    c.line([(1000, 720), (1120, 560)], CLOTHES[1], width=30)


def town_halls(c: Canvas, rnd):
    """Two town halls facing each other, people walking between them along a path to visit
    one another."""
    c.rect(0, 0, WIDTH, HEIGHT, c.tone(0.4, 0.88))
    ground(c, 700, LEAF_LIGHT)
    town_hall(c, 80, 720, 300, c.tone(0.25, 0.7), c.tone(0.45, 0.35))
    town_hall(c, 1060, 720, 300, hsl(c.hue + 40, 0.3, 0.7), hsl(c.hue + 40, 0.45, 0.35))
    c.poly([(380, 720), (1060, 720), (1200, HEIGHT), (240, HEIGHT)], PAPER)
    for i, (x, y) in enumerate(((560, 820), (700, 780), (860, 840))):
        person(c, x, y, 200, index=i)
    c.line([(520, 620), (900, 620)], c.tone(0.6, 0.4), width=12)
    c.poly([(900, 595), (950, 620), (900, 645)], c.tone(0.6, 0.4))
    c.line([(920, 560), (540, 560)], SUN, width=12)
    c.poly([(540, 535), (490, 560), (540, 585)], SUN)


def indicators(c: Canvas, rnd):
    """A monitoring report on a clipboard: a chart with three rising lines and icons of the
    climate hazards it tracks (sun, rain drop, wind)."""
    c.rect(0, 0, WIDTH, HEIGHT, c.tone(0.3, 0.86))
    c.rect(300, 60, 1140, 920, c.tone(0.35, 0.35), radius=30)
    c.rect(340, 130, 1100, 890, WHITE, radius=8)
    c.rect(600, 40, 840, 130, GREY, radius=18)
    sun(c, 460, 230, 40)
    c.poly([(720, 180), (690, 240), (750, 240)], WATER)
    c.circle(720, 250, 32, WATER)
    for i in range(3):
        c.arc(960, 240 + i * 24, 40 + i * 10, 200, 340, GREY, width=8)
    c.line([(400, 340), (400, 820), (1060, 820)], INK, width=6)
    for colour, offset in ((RED, 0), (WATER, 90), (LEAF, 180)):
        pts = [
            (420 + i * 80, 760 - offset * 0.8 - i * (28 - offset / 12) - rnd.randint(0, 30))
            for i in range(9)
        ]
        c.line(pts, colour, width=10)
    c.circle(1130, 800, 90, INK)
    c.circle(1130, 800, 66, WATER_LIGHT)
    c.line([(1190, 860), (1260, 930)], INK, width=28)


def rain_map_meeting(c: Canvas, rnd):
    """People from two cities at a table before a screen showing a heavy-rain hazard map
    (streets with flooded stretches in blue), a rain cloud in the screen's corner."""
    c.rect(0, 0, WIDTH, HEIGHT, c.tone(0.25, 0.9))
    c.rect(240, 60, 1200, 600, INK, radius=16)
    c.rect(270, 90, 1170, 570, PAPER)
    for row in range(4):
        for col in range(7):
            x, y = 300 + col * 124, 120 + row * 112
            c.rect(x, y, x + 100, y + 88, c.tone(0.15, 0.82))
    for x0, y0, x1, y1 in ((300, 210, 860, 232), (652, 120, 676, 560), (900, 322, 1150, 344)):
        c.rect(x0, y0, x1, y1, WATER)
    for cx, cy in ((480, 420), (1010, 200)):
        c.ellipse(cx, cy, 70, 36, WATER_LIGHT)
    cloud(c, 1080, 150, 150, fill=GREY)
    for i in range(5):
        x = 1030 + i * 22
        c.line([(x, 190), (x - 10, 230)], WATER, width=6)
    c.rect(200, 760, 1240, 800, hsl(30, 0.35, 0.45), radius=8)
    c.rect(240, 800, 270, 960, hsl(30, 0.35, 0.35))
    c.rect(1170, 800, 1200, 960, hsl(30, 0.35, 0.35))
    for i, x in enumerate((340, 540, 900, 1100)):
        person(c, x, 770, 170, index=i, seated=True)
    c.rect(640, 730, 800, 760, WHITE, radius=4)


MOTIFS: dict[str, Callable] = {
    fn.__name__: fn
    for fn in (
        heat, heavy_rain, flood, drought, green_roofs, resilient_city, sponge_city, sensors,
        dashboard, climate_walk, round_table, conference, marketplace, city_network,
        map_markers, guidelines, toolbox, video_conference, town_and_country, strategy_path,
        shade, app, dialogue, city_exchange, digital_city, sticky_notes, town_halls, indicators,
        rain_map_meeting,
    )
}  # fmt: skip

# What each motif shows, for the alternative text: (German, English).
DESCRIPTIONS = {
    "rain_map_meeting": (
        "Illustration: Menschen aus zwei Städten an einem Tisch vor einer Leinwand mit einer "
        "Starkregen-Gefahrenkarte, auf der überflutete Straßenabschnitte blau markiert sind",
        "Illustration: people from two cities at a table in front of a screen showing a "
        "heavy-rain hazard map with flooded stretches of street marked in blue",
    ),
    "heat": (
        "Illustration: Sonne über Hausdächern, darüber flimmernde Hitze, daneben ein "
        "Thermometer, das fast bis oben gefüllt ist",
        "Illustration: the sun over house roofs with heat shimmering above them, beside them a "
        "thermometer filled almost to the top",
    ),
    "heavy_rain": (
        "Illustration: dunkle Wolken und dichter Regen über einer Straße; das Wasser läuft in "
        "einen Gully, auf der Fahrbahn stehen Pfützen",
        "Illustration: dark clouds and heavy rain over a street; the water runs into a storm "
        "drain and puddles stand on the road",
    ),
    "flood": (
        "Illustration: ein Fluss ist zwischen den Häusern bis an die Fenster gestiegen, "
        "daneben ein Pegel mit Markierungen",
        "Illustration: a river has risen between the houses up to their windows, next to it "
        "a gauge with markings",
    ),
    "drought": (
        "Illustration: rissiger, ausgetrockneter Boden unter blasser Sonne, ein kahler Baum "
        "und daneben ein junger grüner Baum",
        "Illustration: cracked, dried-out ground under a pale sun, a bare tree and next to it "
        "a young green tree",
    ),
    "green_roofs": (
        "Illustration: Häuser mit begrünten Flachdächern und einer bewachsenen Fassade, davor "
        "Bäume auf einer Wiese",
        "Illustration: buildings with green flat roofs and a planted facade, trees on a lawn "
        "in front",
    ),
    "resilient_city": (
        "Illustration: eine Stadt mit Gründächern und Solaranlagen, ein Windrad auf dem "
        "Hügel, eine Straßenbahn, Bäume und ein Fluss im Vordergrund",
        "Illustration: a city with green roofs and solar panels, a wind turbine on the hill, "
        "a tram, trees and a river in the foreground",
    ),
    "sponge_city": (
        "Illustration: Straße im Querschnitt; Regen versickert in einer begrünten Mulde und "
        "an einem Baum und wird unter der Erde gespeichert",
        "Illustration: a street in cross-section; rain soaks into a green swale and around a "
        "tree and is stored underground",
    ),
    "sensors": (
        "Illustration: Sensoren an Masten entlang einer Straße senden Messwerte, darunter "
        "farbige Messpunkte von kühl bis heiß",
        "Illustration: sensors on posts along a street send readings, below them coloured "
        "measuring points from cool to hot",
    ),
    "dashboard": (
        "Illustration: ein Bildschirm mit einem Daten-Dashboard aus farbiger Karte, "
        "Balkendiagramm, Kurve und Tachoanzeige",
        "Illustration: a monitor showing a data dashboard with a coloured map, a bar chart, a "
        "line chart and a gauge",
    ),
    "climate_walk": (
        "Illustration: eine Gruppe geht auf einem geschwungenen Weg durch ein Wohnviertel, "
        "Markierungen zeigen die Stationen",
        "Illustration: a group walks along a winding path through a neighbourhood, markers "
        "show the stops",
    ),
    "round_table": (
        "Illustration: fünf Menschen sitzen an einem langen Tisch mit Unterlagen und Laptop "
        "und tauschen sich aus, darüber Sprechblasen",
        "Illustration: five people sit at a long table with papers and a laptop and talk, "
        "speech bubbles above them",
    ),
    "conference": (
        "Illustration: eine Konferenz mit einer Person am Rednerpult auf der Bühne, großer "
        "Leinwand und Publikum in Reihen",
        "Illustration: a conference with a speaker at a lectern on stage, a large screen and "
        "the audience in rows",
    ),
    "marketplace": (
        "Illustration: Messestände mit gestreiften Markisen und Plakaten, davor "
        "Besucherinnen und Besucher",
        "Illustration: exhibition stands with striped awnings and posters, visitors in front",
    ),
    "city_network": (
        "Illustration: Städte als Punkte auf einer Landkarte, durch Linien zu einem Netzwerk "
        "verbunden; fünf davon sind hervorgehoben",
        "Illustration: towns as points on a map, joined by lines into a network; five of them "
        "stand out",
    ),
    "map_markers": (
        "Illustration: Stadtplan von oben mit Häuserblöcken, Grünflächen und einem Fluss, "
        "drei Ortsmarkierungen",
        "Illustration: a city map seen from above with blocks, green spaces and a river, "
        "three location markers",
    ),
    "guidelines": (
        "Illustration: ein aufgeschlagenes Buch mit Text und abgehakter Liste, daneben ein "
        "Schild mit Häkchen und ein Blatt",
        "Illustration: an open book with text and a ticked list, next to it a shield with a "
        "tick and a leaf",
    ),
    "toolbox": (
        "Illustration: ein offener Werkzeugkasten mit Stift, Schraubenschlüssel, Lineal und "
        "Lupe, darüber Karten mit Sonne, Tropfen und Baum",
        "Illustration: an open toolbox with a pencil, a wrench, a ruler and a magnifying "
        "glass, above it cards showing a sun, a drop and a tree",
    ),
    "video_conference": (
        "Illustration: ein Laptop mit einer Videokonferenz aus sechs Kacheln mit Menschen, "
        "eine Sprechblase",
        "Illustration: a laptop showing a video conference with six tiles of people, a speech "
        "bubble",
    ),
    "town_and_country": (
        "Illustration: eine Kleinstadt mit Kirchturm und ein Bauernhof zwischen Feldern, "
        "durch eine gepunktete Linie verbunden",
        "Illustration: a small town with a church tower and a farm among fields, joined by a "
        "dotted line",
    ),
    "strategy_path": (
        "Illustration: ein Weg windet sich durch grüne Hügel zu einer Stadt am Horizont, "
        "Fahnen markieren Etappen",
        "Illustration: a path winds through green hills to a city on the horizon, flags mark "
        "the stages",
    ),
    "shade": (
        "Illustration: ein großer Baum spendet Schatten über einer Bank, auf der jemand "
        "sitzt, daneben ein Trinkbrunnen in der Sonne",
        "Illustration: a large tree casts shade over a bench where someone sits, next to it "
        "a drinking fountain in the sun",
    ),
    "app": (
        "Illustration: ein Smartphone mit einer Stadt-App aus Karte mit Markierung und "
        "Kacheln, links und rechts zwei Rathäuser, mit dem Telefon verbunden",
        "Illustration: a smartphone with a city app showing a map with a marker and tiles, "
        "two town halls on either side linked to the phone",
    ),
    "dialogue": (
        "Illustration: fünf Menschen stehen im Halbkreis im Gespräch, darüber drei Sprechblasen",
        "Illustration: five people stand in a half circle talking, three speech bubbles above them",
    ),
    "city_exchange": (
        "Illustration: zwei Städte links und rechts, zwischen ihnen zwei Pfeile in "
        "entgegengesetzte Richtungen und eine Glühbirne",
        "Illustration: two cities on the left and right, between them two arrows pointing in "
        "opposite directions and a light bulb",
    ),
    "digital_city": (
        "Illustration: eine Stadt in der Dämmerung mit erleuchteten Fenstern, darüber ein "
        "Funkmast und ein Netz verbundener Punkte",
        "Illustration: a city at dusk with lit windows, above it a radio mast and a network "
        "of connected points",
    ),
    "sticky_notes": (
        "Illustration: eine Pinnwand voller bunter Haftnotizen, davor zwei Menschen, einer "
        "zeigt auf die Notizen",
        "Illustration: a pinboard full of coloured sticky notes, two people in front of it, "
        "one pointing at the notes",
    ),
    "town_halls": (
        "Illustration: zwei Rathäuser einander gegenüber, dazwischen Menschen auf einem Weg "
        "und Pfeile in beide Richtungen",
        "Illustration: two town halls facing each other, people on a path between them and "
        "arrows in both directions",
    ),
    "indicators": (
        "Illustration: ein Bericht auf einem Klemmbrett mit drei ansteigenden Kurven und "
        "Symbolen für Sonne, Regen und Wind, davor eine Lupe",
        "Illustration: a report on a clipboard with three rising lines and symbols for sun, "
        "rain and wind, a magnifying glass in front",
    ),
}


def describe(motif: str, language: str) -> str:
    """The alternative text of a motif in ``language`` ("de" or "en")."""
    german, english = DESCRIPTIONS[motif]
    return german if language == "de" else english


def render(motif: str, hue: float = 200) -> bytes:
    """The PNG of ``motif`` in the colours of ``hue``; the same arguments give the same
    bytes."""
    canvas = Canvas(hue)
    MOTIFS[motif](canvas, random.Random(f"{motif}:{hue}"))  # noqa: S311 - only a layout
    return canvas.png()
