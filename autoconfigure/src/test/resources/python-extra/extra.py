def where():
    return "python-extra"
