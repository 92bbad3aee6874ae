package io.interpy.bench;

import io.interpy.InterpreterExecutor;
import io.interpy.spring.annotation.PythonModule;
import io.interpy.spring.annotation.RunInInterpreter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * Warm sequential round trip of inc(1) through a {@code @RunInInterpreter} bean and through a
 * {@code @PythonModule} interface (as a future and blocking): what each costs on top of
 * executor.call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AnnotationBenchmark {

    private ConfigurableApplicationContext context;
    private Inc bean;
    private IncModule module;

    @Setup(Level.Trial)
    public void start() {
        context = new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE).logStartupInfo(false)
                .properties("interpy.pool.min-size=1", "interpy.pool.max-size=1",
                        "interpy.python.preload-modules=bench", "interpy.python.log-output=false")
                .run();
        BenchPools.requireJit(context.getBean(InterpreterExecutor.class));
        bean = context.getBean(Inc.class);
        module = context.getBean(IncModule.class);
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    @Benchmark
    public Long inc() {
        return bean.inc(1).join();
    }

    @Benchmark
    public Long interfaceFuture() {
        return module.inc(1).join();
    }

    @Benchmark
    public long interfaceBlocking() {
        return module.incBlocking(1);
    }

    /** The annotated bean; its body never runs. */
    public static class Inc {
        @RunInInterpreter("bench:inc")
        public CompletableFuture<Long> inc(long x) {
            return null;
        }
    }

    /** The interface form, found in this package (the application's auto-configuration package). */
    @PythonModule("bench")
    public interface IncModule {
        CompletableFuture<Long> inc(long x);

        @RunInInterpreter("inc")
        long incBlocking(long x);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(Inc.class)
    static class App {
    }
}
