package io.interpy.spring.boot.autoconfigure;

import io.interpy.InterpreterExecutor;
import io.interpy.InterpreterExecutorBuilder;
import io.interpy.InvalidSettingException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.ClassUtils;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * Maps {@code interpy.*} properties onto the core's builder, and the core's validation back onto
 * the properties. The core checks every setting in one place and names the setting the way the
 * builder spells it; a user who wrote {@code application.yml} is told the property instead (Boot's
 * failure analyzer prints it as "property ... is invalid"), so no check is written twice and the
 * two can never disagree.
 */
final class SettingProperties {

    /** Builder setting name to property name; list settings keep their {@code [i]}. */
    private static final Map<String, String> PROPERTIES = Map.ofEntries(
            Map.entry("name", "interpy.name"),
            Map.entry("minSize", "interpy.pool.min-size"),
            Map.entry("maxSize", "interpy.pool.max-size"),
            Map.entry("queueCapacity", "interpy.pool.queue-capacity"),
            Map.entry("idleTimeout", "interpy.pool.idle-timeout"),
            Map.entry("maxTasksPerWorker", "interpy.pool.max-tasks-per-worker"),
            Map.entry("maxWorkerAge", "interpy.pool.max-worker-age"),
            Map.entry("workerStartTimeout", "interpy.pool.worker-start-timeout"),
            Map.entry("prestartInBackground", "interpy.pool.prestart-in-background"),
            Map.entry("pythonPath", "interpy.python.path"),
            Map.entry("preloadModules", "interpy.python.preload-modules"),
            Map.entry("logPythonOutput", "interpy.python.log-output"),
            Map.entry("tempDirectoryMaxSize", "interpy.python.temp-directory-max-size"),
            Map.entry("timeZone", "interpy.python.time-zone"),
            Map.entry("callTimeout", "interpy.call.timeout"),
            Map.entry("slowCallThreshold", "interpy.call.slow-threshold"),
            Map.entry("streamIdleTimeout", "interpy.call.stream-idle-timeout"),
            Map.entry("reloadModules", "interpy.python.reload"),
            Map.entry("engineKeepAlive", "interpy.pool.engine-keep-alive"),
            Map.entry("awaitTermination", "interpy.shutdown.await-termination-period"),
            Map.entry("sandbox", "interpy.sandbox"));

    private static final Pattern SETTING = Pattern.compile("\\b(" + String.join("|", PROPERTIES.keySet()) + ")\\b");

    /** Present when Spring Boot DevTools is: the development setup in which hot reload is on by default. */
    static final String DEVTOOLS_RESTARTER = "org.springframework.boot.devtools.restart.Restarter";

    private SettingProperties() {
    }

    /** A builder holding the properties; settings without a value keep the builder's defaults. */
    static InterpreterExecutorBuilder builder(InterpyProperties properties, ClassLoader classLoader) {
        InterpreterExecutorBuilder builder = InterpreterExecutor.builder().classLoader(classLoader);
        PropertyMapper map = PropertyMapper.get();
        InterpyProperties.Pool pool = properties.getPool();
        InterpyProperties.Python python = properties.getPython();
        map.from(properties::getName).to(builder::name);
        map.from(pool::getMinSize).to(builder::minSize);
        map.from(pool::getMaxSize).to(builder::maxSize);
        map.from(pool::getQueueCapacity).to(builder::queueCapacity);
        map.from(pool::getIdleTimeout).to(builder::idleTimeout);
        map.from(pool::getMaxTasksPerWorker).to(builder::maxTasksPerWorker);
        map.from(pool::getMaxWorkerAge).to(builder::maxWorkerAge);
        map.from(pool::getWorkerStartTimeout).to(builder::workerStartTimeout);
        map.from(pool::isPrestartInBackground).to(builder::prestartInBackground);
        map.from(pool::getEngineKeepAlive).to(builder::engineKeepAlive);
        map.from(python::getPath).to(builder::pythonPath);
        map.from(python::getPreloadModules).to(builder::preloadModules);
        map.from(python::isLogOutput).to(builder::logPythonOutput);
        map.from(python::getTempDirectoryMaxSize).as(size -> size.toBytes()).to(builder::tempDirectoryMaxSize);
        map.from(python::getTimeZone).to(builder::timeZone);
        map.from(properties.getCall()::getTimeout).to(builder::callTimeout);
        map.from(properties.getCall()::getSlowThreshold).to(builder::slowCallThreshold);
        map.from(properties.getCall()::getStreamIdleTimeout).to(builder::streamIdleTimeout);
        builder.reloadModules(python.getReload() != null ? python.getReload()
                : ClassUtils.isPresent(DEVTOOLS_RESTARTER, classLoader));
        map.from(properties.getShutdown()::getAwaitTerminationPeriod).to(builder::awaitTermination);
        builder.sandbox(properties.getSandbox().toSandbox());
        return builder;
    }

    /** Builds the pool; a setting the core refuses is reported as the property it came from. */
    static InterpreterExecutor build(InterpreterExecutorBuilder builder) {
        try {
            return builder.build();
        } catch (InvalidSettingException e) {
            throw toProperty(e);
        }
    }

    static InvalidConfigurationPropertyValueException toProperty(InvalidSettingException e) {
        String property = property(e.setting());
        String reason = rename(e.reason());
        String value = String.valueOf(e.value());
        if (property.startsWith("interpy.python.path[") && value.startsWith("classpath:")) {
            reason += " (Python modules go under src/main/resources/"
                    + value.substring("classpath:".length()).replaceAll("^/+", "") + ")";
        }
        return new InvalidConfigurationPropertyValueException(property, e.value(), reason);
    }

    /** {@code pythonPath[1]} becomes {@code interpy.python.path[1]}; an unknown setting stays as it is. */
    static String property(String setting) {
        int bracket = setting.indexOf('[');
        String base = bracket < 0 ? setting : setting.substring(0, bracket);
        String property = PROPERTIES.get(base);
        return property == null ? setting : property + (bracket < 0 ? "" : setting.substring(bracket));
    }

    private static String rename(String reason) {
        Matcher m = SETTING.matcher(reason);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(PROPERTIES.get(m.group(1))));
        }
        return m.appendTail(sb).toString();
    }
}
