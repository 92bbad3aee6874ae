package io.interpy.spring.annotation;

import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;
import org.springframework.core.ReactiveAdapter;
import org.springframework.core.ReactiveAdapterRegistry;
import org.springframework.core.ResolvableType;
import org.springframework.util.ClassUtils;

/**
 * What a Python method's return type asks for: wait for the value, a future of it, a reactive
 * publisher of it, or a stream of a generator's items. Reactive types are recognised the way
 * Spring MVC and WebFlux recognise them, through {@link ReactiveAdapterRegistry}, so they apply
 * only when Project Reactor is on the class path.
 */
enum ReturnKind {

    /** {@code T}: the caller's thread waits; failures are thrown. */
    BLOCKING(false),
    /** {@code void}: waits as BLOCKING and drops the result. */
    VOID(false),
    /** {@code Optional<T>}: waits; None is empty. */
    OPTIONAL(false),
    FUTURE(false),
    STAGE(false),
    /** {@code Mono<T>} and other single-value reactive types: a call on each subscription. */
    SINGLE_REACTIVE(false),
    /** {@code Stream<E>}: a generator's items as Java pulls them. */
    STREAM(true),
    /** {@code Iterator<E>}: as STREAM; the iterator is also {@link AutoCloseable}. */
    ITERATOR(true),
    /** {@code Flux<E>}, {@code Publisher<E>} and other multi-value reactive types: streamed on each subscription. */
    MULTI_REACTIVE(true);

    private static final boolean REACTIVE = ClassUtils.isPresent("reactor.core.publisher.Flux", ReturnKind.class.getClassLoader());

    private final boolean streamed;

    ReturnKind(boolean streamed) {
        this.streamed = streamed;
    }

    boolean isStreamed() {
        return streamed;
    }

    static ReturnKind of(ResolvableType returnType) {
        Class<?> raw = returnType.toClass();
        if (raw == void.class) {
            return VOID;
        }
        if (raw == CompletableFuture.class) {
            return FUTURE;
        }
        if (raw == CompletionStage.class) {
            return STAGE;
        }
        if (raw == Optional.class) {
            return OPTIONAL;
        }
        if (raw == Stream.class) {
            return STREAM;
        }
        if (raw == Iterator.class) {
            return ITERATOR;
        }
        ReactiveAdapter adapter = reactiveAdapter(raw);
        if (adapter != null) {
            return adapter.isMultiValue() ? MULTI_REACTIVE : SINGLE_REACTIVE;
        }
        if (CompletionStage.class.isAssignableFrom(raw) || java.util.concurrent.Future.class.isAssignableFrom(raw)) {
            throw new IllegalStateException("returns " + returnType + ": a future must be declared as CompletableFuture<T>"
                    + " or CompletionStage<T>");
        }
        if (raw.getName().startsWith("reactor.") || raw.getName().equals("org.reactivestreams.Publisher")) {
            throw new IllegalStateException("returns " + returnType + ", a reactive type, but Project Reactor"
                    + " (io.projectreactor:reactor-core) is not on the class path");
        }
        return BLOCKING;
    }

    /** The adapter Spring has for a reactive type, or null (always null without Reactor). */
    static ReactiveAdapter reactiveAdapter(Class<?> raw) {
        if (!REACTIVE || raw == Object.class) {
            return null;
        }
        return ReactiveAdapterRegistry.getSharedInstance().getAdapter(raw);
    }

    /** The type each value (or item) converts to. */
    ResolvableType valueType(ResolvableType returnType) {
        return switch (this) {
            case BLOCKING, VOID -> returnType;
            case FUTURE, STAGE -> returnType.as(CompletionStage.class).getGeneric(0);
            case OPTIONAL, STREAM, ITERATOR, SINGLE_REACTIVE, MULTI_REACTIVE -> returnType.getGeneric(0);
        };
    }
}
