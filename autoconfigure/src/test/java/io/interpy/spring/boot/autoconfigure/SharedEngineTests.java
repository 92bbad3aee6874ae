package io.interpy.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.interpy.InterpreterExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A second application context with the same Interpy settings starts on the engine the first
 * one warmed (what a test suite of several contexts, or a DevTools restart, needs), and one with
 * different engine settings does not. Each context reports which it got in its start line.
 */
@ExtendWith(OutputCaptureExtension.class)
class SharedEngineTests {

    private static final String SHARED = "warm engine shared with an earlier pool";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(InterpyAutoConfiguration.class))
            .withPropertyValues("interpy.pool.min-size=1", "interpy.pool.max-size=1");

    private static long firstResultMillis(InterpreterExecutor executor, long begin) {
        assertThat(executor.call("calc:add", Long.class, 1, 2).join()).isEqualTo(3L);
        return (System.nanoTime() - begin) / 1_000_000;
    }

    @Test
    void aSecondContextWithTheSameSettingsReusesTheFirstOnesEngine(CapturedOutput output) {
        String[] names = { "first", "second" };
        for (String name : names) {
            long begin = System.nanoTime();
            runner.withPropertyValues("interpy.name=" + name).run(context -> {
                assertThat(context).hasNotFailed();
                long millis = firstResultMillis(context.getBean(InterpreterExecutor.class), begin);
                System.out.println("Context '" + name + "' answered its first call after " + millis + " ms");
            });
        }
        // the first pool may itself reuse an engine an earlier test class left warm
        assertThat(output.getOut()).containsPattern("Interpy pool 'second' starting: .*" + SHARED);
    }

    @Test
    void differentEngineOptionsGetAnEngineOfTheirOwn(CapturedOutput output) {
        runner.withPropertyValues("interpy.name=own", "interpy.pool.engine-keep-alive=0s")
                .withBean(InterpreterExecutorCustomizer.class, () -> builder -> builder.engineOption("engine.TraceCompilation", "false"))
                .run(context -> assertThat(context).hasNotFailed());
        assertThat(output.getOut()).containsPattern("Interpy pool 'own' starting: ").doesNotContainPattern("'own' starting: .*" + SHARED);
    }
}
