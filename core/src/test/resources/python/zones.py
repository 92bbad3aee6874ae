"""Time zones as library code asks for them: the local zone, zones by name, tzset."""
import datetime
import os
import time
import zoneinfo


def local_zone():
    july = datetime.datetime(2024, 7, 1, 12, 0).astimezone()
    january = datetime.datetime(2024, 1, 15, 12, 0).astimezone()
    return {
        'TZ': os.environ.get('TZ'),
        'tzname': list(time.tzname),
        'timezone': time.timezone,
        'july_offset': july.utcoffset().total_seconds(),
        'january_offset': january.utcoffset().total_seconds(),
        'localtime_zone': time.strftime('%Z', time.localtime(1719835200)),
    }


def named_zones(names):
    """UTC offset (s) and abbreviation of each zone at 2024-07-01 and 2024-01-15 12:00 UTC."""
    out = {}
    for name in names:
        z = zoneinfo.ZoneInfo(name)
        out[name] = [
            [dt.astimezone(z).utcoffset().total_seconds(), dt.astimezone(z).tzname()]
            for dt in (datetime.datetime(2024, 7, 1, 12, tzinfo=datetime.timezone.utc),
                       datetime.datetime(2024, 1, 15, 12, tzinfo=datetime.timezone.utc))]
    return out


def strftime_zones():
    """%Z and %z from a struct_time, from a plain 9-tuple, and escaped."""
    t = time.localtime(1719835200)
    return [time.strftime('%Z %z', t), time.strftime('%Z %z', tuple(t)), time.strftime('%%Z %%z %H', t),
            time.strftime('%Z', time.gmtime(0))]


def tzset_then_local():
    time.tzset()
    return list(time.tzname)


def third_party():
    """dateutil, pytz and babel, each asked for a named zone and for the system zone."""
    from dateutil import tz
    import babel.dates
    import pytz
    dt = datetime.datetime(2024, 7, 1, 12, 0, tzinfo=datetime.timezone.utc)
    return {
        'dateutil_gettz': dt.astimezone(tz.gettz('America/New_York')).isoformat(),
        'dateutil_tzlocal': dt.astimezone(tz.tzlocal()).isoformat(),
        'dateutil_gettz_system': dt.astimezone(tz.gettz()).isoformat(),
        'pytz': dt.astimezone(pytz.timezone('Asia/Kolkata')).isoformat(),
        'pytz_localize': str(pytz.timezone('Europe/London').localize(datetime.datetime(2024, 1, 15, 12)).utcoffset()),
        'babel_localtz': str(babel.dates.LOCALTZ),
        'babel_named': babel.dates.format_datetime(dt, 'full', tzinfo=babel.dates.get_timezone('Europe/Berlin'),
                                                   locale='de_DE'),
        'babel_local': babel.dates.format_datetime(dt, 'yyyy-MM-dd HH:mm zzzz', tzinfo=babel.dates.LOCALTZ,
                                                   locale='en_US'),
    }


def as_json(name, *args):
    """One of the functions above, its answer as sorted JSON: compared as text with CPython's."""
    import json
    return json.dumps(globals()[name](*args), sort_keys=True)
