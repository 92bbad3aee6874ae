"""sys mended for an Interpy worker: GraalPy 25.0.3's getdefaultencoding() answers 'UTF-8', CPython's
codec name is 'utf-8' (code compares it as a string)."""


def patch(sys):
    real = sys.getdefaultencoding
    if real() != 'UTF-8':
        return

    def getdefaultencoding():
        return 'utf-8'

    getdefaultencoding.__doc__ = real.__doc__
    getdefaultencoding.__module__ = 'sys'
    sys.getdefaultencoding = getdefaultencoding
