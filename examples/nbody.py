"""A small n-body simulation (floats, tuples, loops): a compute-heavy script of the kind krait
is built to run fast."""

import math

SOLAR_MASS = 4 * math.pi**2
DAYS_PER_YEAR = 365.24

BODIES = {
    "sun": ([0.0, 0.0, 0.0], [0.0, 0.0, 0.0], SOLAR_MASS),
    "jupiter": (
        [4.84143144246472090e00, -1.16032004402742839e00, -1.03622044471123109e-01],
        [1.66007664274403694e-03 * DAYS_PER_YEAR, 7.69901118419740425e-03 * DAYS_PER_YEAR,
         -6.90460016972063023e-05 * DAYS_PER_YEAR],
        9.54791938424326609e-04 * SOLAR_MASS,
    ),
    "saturn": (
        [8.34336671824457987e00, 4.12479856412430479e00, -4.03523417114321381e-01],
        [-2.76742510726862411e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR,
         2.30417297573763929e-05 * DAYS_PER_YEAR],
        2.85885980666130812e-04 * SOLAR_MASS,
    ),
}


def advance(bodies, dt, steps):
    pairs = [(a, b) for i, a in enumerate(bodies) for b in bodies[i + 1:]]
    for _ in range(steps):
        for (p1, v1, m1), (p2, v2, m2) in pairs:
            dx, dy, dz = p1[0] - p2[0], p1[1] - p2[1], p1[2] - p2[2]
            mag = dt * (dx * dx + dy * dy + dz * dz) ** -1.5
            b1, b2 = m1 * mag, m2 * mag
            v1[0] -= dx * b2; v1[1] -= dy * b2; v1[2] -= dz * b2
            v2[0] += dx * b1; v2[1] += dy * b1; v2[2] += dz * b1
        for p, v, _m in bodies:
            p[0] += dt * v[0]; p[1] += dt * v[1]; p[2] += dt * v[2]


def energy(bodies):
    e = 0.0
    for i, (p, v, m) in enumerate(bodies):
        e += 0.5 * m * sum(c * c for c in v)
        for (q, _w, n) in bodies[i + 1:]:
            e -= m * n / math.dist(p, q)
    return e


if __name__ == "__main__":
    bodies = list(BODIES.values())
    print(f"{energy(bodies):.9f}")
    advance(bodies, 0.01, 1000)
    print(f"{energy(bodies):.9f}")
