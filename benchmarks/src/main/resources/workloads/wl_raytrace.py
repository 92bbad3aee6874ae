"""A small ray tracer: vector objects, spheres and a plane, shadows and one reflection (OO kind)."""
import math


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def unit(self):
        return self.scale(1.0 / math.sqrt(self.dot(self)))


class Sphere:
    def __init__(self, centre, radius, colour, shine):
        self.centre, self.radius, self.colour, self.shine = centre, radius, colour, shine

    def hit(self, origin, direction):
        oc = origin - self.centre
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        t = -b - math.sqrt(disc)
        return t if t > 1e-6 else None

    def normal(self, point):
        return (point - self.centre).unit()


class Plane:
    def __init__(self, height, colour):
        self.height, self.colour, self.shine = height, colour, 0.2

    def hit(self, origin, direction):
        if abs(direction.y) < 1e-9:
            return None
        t = (self.height - origin.y) / direction.y
        return t if t > 1e-6 else None

    def normal(self, point):
        return Vec(0.0, 1.0, 0.0)


class Scene:
    def __init__(self):
        self.things = [Sphere(Vec(0.0, 1.0, 5.0), 1.0, Vec(0.9, 0.2, 0.2), 0.3),
                       Sphere(Vec(-2.0, 0.7, 6.0), 0.7, Vec(0.2, 0.9, 0.2), 0.5),
                       Sphere(Vec(1.8, 0.5, 4.0), 0.5, Vec(0.2, 0.3, 0.9), 0.1),
                       Plane(0.0, Vec(0.8, 0.8, 0.8))]
        self.light = Vec(-3.0, 6.0, 1.0)

    def nearest(self, origin, direction):
        best, found = None, None
        for thing in self.things:
            t = thing.hit(origin, direction)
            if t is not None and (best is None or t < best):
                best, found = t, thing
        return best, found

    def trace(self, origin, direction, depth):
        t, thing = self.nearest(origin, direction)
        if thing is None:
            return Vec(0.1, 0.1, 0.2)
        point = origin + direction.scale(t)
        normal = thing.normal(point)
        to_light = (self.light - point).unit()
        lit = max(0.0, normal.dot(to_light))
        shadow_t, _ = self.nearest(point, to_light)
        if shadow_t is not None:
            lit *= 0.3
        colour = thing.colour.scale(0.1 + 0.9 * lit)
        if depth > 0 and thing.shine > 0:
            reflected = direction - normal.scale(2 * direction.dot(normal))
            colour = colour + self.trace(point, reflected, depth - 1).scale(thing.shine)
        return colour


def run(width=64, height=48):
    scene = Scene()
    eye = Vec(0.0, 1.2, 0.0)
    total = 0
    for j in range(height):
        for i in range(width):
            d = Vec((i - width / 2) / width, (height / 2 - j) / width, 1.0).unit()
            c = scene.trace(eye, d, 2)
            total += int(min(c.x, 1.0) * 255) + int(min(c.y, 1.0) * 255) * 3 + int(min(c.z, 1.0) * 255) * 7
    return total
