package io.interpy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.interpy.testing.DebianPythonPackages;

/**
 * Time zones in the default sandbox: the local zone (the JVM's default, or the one configured),
 * zones by name from the host's read-only database, and the libraries that look for the system
 * zone. Every answer is compared with CPython's for the same zone (expected/zones-*.txt).
 */
class WorkerTimeZoneTest {

    private static final List<String> ZONES = List.of("Europe/Berlin", "America/New_York", "Australia/Sydney", "UTC");

    @TempDir
    Path tmp;

    @Test
    void aConfiguredZoneIsWhatEveryWayOfAskingAnswers() throws Exception {
        Map<String, String> cpython = expected("Europe/Berlin");
        try (InterpreterExecutor executor = InterpreterExecutor.builder().name("tz-fixed")
                .timeZone(ZoneId.of("Europe/Berlin")).build()) {
            assertThat(ask(executor, "local_zone")).isEqualTo(cpython.get("local_zone"));
            assertThat(ask(executor, "named_zones", ZONES)).isEqualTo(cpython.get("named_zones"));
            assertThat(ask(executor, "strftime_zones")).isEqualTo(cpython.get("strftime_zones"));
        }
    }

    @Test
    void theLocalZoneIsTheJvmDefaultAndTzsetLeavesTheJvmAlone() throws Exception {
        Map<String, String> cpython = expected("Asia/Tokyo");
        TimeZone original = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
        InterpreterExecutor executor;
        try {
            executor = InterpreterExecutor.builder().name("tz-local").build();
        } finally {
            TimeZone.setDefault(original);
        }
        try (executor) {
            assertThat(ask(executor, "local_zone")).isEqualTo(cpython.get("local_zone"));
            assertThat(ask(executor, "tzset_then_local")).isEqualTo(cpython.get("tzset_then_local"));
            assertThat(ask(executor, "strftime_zones")).isEqualTo(cpython.get("strftime_zones"));
            // GraalPy's own tzset would have set the whole JVM's default zone from TZ.
            assertThat(TimeZone.getDefault()).isEqualTo(original);
        }
    }

    @Test
    void dateutilPytzAndBabelFindNamedZonesAndTheSystemZone() throws Exception {
        Path libs = DebianPythonPackages.copy(tmp.resolve("site-packages"), "dateutil", "pytz", "babel", "six",
                "python_dateutil-*", "pytz-*", "Babel-*");
        for (String zone : List.of("Europe/Berlin", "Asia/Tokyo")) {
            try (InterpreterExecutor executor = InterpreterExecutor.builder().name("tz-libs")
                    .pythonPath("classpath:python", libs.toString()).timeZone(ZoneId.of(zone)).build()) {
                assertThat(ask(executor, "third_party")).as(zone).isEqualTo(expected(zone).get("third_party"));
            }
        }
    }

    private static String ask(InterpreterExecutor executor, String function, Object... args) throws Exception {
        Object[] all = new Object[args.length + 1];
        all[0] = function;
        System.arraycopy(args, 0, all, 1, args.length);
        return executor.call(PythonCall.target("zones:as_json").args(all), String.class).get(120, TimeUnit.SECONDS);
    }

    /** The answers CPython gave with TZ set to {@code zone}: one "function json" per line. */
    private static Map<String, String> expected(String zone) throws IOException {
        String name = "expected/zones-" + zone.replace('/', '_') + ".txt";
        try (InputStream in = WorkerTimeZoneTest.class.getClassLoader().getResourceAsStream(name)) {
            Map<String, String> answers = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    int space = line.indexOf(' ');
                    answers.put(line.substring(0, space), line.substring(space + 1));
                }
            }
            return answers;
        }
    }
}
