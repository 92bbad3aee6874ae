package io.interpy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code prestartInBackground}: build() returns while the first contexts start; prestarted() reports them. */
class BackgroundPrestartTest {

    @Test
    void buildReturnsBeforeTheFirstWorkerIsReadyAndCallsMadeMeanwhileAreServed() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ContextFactory held = builder -> {
            release.await();
            return builder.build();
        };
        try (InterpreterExecutor executor = InterpreterExecutor.builder().name("bg").minSize(1).maxSize(1)
                .preloadModules("mathmod").contextFactory(held).prestartInBackground(true).build()) {
            CompletableFuture<Void> prestarted = executor.prestarted();
            CompletableFuture<Long> early = executor.call("mathmod:add", Long.class, 2, 3);
            Thread.sleep(200);
            assertThat(prestarted).isNotDone();
            assertThat(early).isNotDone();
            assertThat(executor.stats().idle()).isZero();

            release.countDown();
            prestarted.get(60, TimeUnit.SECONDS);
            assertThat(early.get(60, TimeUnit.SECONDS)).isEqualTo(5L);
            assertThat(executor.stats().contextsCreated()).isEqualTo(1);
        }
    }

    @Test
    void aFailingFirstStartFailsPrestartedNamingThePoolWhileThePoolKeepsRetrying() throws Exception {
        try (InterpreterExecutor executor = InterpreterExecutor.builder().name("bg-broken").minSize(1).maxSize(1)
                .preloadModules("broken_import").prestartInBackground(true).build()) {
            assertThatThrownBy(() -> executor.prestarted().get(60, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(WorkerStartException.class)
                    .hasMessageContaining("bg-broken").hasMessageContaining("broken_import");
            assertThat(executor.isShutdown()).isFalse();
            assertThat(executor.lastStartFailure()).isNotNull();
        }
    }

    @Test
    void closingWhileTheFirstWorkersStartCompletesPrestartedExceptionally() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        ContextFactory slow = builder -> {
            entered.countDown();
            Thread.sleep(1_000);
            return builder.build();
        };
        InterpreterExecutor executor = InterpreterExecutor.builder().name("bg-closed").minSize(1).maxSize(1)
                .contextFactory(slow).prestartInBackground(true).awaitTermination(java.time.Duration.ofSeconds(30)).build();
        CompletableFuture<Void> prestarted = executor.prestarted();
        assertThat(entered.await(60, TimeUnit.SECONDS)).isTrue();
        executor.close();
        assertThat(prestarted).isCompletedExceptionally();
        assertThat(executor.isTerminated()).isTrue();
        assertThat(executor.stats().contextsCreated()).isEqualTo(executor.stats().contextsClosed());
    }

    @Test
    void aBlockingBuildHasItsPrestartedFutureAlreadyComplete() {
        try (InterpreterExecutor executor = InterpreterExecutor.builder().name("blocking").minSize(1).maxSize(1).build()) {
            assertThat(executor.prestarted()).isCompleted();
        }
    }
}
