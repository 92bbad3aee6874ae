# Functions named after the Java methods of a class-level @RunInInterpreter("shapes") bean.


def area(width, height):
    return width * height


def perimeter(width, height):
    return 2 * (width + height)
