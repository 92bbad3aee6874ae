package io.interpy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

import org.junit.jupiter.api.Test;

/** A call is admitted before its arguments are encoded, and a failed encoding gives its place back. */
class AdmissionBeforeEncodingTest {

    @Test
    void aRejectedCallIsNotEncodedAndAFailedEncodingFreesItsPlace() {
        try (InterpreterExecutor executor = InterpreterExecutor.builder().name("admission").minSize(1).maxSize(1)
                .queueCapacity(1).logPythonOutput(false).build()) {
            CompletableFuture<Object> running = executor.call("time:sleep", Object.class, 0.5);
            CompletableFuture<Object> queued = executor.call("time:sleep", Object.class, 0.01);

            // The pool is full: the call is refused before its argument (which cannot be encoded) is looked at.
            assertThatThrownBy(() -> executor.call("time:sleep", Object.class, new Object()))
                    .isInstanceOf(RejectedExecutionException.class).hasMessageContaining("admission");
            running.join();
            queued.join();

            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> executor.call("time:sleep", Object.class, new Object()))
                        .isInstanceOf(ConversionException.class);
            }
            // Had the failed encodings kept their places, the second of these would be refused.
            CompletableFuture<Object> first = executor.call("time:sleep", Object.class, 0.2);
            CompletableFuture<Object> second = executor.call("time:sleep", Object.class, 0.01);
            first.join();
            second.join();
            assertThat(executor.stats().rejected()).isEqualTo(1);
        }
    }
}
