package io.interpy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Date, JDK, GraalPy, machine and load, recorded with the figures because they shape them. */
public final class Environment {

    private Environment() {
    }

    static void describe(Report report, BenchProfile profile) {
        report.info("date", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .info("profile", profile.name())
                .info("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"))
                .info("graalpy", graalPy())
                .info("cpus", Integer.toString(Runtime.getRuntime().availableProcessors()))
                .info("cpu_model", cpuModel())
                .info("load_average_before", loadAverage());
    }

    /** The python-language jar's version (Maven builds report "Development Build" through the API). */
    private static String graalPy() {
        for (String entry : JvmLaunch.classPath().split(java.io.File.pathSeparator)) {
            String file = Path.of(entry).getFileName().toString();
            if (file.startsWith("python-language-") && file.endsWith(".jar")) {
                return file.substring("python-language-".length(), file.length() - 4);
            }
        }
        return "unknown";
    }

    public static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return String.valueOf(java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
