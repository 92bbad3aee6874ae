package io.interpy.spring.boot.autoconfigure;

import io.interpy.internal.sandbox.ContextFileSystem;
import io.interpy.internal.sandbox.ModuleRoots;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.util.unit.DataSize;

/**
 * Checks {@link InterpyProperties} before the executor is built. The builder validates too, but
 * speaks builder names ({@code maxSize}); a user who wrote {@code application.yml} needs to be
 * told which property to change. Boot's failure analyzer prints these exceptions as a
 * "property ... is invalid" report.
 */
final class InterpyPropertiesValidator {

    private final ClassLoader classLoader;

    InterpyPropertiesValidator(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    void validate(InterpyProperties properties, int maxSize) {
        InterpyProperties.Pool pool = properties.getPool();
        if (pool.getMinSize() < 0) {
            throw invalid("interpy.pool.min-size", pool.getMinSize(), "must be >= 0");
        }
        if (maxSize < 1) {
            throw invalid("interpy.pool.max-size", maxSize, "must be >= 1");
        }
        if (maxSize < pool.getMinSize()) {
            throw invalid("interpy.pool.max-size", maxSize,
                    "interpy.pool.max-size (" + maxSize + ") must be >= interpy.pool.min-size (" + pool.getMinSize() + ")");
        }
        if (pool.getQueueCapacity() < 0) {
            throw invalid("interpy.pool.queue-capacity", pool.getQueueCapacity(), "must be >= 0");
        }
        if (pool.getMaxTasksPerWorker() < 0) {
            throw invalid("interpy.pool.max-tasks-per-worker", pool.getMaxTasksPerWorker(), "must be >= 0 (0 means never)");
        }
        requirePositive("interpy.pool.idle-timeout", pool.getIdleTimeout(), false);
        requirePositive("interpy.pool.max-worker-age", pool.getMaxWorkerAge(), true);
        requirePositive("interpy.pool.worker-start-timeout", pool.getWorkerStartTimeout(), false);
        requirePositive("interpy.call.timeout", properties.getCall().getTimeout(), true);
        requirePositive("interpy.call.slow-threshold", properties.getCall().getSlowThreshold(), true);
        Duration await = properties.getShutdown().getAwaitTerminationPeriod();
        if (await == null || await.isNegative()) {
            throw invalid("interpy.shutdown.await-termination-period", await, "must be >= 0");
        }
        String name = properties.getName();
        if (name == null || name.isBlank()
                || !name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.')) {
            throw invalid("interpy.name", name, "must be letters, digits, '-', '_' or '.'");
        }
        validatePath(properties.getPython().getPath());
        DataSize tempMax = properties.getPython().getTempDirectoryMaxSize();
        if (tempMax == null || tempMax.toBytes() < ContextFileSystem.MIN_TEMP_SIZE
                || tempMax.toBytes() > ContextFileSystem.MAX_TEMP_SIZE) {
            throw invalid("interpy.python.temp-directory-max-size", tempMax,
                    "must be between 8KB (one block of the in-memory file system) and 16TB");
        }
        List<String> preload = properties.getPython().getPreloadModules();
        for (int i = 0; i < preload.size(); i++) {
            if (preload.get(i) == null || preload.get(i).isBlank()) {
                throw invalid("interpy.python.preload-modules[" + i + "]", preload.get(i), "must name a module");
            }
        }
    }

    private void validatePath(List<String> path) {
        if (path == null || path.isEmpty()) {
            throw invalid("interpy.python.path", path, "must name at least one module root");
        }
        for (int i = 0; i < path.size(); i++) {
            String entry = path.get(i);
            String property = "interpy.python.path[" + i + "]";
            if (entry == null || entry.isBlank()) {
                throw invalid(property, entry, "must not be empty");
            }
            // The core resolves entries exactly as the pool will (every form, layout checks), so
            // what passes here is what the pool accepts; only the property name is added.
            try {
                ModuleRoots.resolve(List.of(entry), classLoader);
            } catch (IllegalArgumentException | UncheckedIOException e) {
                String hint = entry.startsWith("classpath:")
                        ? " (Python modules go under src/main/resources/" + entry.substring("classpath:".length()).replaceAll("^/+", "") + ")"
                        : "";
                throw invalid(property, entry, e.getMessage() + hint);
            }
        }
    }

    private static void requirePositive(String property, Duration value, boolean optional) {
        if (value == null ? !optional : value.isNegative() || value.isZero()) {
            throw invalid(property, value, optional ? "must be positive when set" : "must be positive");
        }
    }

    private static InvalidConfigurationPropertyValueException invalid(String property, Object value, String reason) {
        return new InvalidConfigurationPropertyValueException(property, value, reason);
    }
}
