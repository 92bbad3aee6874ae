package io.interpy.spring.boot.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.interpy.InterpreterExecutor;
import io.interpy.spring.boot.autoconfigure.InterpyAutoConfiguration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;

/** The log lines an operator relies on, captured from Logback; one context shared by the tests. */
@SpringBootTest(classes = InterpyLoggingTests.Config.class, properties = {
        "interpy.pool.min-size=1", "interpy.pool.max-size=1", "interpy.call.slow-threshold=1s" })
class InterpyLoggingTests {

    @Autowired
    private InterpreterExecutor executor;

    private final ListAppender<ILoggingEvent> poolLog = new ListAppender<>();
    private final ListAppender<ILoggingEvent> pythonLog = new ListAppender<>();

    @BeforeEach
    void capture() {
        attach("io.interpy.pool.interpy", poolLog);
        attach("io.interpy.python.interpy", pythonLog);
    }

    @AfterEach
    void release() {
        ((Logger) LoggerFactory.getLogger("io.interpy.pool.interpy")).detachAppender(poolLog);
        ((Logger) LoggerFactory.getLogger("io.interpy.python.interpy")).detachAppender(pythonLog);
    }

    @Test
    void slowCallLogsExactlyOneWarnLineWithTargetAndDurationAndFastCallsNone() throws Exception {
        executor.call("obs:ok", Integer.class, 0).get(30, TimeUnit.SECONDS); // imports the module: may be slow itself
        poolLog.list.clear();
        executor.call("obs:ok", Integer.class, 1).get(30, TimeUnit.SECONDS);
        executor.call("obs:sleep", Double.class, 1.2).get(30, TimeUnit.SECONDS);
        executor.call("obs:ok", Integer.class, 2).get(30, TimeUnit.SECONDS);

        List<ILoggingEvent> warnings = poolLog.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
        assertThat(warnings).hasSize(1);
        String line = warnings.get(0).getFormattedMessage();
        assertThat(line).contains("obs:sleep").contains("threshold 1000 ms").containsPattern("took (1[2-9]\\d\\d|[2-9]\\d{3}|\\d{5,}) ms");
        assertThat(poolLog.list).noneMatch(e -> e.getFormattedMessage().contains("obs:ok"));
    }

    @Test
    void pythonPrintReachesTheExecutorLoggerLineByLine() throws Exception {
        executor.call("obs:say", Integer.class, "hello from python").get(30, TimeUnit.SECONDS);

        assertThat(pythonLog.list).extracting(ILoggingEvent::getLevel, ILoggingEvent::getFormattedMessage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Level.INFO, "hello from python"),
                        org.assertj.core.groups.Tuple.tuple(Level.WARN, "err hello from python"));
        assertThat(pythonLog.list).allMatch(e -> e.getThreadName().startsWith("interpy-interpy-"));
    }

    @Test
    void everyLineOfAPoolComesFromItsOneLogger() {
        ListAppender<ILoggingEvent> ownLog = new ListAppender<>();
        ListAppender<ILoggingEvent> classLoggers = new ListAppender<>();
        attach("io.interpy.pool.single-logger", ownLog);
        ((Logger) LoggerFactory.getLogger("io.interpy.pool.single-logger")).setLevel(Level.DEBUG);
        attach("io.interpy.internal", classLoggers);
        ((Logger) LoggerFactory.getLogger("io.interpy.internal")).setLevel(Level.DEBUG);
        try {
            try (InterpreterExecutor other = InterpreterExecutor.builder().name("single-logger").minSize(1).maxSize(1)
                    .logPythonOutput(false).build()) {
                other.call("math:sqrt", Double.class, 4.0).join();
            }
            assertThat(ownLog.list).extracting(ILoggingEvent::getFormattedMessage)
                    .anyMatch(m -> m.contains("'single-logger' starting"))
                    .anyMatch(m -> m.contains("Worker 1 of single-logger started"))
                    .anyMatch(m -> m.contains("'single-logger' shut down"));
            assertThat(classLoggers.list).extracting(ILoggingEvent::getFormattedMessage)
                    .noneMatch(m -> m.contains("single-logger"));
        } finally {
            ((Logger) LoggerFactory.getLogger("io.interpy.pool.single-logger")).detachAppender(ownLog);
            ((Logger) LoggerFactory.getLogger("io.interpy.internal")).detachAppender(classLoggers);
            ((Logger) LoggerFactory.getLogger("io.interpy.internal")).setLevel(null);
        }
    }

    private static void attach(String loggerName, ListAppender<ILoggingEvent> appender) {
        Logger logger = (Logger) LoggerFactory.getLogger(loggerName);
        appender.start();
        logger.addAppender(appender);
        if (logger.getLevel() == null || !logger.isInfoEnabled()) {
            logger.setLevel(Level.INFO);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(InterpyAutoConfiguration.class)
    static class Config {
    }
}
