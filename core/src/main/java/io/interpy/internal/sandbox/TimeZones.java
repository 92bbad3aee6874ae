package io.interpy.internal.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a worker needs for time zones: the host's zone database (read-only), and the environment
 * that tells Python where it is and which zone is local.
 *
 * <p>GraalPy builds {@code sysconfig}'s {@code TZPATH} empty, so {@code zoneinfo} would find no
 * zone at all; {@code PYTHONTZPATH} is the documented way to point it at the database. Libraries
 * that ask for "the system zone" (babel, dateutil, tzlocal) read {@code TZ} first; GraalPy's
 * {@code time} module takes the context's own time zone. Both are set to the same zone, so every
 * way of asking agrees.
 */
final class TimeZones {

    /** Where CPython's default TZPATH looks, in its order. */
    private static final List<String> DATABASES = List.of("/usr/share/zoneinfo", "/usr/lib/zoneinfo",
            "/usr/share/lib/zoneinfo", "/etc/zoneinfo");

    private static final List<Path> HOST_DATABASES = find();

    private TimeZones() {
    }

    private static List<Path> find() {
        List<Path> found = new ArrayList<>();
        for (String candidate : DATABASES) {
            Path dir = Path.of(candidate);
            if (Files.isDirectory(dir)) {
                try {
                    Path real = dir.toRealPath();
                    if (!found.contains(real)) {
                        found.add(real);
                    }
                } catch (IOException e) {
                    // unreadable: as if absent
                }
            }
        }
        return List.copyOf(found);
    }

    static String tzValue(ZoneId zone) {
        if (zone.equals(ZoneOffset.UTC)) {
            return "UTC";
        }
        if (!(zone instanceof ZoneOffset)) {
            return zone.getId();
        }
        int seconds = ((ZoneOffset) zone).getTotalSeconds();
        int abs = Math.abs(seconds);
        String hhmm = String.format("%02d%02d", abs / 3600, abs % 3600 / 60);
        String posix = String.format("%02d:%02d", abs / 3600, abs % 3600 / 60) + (abs % 60 == 0 ? "" : String.format(":%02d", abs % 60));
        return "<" + (seconds < 0 ? "-" : "+") + hhmm + ">" + (seconds > 0 ? "-" : "+") + posix;
    }

    /** The host's zone databases that exist, as real paths; empty on a host without tzdata. */
    static List<Path> hostDatabases() {
        return HOST_DATABASES;
    }

    /**
     * {@code PYTHONTZPATH} (when the host has a database) and {@code TZ} for {@code zone}: its name
     * when it is a region or a name the database has ({@code Etc/GMT-5}), else the POSIX form of a
     * fixed offset ({@code <+0530>-05:30}; POSIX counts west of Greenwich as positive).
     */
    static Map<String, String> environment(ZoneId zone) {
        Map<String, String> env = new java.util.LinkedHashMap<>();
        if (!HOST_DATABASES.isEmpty()) {
            env.put("PYTHONTZPATH", String.join(java.io.File.pathSeparator,
                    HOST_DATABASES.stream().map(Path::toString).toList()));
        }
        env.put("TZ", tzValue(zone));
        return env;
    }
}
