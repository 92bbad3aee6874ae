class Circle:
    @staticmethod
    def area(r):
        return 3 * r * r


not_callable = 42
