package io.interpy.internal.pool;

import io.interpy.ContextFactory;
import io.interpy.Sandbox;
import io.interpy.internal.sandbox.ContextFileSystem;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * The builder's values, checked once so the pool's code can trust them. Messages name the
 * setting the way the builder spells it.
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
        Executor completionExecutor) {

    public ExecutorSettings {
        if (name.isBlank() || !name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.')) {
            throw new IllegalArgumentException("name '" + name + "' must be non-empty letters, digits, '-', '_' or '.'");
        }
        if (minSize < 0) {
            throw new IllegalArgumentException("minSize must be >= 0, was " + minSize + " (pool '" + name + "')");
        }
        if (maxSize < 1) {
            throw new IllegalArgumentException("maxSize must be >= 1, was " + maxSize + " (pool '" + name + "')");
        }
        if (maxSize < minSize) {
            throw new IllegalArgumentException("maxSize (" + maxSize + ") must be >= minSize (" + minSize + ") (pool '" + name + "')");
        }
        if (queueCapacity < 0) {
            throw new IllegalArgumentException("queueCapacity must be >= 0, was " + queueCapacity + " (pool '" + name + "')");
        }
        if (maxTasksPerWorker < 0) {
            throw new IllegalArgumentException("maxTasksPerWorker must be >= 0 (0 = unlimited), was " + maxTasksPerWorker + " (pool '" + name + "')");
        }
        requirePositive("callTimeout", callTimeout, true, name);
        requirePositive("idleTimeout", idleTimeout, false, name);
        requirePositive("maxWorkerAge", maxWorkerAge, true, name);
        requirePositive("workerStartTimeout", workerStartTimeout, false, name);
        requirePositive("slowCallThreshold", slowCallThreshold, true, name);
        if (awaitTermination.isNegative()) {
            throw new IllegalArgumentException("awaitTermination must not be negative, was " + awaitTermination + " (pool '" + name + "')");
        }
        if (tempDirectoryMaxSize < ContextFileSystem.MIN_TEMP_SIZE || tempDirectoryMaxSize > ContextFileSystem.MAX_TEMP_SIZE) {
            throw new IllegalArgumentException("tempDirectoryMaxSize must be between " + ContextFileSystem.MIN_TEMP_SIZE
                    + " bytes (one 8 KiB block) and " + ContextFileSystem.MAX_TEMP_SIZE + ", was " + tempDirectoryMaxSize
                    + " (pool '" + name + "')");
        }
        if (completionExecutor == null) {
            throw new IllegalArgumentException("completionExecutor must be set (pool '" + name + "')");
        }
        if (timeZone == null) {
            throw new IllegalArgumentException("timeZone must be set (pool '" + name + "')");
        }
        boolean isolated = "true".equals(contextOptions.get("python.IsolateNativeModules"));
        if (sandbox.nativeAccess() && !isolated && (maxSize > 1 || maxTasksPerWorker > 0 || maxWorkerAge != null)) {
            throw new IllegalArgumentException("pool '" + name + "' grants native access but may run more than one"
                    + " context (maxSize " + maxSize + ", maxTasksPerWorker " + maxTasksPerWorker + ", maxWorkerAge "
                    + maxWorkerAge + "): GraalPy 25.0.3 loads a C extension module (sqlite3, pyexpat for xml.etree, ...)"
                    + " into the first context of a JVM only, so the same call would fail with SystemError in every other"
                    + " worker. Use maxSize 1 without maxTasksPerWorker or maxWorkerAge (interpy.pool.max-size,"
                    + " interpy.pool.max-tasks-per-worker, interpy.pool.max-worker-age), or set the experimental context"
                    + " option python.IsolateNativeModules=true, which GraalPy backs with process creation and the"
                    + " patchelf executable");
        }
        if (pythonPath.isEmpty()) {
            throw new IllegalArgumentException("pythonPath must name at least one module root (pool '" + name + "')");
        }
        for (String module : preloadModules) {
            if (module == null || module.isBlank()) {
                throw new IllegalArgumentException("preloadModules contains an empty module name (pool '" + name + "')");
            }
        }
    }

    private static void requirePositive(String setting, Duration value, boolean nullable, String name) {
        if (value == null) {
            if (!nullable) {
                throw new IllegalArgumentException(setting + " must be set (pool '" + name + "')");
            }
            return;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(setting + " must be positive, was " + value + " (pool '" + name + "')");
        }
    }
}
