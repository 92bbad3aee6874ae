package io.interpy.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How this JVM was started, so JMH forks and spawned JVMs run on the same JDK 25 with the same
 * Graal JIT flags. Fails loudly when the flags are missing: without them GraalPy only
 * interprets, and every figure would be several times too slow.
 */
final class JvmLaunch {

    private JvmLaunch() {
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The JIT-related arguments of this JVM (the parent pom's {@code interpy.jvm.args}, -Xss). */
    static List<String> jitArgs() {
        List<String> args = new ArrayList<>();
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!arg.startsWith("-Dinterpy.bench.")) {
                args.add(arg);
            }
        }
        String upgradePath = System.getProperty("jdk.module.upgrade.path");
        if (!args.contains("-XX:+EnableJVMCI") || upgradePath == null) {
            throw new IllegalStateException("Benchmarks must run with the Graal JIT flags (interpy.jvm.args); "
                    + "start them with ./mvnw -q -pl benchmarks -am verify -Pbench -DskipTests. JVM args: " + args);
        }
        for (String entry : upgradePath.split(java.io.File.pathSeparator)) {
            if (!Path.of(entry).isAbsolute() || !Files.exists(Path.of(entry))) {
                throw new IllegalStateException("Graal JIT directory " + entry + " is not an existing absolute path");
            }
        }
        if (args.stream().noneMatch(a -> a.startsWith("--upgrade-module-path") || a.startsWith("-Djdk.module.upgrade.path"))) {
            args.add("--upgrade-module-path=" + upgradePath);
        }
        return args;
    }

    static String classPath() {
        return System.getProperty("java.class.path");
    }
}
