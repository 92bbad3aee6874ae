package io.interpy.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import io.interpy.InterpreterExecutor;
import io.interpy.sample.Analytics.PrimeCount;
import io.interpy.sample.Analytics.Summary;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * The application's own code tested without Python: {@code interpy.enabled=false} leaves out
 * the engine, the workers and the startup check, and the Python interfaces are mocks. Such a
 * context starts in about a second instead of the engine's several.
 */
@SpringBootTest(properties = "interpy.enabled=false")
class MockedPythonTests {

    @MockitoBean
    private Stats stats;

    @MockitoBean
    private Primes primes;

    @MockitoBean
    private Feeds feeds;

    @Autowired
    private AnalyticsController controller;

    @Autowired
    private ObjectProvider<InterpreterExecutor> executors;

    @Test
    void theControllerUsesWhatTheMockedPythonInterfacesReturn() {
        Summary summary = new Summary(2, 1.5, 1.5, 0.7, 1.0, 2.0);
        given(stats.summary(List.of(1.0, 2.0))).willReturn(summary);
        given(primes.countBelow(10)).willReturn(CompletableFuture.completedFuture(new PrimeCount(10, 4)));
        given(primes.primesBelow(10)).willReturn(Flux.just(2L, 3L, 5L, 7L));

        assertThat(controller.stats(List.of(1.0, 2.0))).isEqualTo(summary);
        assertThat(controller.primes(10).join()).isEqualTo(new PrimeCount(10, 4));
        StepVerifier.create(controller.primeStream(10)).expectNext(2L, 3L, 5L, 7L).verifyComplete();
        assertThat(executors.getIfAvailable()).isNull();
    }
}
