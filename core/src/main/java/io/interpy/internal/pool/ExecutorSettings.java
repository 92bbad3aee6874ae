package io.interpy.internal.pool;

import io.interpy.ContextFactory;
import io.interpy.InvalidSettingException;
import io.interpy.Sandbox;
import io.interpy.internal.sandbox.ContextFileSystem;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * The builder's values, checked once so the pool's code can trust them: the one place the
 * settings are validated. Each problem is an {@link InvalidSettingException} naming the setting
 * the way the builder spells it; Spring maps those names to its property names instead of
 * checking the properties again.
 */
public record ExecutorSettings(
        String name,
        int minSize,
        int maxSize,
        int queueCapacity,
        List<String> pythonPath,
        List<String> preloadModules,
        Duration callTimeout,
        Duration idleTimeout,
        int maxTasksPerWorker,
        Duration maxWorkerAge,
        Duration awaitTermination,
        Duration workerStartTimeout,
        Sandbox sandbox,
        ClassLoader classLoader,
        Map<String, String> engineOptions,
        Map<String, String> contextOptions,
        ContextFactory contextFactory,
        boolean logPythonOutput,
        Duration slowCallThreshold,
        boolean prestartInBackground,
        long tempDirectoryMaxSize,
        ZoneId timeZone,
        Executor completionExecutor,
        Duration streamIdleTimeout,
        boolean reloadModules,
        Duration engineKeepAlive) {

    public ExecutorSettings {
        if (name == null || name.isBlank()
                || !name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.')) {
            throw new InvalidSettingException(null, "name", name, "must be non-empty letters, digits, '-', '_' or '.'");
        }
        if (minSize < 0) {
            throw invalid(name, "minSize", minSize, "must be >= 0");
        }
        if (maxSize < 1) {
            throw invalid(name, "maxSize", maxSize, "must be >= 1");
        }
        if (maxSize < minSize) {
            throw invalid(name, "maxSize", maxSize, "must be >= minSize (" + minSize + ")");
        }
        if (queueCapacity < 0) {
            throw invalid(name, "queueCapacity", queueCapacity, "must be >= 0");
        }
        if (maxTasksPerWorker < 0) {
            throw invalid(name, "maxTasksPerWorker", maxTasksPerWorker, "must be >= 0 (0 = unlimited)");
        }
        requirePositive("callTimeout", callTimeout, true, name);
        requirePositive("idleTimeout", idleTimeout, false, name);
        requirePositive("maxWorkerAge", maxWorkerAge, true, name);
        requirePositive("workerStartTimeout", workerStartTimeout, false, name);
        requirePositive("slowCallThreshold", slowCallThreshold, true, name);
        requirePositive("streamIdleTimeout", streamIdleTimeout, false, name);
        if (engineKeepAlive == null || engineKeepAlive.isNegative()) {
            throw invalid(name, "engineKeepAlive", engineKeepAlive, "must be set and not negative");
        }
        if (awaitTermination == null || awaitTermination.isNegative()) {
            throw invalid(name, "awaitTermination", awaitTermination, "must be set and not negative");
        }
        if (tempDirectoryMaxSize < ContextFileSystem.MIN_TEMP_SIZE || tempDirectoryMaxSize > ContextFileSystem.MAX_TEMP_SIZE) {
            throw invalid(name, "tempDirectoryMaxSize", tempDirectoryMaxSize, "must be between " + ContextFileSystem.MIN_TEMP_SIZE
                    + " bytes (one 8 KiB block) and " + ContextFileSystem.MAX_TEMP_SIZE);
        }
        if (timeZone == null) {
            throw invalid(name, "timeZone", null, "must be set");
        }
        if (completionExecutor == null) {
            throw invalid(name, "completionExecutor", null, "must be set");
        }
        if (sandbox == null) {
            throw invalid(name, "sandbox", null, "must be set");
        }
        boolean isolated = "true".equals(contextOptions.get("python.IsolateNativeModules"));
        if (sandbox.nativeAccess() && !isolated && (maxSize > 1 || maxTasksPerWorker > 0 || maxWorkerAge != null)) {
            throw invalid(name, "sandbox", "nativeAccess=true", "may not grant native access to a pool that may run more than one"
                    + " context (maxSize " + maxSize + ", maxTasksPerWorker " + maxTasksPerWorker + ", maxWorkerAge "
                    + maxWorkerAge + "): GraalPy 25.0.3 loads a C extension module (sqlite3, pyexpat for xml.etree, ...)"
                    + " into the first context of a JVM only, so the same call would fail with SystemError in every other"
                    + " worker. Use maxSize 1 without maxTasksPerWorker or maxWorkerAge, or set the experimental context"
                    + " option python.IsolateNativeModules=true, which GraalPy backs with process creation and the"
                    + " patchelf executable");
        }
        if (pythonPath == null || pythonPath.isEmpty()) {
            throw invalid(name, "pythonPath", pythonPath, "must name at least one module root");
        }
        for (int i = 0; i < pythonPath.size(); i++) {
            if (pythonPath.get(i) == null || pythonPath.get(i).isBlank()) {
                throw invalid(name, "pythonPath[" + i + "]", pythonPath.get(i), "must not be empty");
            }
        }
        for (int i = 0; i < preloadModules.size(); i++) {
            if (preloadModules.get(i) == null || preloadModules.get(i).isBlank()) {
                throw invalid(name, "preloadModules[" + i + "]", preloadModules.get(i), "must name a module");
            }
        }
    }

    private static InvalidSettingException invalid(String pool, String setting, Object value, String reason) {
        return new InvalidSettingException(pool, setting, value, reason);
    }

    private static void requirePositive(String setting, Duration value, boolean nullable, String name) {
        if (value == null ? !nullable : value.isNegative() || value.isZero()) {
            throw invalid(name, setting, value, nullable ? "must be positive when set" : "must be set and positive");
        }
    }
}
