package io.interpy.internal.pool;

import io.interpy.CallTimeoutException;
import io.interpy.UncheckedCallTimeoutException;
import java.util.concurrent.CompletionException;

/** How a call's failure is thrown where only unchecked exceptions may be (stream consumers). */
final class Failures {

    private Failures() {
    }

    static RuntimeException unchecked(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure instanceof CallTimeoutException timeout) {
            return new UncheckedCallTimeoutException(timeout);
        }
        return new CompletionException(failure);
    }
}
