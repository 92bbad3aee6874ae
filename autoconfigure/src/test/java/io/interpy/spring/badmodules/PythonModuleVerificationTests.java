package io.interpy.spring.badmodules;

import static org.assertj.core.api.Assertions.assertThat;

import io.interpy.InterpreterExecutor;
import io.interpy.spring.annotation.PythonModule;
import io.interpy.spring.annotation.PythonModuleScan;
import io.interpy.spring.annotation.RunInInterpreter;
import io.interpy.spring.boot.autoconfigure.InterpyAutoConfiguration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ContextConsumer;
import org.springframework.context.annotation.Configuration;

/**
 * {@code @PythonModule} interfaces are checked at startup exactly as {@code @RunInInterpreter}
 * methods are, and registered only where asked ({@link PythonModuleScan}). This package is
 * outside every test application's auto-configuration packages, so nothing here is found
 * unless a test names it.
 */
class PythonModuleVerificationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(InterpyAutoConfiguration.class))
            .withPropertyValues("interpy.pool.min-size=1", "interpy.pool.max-size=1");

    @PythonModule("calc")
    public interface Calc {
        long add(long a, long b);

        @RunInInterpreter("scale")
        CompletableFuture<List<Long>> scaled(List<Long> values, @io.interpy.spring.annotation.PyKwarg long factor);

        @RunInInterpreter("obs:ok")
        String elsewhere(String value);
    }

    @PythonModule("nosuchmodule")
    public interface MissingModule {
        long run();
    }

    @PythonModule("calc")
    public interface MissingFunction {
        long nope();
    }

    @PythonModule(value = "calc", name = "tooMany")
    public interface TooManyArguments {
        long add(long a, long b, long c);
    }

    @PythonModule("calc")
    public interface BadReturn {
        java.util.concurrent.Future<Long> add(long a, long b);
    }

    @PythonModule("calc")
    public interface RawStream {
        @SuppressWarnings("rawtypes")
        java.util.stream.Stream add(long a, long b);
    }

    @Configuration(proxyBeanMethods = false)
    @PythonModuleScan(clients = Calc.class)
    static class ScanCalc {
    }

    @Configuration(proxyBeanMethods = false)
    @PythonModuleScan(clients = { MissingModule.class, MissingFunction.class, TooManyArguments.class })
    static class ScanBroken {
    }

    @Configuration(proxyBeanMethods = false)
    @PythonModuleScan(clients = BadReturn.class)
    static class ScanBadReturn {
    }

    @Configuration(proxyBeanMethods = false)
    @PythonModuleScan(clients = RawStream.class)
    static class ScanRawStream {
    }

    @Test
    void aValidInterfaceStartsAndItsMethodsCallTheirFunctions() {
        runner.withUserConfiguration(ScanCalc.class).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Calc.class);
            Calc calc = context.getBean(Calc.class);
            assertThat(calc.add(2, 3)).isEqualTo(5);
            assertThat(calc.scaled(List.of(1L, 2L), 10).join()).containsExactly(10L, 20L);
            assertThat(calc.elsewhere("x")).isEqualTo("x");
            assertThat(context.getBean("pythonModuleVerificationTests.Calc")).isSameAs(calc);
        });
    }

    @Test
    void everyBrokenMethodIsReportedInOneFailure() {
        runner.withUserConfiguration(ScanBroken.class).run(failsWith(
                "@PythonModule method MissingModule.run() of bean", "nosuchmodule:run", "ModuleNotFoundError",
                "@PythonModule method MissingFunction.nope()", "calc:nope",
                "@PythonModule method TooManyArguments.add(long, long, long) of bean 'tooMany'", "3 positional argument(s)"));
    }

    @Test
    void aFutureThatIsNotACompletableFutureFailsStartup() {
        runner.withUserConfiguration(ScanBadReturn.class).run(failsWith("BadReturn.add(long, long)",
                "CompletableFuture<T> or CompletionStage<T>"));
    }

    @Test
    void aStreamWithoutElementTypeFailsStartup() {
        runner.withUserConfiguration(ScanRawStream.class).run(failsWith("RawStream.add(long, long)", "without an element type"));
    }

    @Test
    void disabledInterpyStartsNoPoolAndChecksNothing() {
        runner.withUserConfiguration(ScanBroken.class).withPropertyValues("interpy.enabled=false").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(InterpreterExecutor.class);
            assertThat(context).doesNotHaveBean(io.interpy.spring.annotation.RunInInterpreterVerifier.class);
        });
    }

    private static ContextConsumer<AssertableApplicationContext> failsWith(String... fragments) {
        return context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            while (failure.getCause() != null && !(failure instanceof io.interpy.spring.annotation.RunInInterpreterVerificationException)) {
                failure = failure.getCause();
            }
            assertThat(failure.getMessage()).contains(fragments);
        };
    }
}
