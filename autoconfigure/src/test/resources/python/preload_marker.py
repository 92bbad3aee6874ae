# imported only through interpy.python.preload-modules
