package io.interpy.spring.annotation;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.core.ReactiveAdapter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Reactive returns, in a class of their own so that nothing loads Reactor unless a method
 * returns a reactive type. Each subscription makes its own call, as reactive types expect.
 */
final class ReactorCalls {

    private ReactorCalls() {
    }

    /**
     * A {@code Mono} (or the single-value type {@code raw} names) of one call: None completes
     * empty, and cancelling the subscription cancels the call as {@code cancel(true)} does, so
     * the Python code is stopped.
     */
    static Object single(Class<?> raw, Supplier<CompletableFuture<Object>> call) {
        Mono<Object> mono = Mono.create(sink -> {
            CompletableFuture<Object> future;
            try {
                future = call.get();
            } catch (RuntimeException | Error ex) {
                sink.error(ex);
                return;
            }
            sink.onCancel(() -> future.cancel(true));
            future.whenComplete((value, error) -> {
                if (error != null) {
                    sink.error(error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
                } else if (value == null) {
                    sink.success();
                } else {
                    sink.success(value);
                }
            });
        });
        return adapt(raw, mono);
    }

    /**
     * A {@code Flux} (or the multi-value type {@code raw} names) of a generator's items. The
     * stream is read on a bounded-elastic thread as the subscriber requests items (so Python
     * runs at most one batch ahead of demand), and closed on completion, error or cancel, which
     * closes the generator and frees its worker.
     */
    static Object multi(Class<?> raw, Supplier<Stream<Object>> stream) {
        Flux<Object> flux = Flux.defer(() -> Flux.fromStream(stream.get())).subscribeOn(Schedulers.boundedElastic());
        return adapt(raw, flux);
    }

    private static Object adapt(Class<?> raw, org.reactivestreams.Publisher<Object> publisher) {
        if (raw.isInstance(publisher)) {
            return publisher;
        }
        ReactiveAdapter adapter = ReturnKind.reactiveAdapter(raw);
        return adapter.fromPublisher(publisher);
    }
}
