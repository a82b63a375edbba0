"""The project's one haversine (geodata.distance)."""

from __future__ import annotations

import numpy as np
import pytest

from geodata.distance import haversine_km, haversine_km_array


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [
        ((0.0, 0.0), (0.0, 0.0), 0.0),
        ((0.0, 0.0), (0.0, 180.0), 20015.1),  # half the equator
        ((90.0, 0.0), (-90.0, 0.0), 20015.1),  # pole to pole
        ((33.3406, 44.4009), (36.1912, 44.0094), 318.6),  # Baghdad - Erbil
        ((0.0, 179.5), (0.0, -179.5), 111.2),  # across the antimeridian
    ],
)
def test_haversine_known_distances(a, b, km):
    assert haversine_km(*a, *b) == pytest.approx(km, abs=0.5)
    assert haversine_km(*b, *a) == pytest.approx(km, abs=0.5)


def test_array_matches_scalar():
    rng = np.random.default_rng(7)
    lat = rng.uniform(-90, 90, 200)
    lon = rng.uniform(-180, 180, 200)
    many = haversine_km_array(12.5, -70.25, lat, lon)
    assert np.allclose(many, [haversine_km(12.5, -70.25, la, lo) for la, lo in zip(lat, lon, strict=True)])
