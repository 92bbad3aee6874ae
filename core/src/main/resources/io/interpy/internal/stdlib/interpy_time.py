"""time.strftime mended for an Interpy worker: GraalPy 25.0.3 formats only the C standard's
directives; the C library's others, which CPython passes through to it on Linux (%G %V %u %e %F %T
%D %R %C %g %h %k %l %n %t %P %r %s), came out as '%G' with the next character lost. They are
expanded here into the format before GraalPy's strftime sees it."""


def patch(time):
    real = time.strftime
    extra = frozenset('GVuCDeFghklnPrRstT')
    months = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')

    def weeks(year):
        # An ISO year has 53 weeks when it starts on a Thursday, or on a Wednesday in a leap year.
        def jan1(y):  # weekday of 1 January, Monday = 0
            y -= 1
            return (y + y // 4 - y // 100 + y // 400) % 7
        first = jan1(year)
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 53 if first == 3 or (leap and first == 2) else 52

    def iso(year, yday, wday):
        week = (yday - (wday + 1) + 10) // 7
        if week < 1:
            return year - 1, weeks(year - 1)
        if week > weeks(year):
            return year + 1, 1
        return year, week

    def value(c, t):
        year, month, day, hour, minute, second, wday, yday = t[:8]
        hour12 = hour % 12 or 12
        if c in 'GgV':
            iso_year, week = iso(year, yday, wday)
            return str(iso_year) if c == 'G' else '%02d' % (iso_year % 100) if c == 'g' else '%02d' % week
        return {'u': lambda: str(wday + 1), 'C': lambda: '%02d' % (year // 100),
                'D': lambda: '%02d/%02d/%02d' % (month, day, year % 100), 'e': lambda: '%2d' % day,
                'F': lambda: '%d-%02d-%02d' % (year, month, day), 'h': lambda: months[month - 1],
                'k': lambda: '%2d' % hour, 'l': lambda: '%2d' % hour12, 'n': lambda: '\n', 't': lambda: '\t',
                'P': lambda: 'am' if hour < 12 else 'pm',
                'r': lambda: '%02d:%02d:%02d %s' % (hour12, minute, second, 'AM' if hour < 12 else 'PM'),
                'R': lambda: '%02d:%02d' % (hour, minute), 'T': lambda: '%02d:%02d:%02d' % (hour, minute, second),
                's': lambda: str(int(time.mktime(tuple(t[:9]))))}[c]()

    finder = []
    known = {}  # format -> whether it has one of the directives added here (formats are few in practice)

    def strftime(format, t=None, /):
        if format.__class__ is str:
            expand = known.get(format)
        else:
            expand = None if isinstance(format, str) else False
        if expand is None:
            if not finder:
                import re
                finder.append(re.compile('%[' + ''.join(sorted(extra)) + ']').search)
            expand = finder[0](format) is not None
            if format.__class__ is str:
                if len(known) >= 512:
                    known.clear()
                known[format] = expand
        if not expand or (t is not None and not (isinstance(t, tuple) and len(t) == 9)):
            return real(format) if t is None else real(format, t)
        pieces = format.split('%')
        i = 1
        # pieces[i] follows a '%': an empty piece is the first half of '%%'.
        while i < len(pieces):
            piece = pieces[i]
            if not piece:
                i += 2
                continue
            if piece[0] in extra:
                if t is None:
                    t = time.localtime()
                pieces[i - 1] += value(piece[0], t).replace('%', '%%') + piece[1:]
                del pieces[i]
                continue
            i += 1
        format = '%'.join(pieces)
        return real(format) if t is None else real(format, t)

    strftime.__doc__ = real.__doc__
    strftime.__module__ = 'time'
    time.strftime = strftime
