package io.interpy.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.interpy.CallTimeoutException;
import io.interpy.InterpreterExecutor;
import io.interpy.WorkerStartException;
import io.interpy.spring.annotation.RunInInterpreterBeanPostProcessor;
import io.interpy.spring.annotation.RunInInterpreterVerifier;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** One scenario per test; pools are kept at one or two workers because each context costs ~1 s. */
class InterpyAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(InterpyAutoConfiguration.class));

    @Test
    void defaultsGiveOnePrestartedWorkerUpToProcessorCount() {
        runner.run(context -> {
            InterpreterExecutor executor = context.getBean(InterpreterExecutor.class);
            assertThat(executor.name()).isEqualTo("interpy");
            assertThat(executor.stats().minSize()).isEqualTo(1);
            assertThat(executor.stats().maxSize()).isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors()));
            assertThat(executor.stats().size()).isEqualTo(1);
            assertThat(executor.pythonPath()).containsExactly("classpath:python");
            assertThat(context).hasSingleBean(InterpreterExecutorLifecycle.class)
                    .hasSingleBean(RunInInterpreterBeanPostProcessor.class)
                    .hasSingleBean(RunInInterpreterVerifier.class);
            assertThat(executor.call("calc:add", Long.class, 2, 3).get(30, TimeUnit.SECONDS)).isEqualTo(5L);
        });
    }

    @Test
    void poolSizesReachTheExecutor() {
        runner.withPropertyValues("interpy.pool.min-size=0", "interpy.pool.max-size=2").run(context -> {
            InterpreterExecutor executor = context.getBean(InterpreterExecutor.class);
            assertThat(executor.stats().minSize()).isZero();
            assertThat(executor.stats().maxSize()).isEqualTo(2);
            assertThat(executor.stats().size()).isZero();
        });
    }

    @Test
    void nameReachesTheExecutor() {
        runner.withPropertyValues("interpy.name=analytics", "interpy.pool.min-size=0").run(context ->
                assertThat(context.getBean(InterpreterExecutor.class).stats().name()).isEqualTo("analytics"));
    }

    @Test
    void pythonPathEntriesAreAllImportable() {
        runner.withPropertyValues("interpy.python.path=classpath:python,classpath:python-extra", "interpy.pool.max-size=1")
                .run(context -> {
                    InterpreterExecutor executor = context.getBean(InterpreterExecutor.class);
                    assertThat(executor.pythonPath()).containsExactly("classpath:python", "classpath:python-extra");
                    assertThat(executor.call("extra:where", String.class).get(30, TimeUnit.SECONDS)).isEqualTo("python-extra");
                });
    }

    @Test
    void queueCapacityZeroRejectsACallWhileTheOnlyWorkerIsBusy() {
        runner.withPropertyValues("interpy.pool.max-size=1", "interpy.pool.queue-capacity=0").run(context -> {
            InterpreterExecutor executor = context.getBean(InterpreterExecutor.class);
            CompletableFuture<Double> busy = executor.call("calc:slow", Double.class, 0.5);
            assertThatThrownBy(() -> executor.call("calc:add", Long.class, 1, 2))
                    .isInstanceOf(RejectedExecutionException.class);
            assertThat(busy.get(30, TimeUnit.SECONDS)).isEqualTo(0.5);
        });
    }

    @Test
    void callTimeoutInterruptsALongCall() {
        runner.withPropertyValues("interpy.pool.max-size=1", "interpy.call.timeout=300ms").run(context -> {
            CompletableFuture<Double> call = context.getBean(InterpreterExecutor.class).call("calc:slow", Double.class, 20);
            assertThatThrownBy(() -> call.get(15, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(CallTimeoutException.class);
        });
    }

    @Test
    void preloadModulesAreImportedWhenAWorkerStarts() {
        runner.withPropertyValues("interpy.pool.max-size=1", "interpy.python.preload-modules=preload_marker").run(context ->
                assertThat(context.getBean(InterpreterExecutor.class).call("probe:preloaded", Boolean.class)
                        .get(30, TimeUnit.SECONDS)).isTrue());
    }

    @Test
    void preloadModuleThatFailsToImportStopsStartup() {
        runner.withPropertyValues("interpy.pool.max-size=1", "interpy.python.preload-modules=broken").run(context ->
                assertThat(context).getFailure().hasStackTraceContaining(WorkerStartException.class.getName())
                        .hasStackTraceContaining("broken on purpose"));
    }

    @Test
    void backgroundPrestartIsAwaitedBeforeTheContextFinishesStarting() {
        runner.withPropertyValues("interpy.pool.prestart-in-background=true", "interpy.pool.min-size=1",
                "interpy.pool.max-size=1").run(context -> {
            InterpreterExecutor executor = context.getBean(InterpreterExecutor.class);
            assertThat(executor.prestarted()).isCompleted();
            assertThat(executor.stats().contextsCreated()).isEqualTo(1);
            assertThat(context.getBean(InterpreterExecutorLifecycle.class).isRunning()).isTrue();
        });
    }

    @Test
    void backgroundPrestartFailureStopsStartupNamingThePool() {
        runner.withPropertyValues("interpy.pool.prestart-in-background=true", "interpy.name=bgfail",
                "interpy.pool.max-size=1", "interpy.python.preload-modules=broken")
                .run(context -> assertThat(context).getFailure()
                        .hasStackTraceContaining("Python pool 'bgfail' could not start")
                        .hasStackTraceContaining("broken on purpose"));
    }

    @Test
    void blockingPrestartByDefaultFailsWhileCreatingTheExecutorBean() {
        runner.withPropertyValues("interpy.pool.max-size=1",
                "interpy.python.preload-modules=broken")
                .run(context -> assertThat(context).getFailure()
                        .hasStackTraceContaining("Error creating bean with name 'interpreterExecutor'")
                        .hasStackTraceContaining(WorkerStartException.class.getName())
                        .hasStackTraceContaining("broken on purpose"));
    }

    @Test
    void idleTimeoutClosesWorkersAboveMinSize() {
        runner.withPropertyValues("interpy.pool.min-size=0", "interpy.pool.max-size=1", "interpy.pool.idle-timeout=200ms")
                .run(context -> {
                    InterpreterExecutor executor = context.getBean(InterpreterExecutor.class);
                    executor.call("calc:add", Long.class, 1, 1).get(30, TimeUnit.SECONDS);
                    await().atMost(Duration.ofSeconds(15)).until(() -> executor.stats().size() == 0);
                    assertThat(executor.stats().retired()).isGreaterThanOrEqualTo(1);
                });
    }

    @Test
    void maxTasksPerWorkerReplacesTheContext() {
        runner.withPropertyValues("interpy.pool.max-size=1", "interpy.pool.max-tasks-per-worker=1").run(context -> {
            InterpreterExecutor executor = context.getBean(InterpreterExecutor.class);
            Long first = executor.call("probe:context_id", Long.class).get(30, TimeUnit.SECONDS);
            Long second = executor.call("probe:context_id", Long.class).get(30, TimeUnit.SECONDS);
            assertThat(executor.stats().contextsCreated()).isGreaterThanOrEqualTo(2);
            assertThat(first).isNotNull();
            assertThat(second).isNotNull();
        });
    }

    @Test
    void sandboxHidesTheEnvironmentByDefault() {
        runner.withPropertyValues("interpy.pool.max-size=1").run(context ->
                assertThat(context.getBean(InterpreterExecutor.class).call("probe:sees_path_variable", Boolean.class)
                        .get(30, TimeUnit.SECONDS)).isFalse());
    }

    @Test
    void sandboxEnvironmentAccessShowsTheEnvironment() {
        runner.withPropertyValues("interpy.pool.max-size=1", "interpy.sandbox.environment-access=true").run(context ->
                assertThat(context.getBean(InterpreterExecutor.class).call("probe:sees_path_variable", Boolean.class)
                        .get(30, TimeUnit.SECONDS)).isTrue());
    }

    @Test
    void awaitTerminationPeriodBoundsShutdownOfARunningCall() {
        long[] closedAfter = new long[1];
        @SuppressWarnings("unchecked")
        CompletableFuture<Double>[] running = new CompletableFuture[1];
        InterpreterExecutor[] executor = new InterpreterExecutor[1];
        runner.withPropertyValues("interpy.pool.max-size=1", "interpy.shutdown.await-termination-period=200ms")
                .run(context -> {
                    executor[0] = context.getBean(InterpreterExecutor.class);
                    running[0] = executor[0].call("calc:slow", Double.class, 30);
                    await().until(() -> executor[0].stats().active() == 1);
                    long start = System.nanoTime();
                    context.close();
                    closedAfter[0] = System.nanoTime() - start;
                });
        assertThat(Duration.ofNanos(closedAfter[0])).isLessThan(Duration.ofSeconds(10));
        assertThat(executor[0].isTerminated()).isTrue();
        assertThat(running[0]).isCompletedExceptionally();
    }

    @Test
    void lifecycleStopsTheExecutorAfterTheWebServerStopsAcceptingRequests() {
        assertThat(InterpreterExecutorLifecycle.PHASE)
                .isLessThan(WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE)
                .isLessThan(WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE);
        runner.withPropertyValues("interpy.pool.min-size=0").run(context -> {
            InterpreterExecutor executor = context.getBean(InterpreterExecutor.class);
            assertThat(context.getBean(InterpreterExecutorLifecycle.class).isRunning()).isTrue();
            context.stop();
            assertThat(executor.isShutdown()).isTrue();
        });
    }

    @Test
    void backsOffWhenTheApplicationDefinesAnExecutor() {
        runner.withUserConfiguration(OwnExecutor.class).run(context -> {
            assertThat(context).hasSingleBean(InterpreterExecutor.class);
            assertThat(context.getBean(InterpreterExecutor.class).name()).isEqualTo("mine");
            assertThat(context).hasSingleBean(RunInInterpreterBeanPostProcessor.class);
        });
    }

    @Test
    void customizersApplyInOrderSoTheLastOneWins() {
        runner.withUserConfiguration(Customizers.class).withPropertyValues("interpy.pool.min-size=0").run(context -> {
            InterpreterExecutor executor = context.getBean(InterpreterExecutor.class);
            assertThat(executor.stats().maxSize()).isEqualTo(5);
            assertThat(executor.name()).isEqualTo("first");
        });
    }

    @Test
    void nothingIsConfiguredWithoutGraalPy() {
        runner.withClassLoader(new FilteredClassLoader(Engine.class)).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(InterpreterExecutor.class);
            assertThat(context).doesNotHaveBean(RunInInterpreterBeanPostProcessor.class);
            assertThat(context).doesNotHaveBean(InterpyProperties.class);
        });
    }

    @Test
    void maxSizeBelowMinSizeFailsNamingBothProperties() {
        runner.withPropertyValues("interpy.pool.min-size=2", "interpy.pool.max-size=1").run(context ->
                assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("Property interpy.pool.max-size with value '1' is invalid:"
                                + " must be >= interpy.pool.min-size (2)"));
    }

    @Test
    void negativeQueueCapacityFailsNamingTheProperty() {
        runner.withPropertyValues("interpy.pool.queue-capacity=-1").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("interpy.pool.queue-capacity")
                        .hasMessageContaining("-1"));
    }

    @Test
    void negativeMinSizeFailsNamingTheProperty() {
        runner.withPropertyValues("interpy.pool.min-size=-1").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("interpy.pool.min-size"));
    }

    @Test
    void pythonPathThatDoesNotExistFailsNamingTheEntry() {
        runner.withPropertyValues("interpy.python.path=classpath:python,classpath:no-such-dir").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("interpy.python.path[1]")
                        .hasMessageContaining("classpath:no-such-dir"));
    }

    @Test
    void pythonPathEntryThatIsNotAVfsLayoutFailsNamingTheEntryAndWhy() {
        runner.withPropertyValues("interpy.python.path=classpath:python,graalpy-vfs:python-extra").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("interpy.python.path[1]")
                        .hasMessageContaining("is not a GraalPy VFS layout"));
    }

    @Test
    void tempDirectoryLimitAndTimeZoneReachTheWorkers() {
        runner.withPropertyValues("interpy.pool.max-size=1", "interpy.python.temp-directory-max-size=1MB",
                "interpy.python.time-zone=Asia/Tokyo").run(context -> {
                    InterpreterExecutor executor = context.getBean(InterpreterExecutor.class);
                    assertThat(executor.call("probe:fill_temp", String.class, 2 << 20).get(60, TimeUnit.SECONDS)).isEqualTo("ENOSPC");
                    assertThat(executor.call("probe:fill_temp", String.class, 512 << 10).get(60, TimeUnit.SECONDS)).isEqualTo("ok");
                    assertThat(executor.call("probe:local_zone", List.class).get(60, TimeUnit.SECONDS))
                            .containsExactly("Asia/Tokyo", 32400.0);
                });
    }

    @Test
    void negativeTempDirectoryLimitFailsNamingTheProperty() {
        runner.withPropertyValues("interpy.python.temp-directory-max-size=-1B").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("interpy.python.temp-directory-max-size"));
    }

    @Test
    void nonPositiveCallTimeoutFailsNamingTheProperty() {
        runner.withPropertyValues("interpy.call.timeout=0s").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("interpy.call.timeout"));
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnExecutor {

        @Bean
        InterpreterExecutor myExecutor() {
            return InterpreterExecutor.builder().name("mine").minSize(0).maxSize(1).build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Customizers {

        @Bean
        @Order(2)
        InterpreterExecutorCustomizer second() {
            return builder -> builder.maxSize(5);
        }

        @Bean
        @Order(1)
        InterpreterExecutorCustomizer first() {
            return builder -> builder.maxSize(3).name("first");
        }
    }
}
