package io.interpy;

import org.graalvm.polyglot.Context;

/**
 * The last step of creating a worker's context: the executor prepares a sandboxed
 * {@link Context.Builder} on the shared engine and hands it here. The default just builds it.
 * A replacement can add options of its own, or wrap the default to inject faults (slow, failing
 * or hanging starts) when testing how an application copes with them.
 */
@FunctionalInterface
public interface ContextFactory {

    /** The default: {@code builder.build()}. */
    ContextFactory DEFAULT = Context.Builder::build;

    /**
     * Creates the context. Any exception means this worker could not start; the executor retries
     * with backoff and reports the failure to waiting calls.
     */
    Context create(Context.Builder builder) throws Exception;
}
