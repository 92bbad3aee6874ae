"""N-body: five bodies under gravity, a plain float loop over lists (numeric kind)."""
import math

_SOLAR_MASS = 4 * math.pi * math.pi
_DAYS = 365.24


def _system():
    bodies = [
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, _SOLAR_MASS],
        [4.84, -1.16, -0.10, 1.66e-03, 7.69e-03, -6.90e-05, 9.54e-04],
        [8.34, 4.12, -0.40, -2.76e-03, 4.99e-03, 2.30e-05, 2.85e-04],
        [12.89, -15.11, -0.22, 2.96e-03, 2.37e-03, -2.96e-05, 4.36e-05],
        [15.37, -25.91, 0.17, 2.68e-03, 1.62e-03, -9.51e-05, 5.15e-05],
    ]
    for body in bodies[1:]:
        for k in (3, 4, 5):
            body[k] *= _DAYS
        body[6] *= _SOLAR_MASS
    px = sum(b[3] * b[6] for b in bodies)
    py = sum(b[4] * b[6] for b in bodies)
    pz = sum(b[5] * b[6] for b in bodies)
    sun = bodies[0]
    sun[3], sun[4], sun[5] = -px / _SOLAR_MASS, -py / _SOLAR_MASS, -pz / _SOLAR_MASS
    return bodies


def _energy(bodies):
    e = 0.0
    for i, a in enumerate(bodies):
        e += 0.5 * a[6] * (a[3] * a[3] + a[4] * a[4] + a[5] * a[5])
        for b in bodies[i + 1:]:
            dx, dy, dz = a[0] - b[0], a[1] - b[1], a[2] - b[2]
            e -= a[6] * b[6] / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def _advance(bodies, dt, steps):
    pairs = [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]
    for _ in range(steps):
        for a, b in pairs:
            dx, dy, dz = a[0] - b[0], a[1] - b[1], a[2] - b[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * math.sqrt(d2))
            bm, am = b[6] * mag, a[6] * mag
            a[3] -= dx * bm
            a[4] -= dy * bm
            a[5] -= dz * bm
            b[3] += dx * am
            b[4] += dy * am
            b[5] += dz * am
        for body in bodies:
            body[0] += dt * body[3]
            body[1] += dt * body[4]
            body[2] += dt * body[5]


def run():
    bodies = _system()
    before = _energy(bodies)
    _advance(bodies, 0.01, 10000)
    return "%.9f %.9f" % (before, _energy(bodies))
