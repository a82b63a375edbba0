"""Placemark icons drawn here and bundled inside KMZ exports, so Google Earth needs no network to draw them.

Why not Google's own icon palette (``http://maps.google.com/mapfiles/kml/shapes/...``): the viewer fetches those
from the internet, so an air-gapped analyst saw broken icons (a red cross in Google Earth). Why not Pillow: a few
numpy masks and a minimal PNG writer draw four shapes; no new dependency. The shapes are white with a dark rim: KML
tints an icon by multiplying it with the style's colour, so white takes the event type's colour exactly and the rim
keeps a pale province-level symbol visible on a pale basemap.

Pure: returns bytes, writes nothing.
"""

from __future__ import annotations

import struct
import zlib
from functools import cache

import numpy as np

__all__ = ["ICON_SIZE", "icon_png", "icon_pngs"]

#: Pixel size of each square icon (Google Earth draws a scale-1 icon at 32 px; 64 keeps it sharp when scaled up).
ICON_SIZE = 64
_SUPERSAMPLE = 4  # anti-aliasing: draw at 4x, average down
_RIM = (40, 40, 40)  # dark grey: stays dark whatever colour tints it


def _grid(size: int) -> tuple[np.ndarray, np.ndarray]:
    """Pixel-centre coordinates in [-1, 1] (x right, y up), at the supersampled resolution."""
    n = size * _SUPERSAMPLE
    axis = (np.arange(n) + 0.5) / n * 2.0 - 1.0
    x, y = np.meshgrid(axis, -axis)
    return x, y


def _disc(r: np.ndarray, radius: float) -> np.ndarray:
    return r <= radius


def _ring(r: np.ndarray, inner: float, outer: float) -> np.ndarray:
    return (r >= inner) & (r <= outer)


def _hexagon(x: np.ndarray, y: np.ndarray, radius: float) -> np.ndarray:
    """A regular hexagon (flat top) of circumradius ``radius``: the 'only the area is known' symbol."""
    ax, ay = np.abs(x), np.abs(y)
    apothem = radius * np.sqrt(3) / 2
    return (ay <= apothem) & (np.sqrt(3) * ax + ay <= np.sqrt(3) * radius)


def _layers(shape: str, size: int) -> tuple[np.ndarray, np.ndarray]:
    """(fill mask, rim mask) at the supersampled resolution for one shape name."""
    x, y = _grid(size)
    r = np.hypot(x, y)
    if shape == "exact":  # a solid dot: the place itself
        outer = _disc(r, 0.62)
        fill = _disc(r, 0.50)
    elif shape == "near":  # a target, rings round a centre: near a place
        outer = _disc(r, 0.96)
        fill = _ring(r, 0.72, 0.86) | _ring(r, 0.38, 0.52) | _disc(r, 0.16)  # the gaps between are the rim
    elif shape in ("area", "country"):  # a large polygon: only the province or country is known
        outer = _hexagon(x, y, 0.96)
        fill = _hexagon(x, y, 0.84)
    elif shape == "unknown":  # a hollow circle: precision not recorded
        outer = _disc(r, 0.70)
        fill = _ring(r, 0.42, 0.58)
        rim = outer & ~fill & ~_disc(r, 0.30)
        return fill, rim
    else:
        raise ValueError(f"unknown icon shape {shape!r}")
    return fill, outer & ~fill


def _downsample(mask: np.ndarray, size: int) -> np.ndarray:
    return mask.reshape(size, _SUPERSAMPLE, size, _SUPERSAMPLE).mean(axis=(1, 3))


def _png(rgba: np.ndarray) -> bytes:
    """A minimal PNG (8-bit RGBA, no interlace): signature, IHDR, one IDAT, IEND."""
    height, width, _ = rgba.shape

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + rgba[row].tobytes() for row in range(height))  # filter 0 per scanline
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


@cache
def icon_png(shape: str, size: int = ICON_SIZE) -> bytes:
    """The PNG bytes of one icon: ``exact``, ``near``, ``area``, ``country`` or ``unknown`` (deterministic)."""
    fill, rim = _layers(shape, size)
    a_fill = _downsample(fill, size)
    a_rim = _downsample(rim & ~fill, size)
    alpha = np.clip(a_fill + a_rim, 0.0, 1.0)
    # colour: white where filled, the rim's grey where rim, mixed by coverage at the anti-aliased edges
    weight = np.divide(a_fill, alpha, out=np.zeros_like(alpha), where=alpha > 0)
    rgba = np.zeros((size, size, 4), dtype=np.uint8)
    for channel, rim_value in enumerate(_RIM):
        rgba[..., channel] = np.round(255 * weight + rim_value * (1 - weight)).astype(np.uint8)
    rgba[..., 3] = np.round(alpha * 255).astype(np.uint8)
    return _png(rgba)


def icon_pngs(shapes: tuple[str, ...]) -> dict[str, bytes]:
    """``{shape: png bytes}`` for the shapes a KMZ uses (one file per shape, shared by every colour)."""
    return {shape: icon_png(shape) for shape in dict.fromkeys(shapes)}
