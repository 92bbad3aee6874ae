package io.interpy.internal.pool;

import io.interpy.WorkerStartException;

/**
 * Where a pool's workers get their interpreters: the shared GraalPy engine in production
 * ({@link GraalPyInterpreters}), a stub in tests of the pool's state machine.
 */
interface InterpreterSource {

    /**
     * A new interpreter, ready for calls (preloads imported).
     *
     * @throws WorkerStartException when it cannot be created; whatever was created is closed
     */
    Interpreter start();

    /** Whether calls run with the Truffle JIT (reported in stats, and a WARN when not). */
    boolean jitEnabled();

    /**
     * Which version of the Python sources a new interpreter would see: it changes when hot
     * reload is on and a source under a directory root changed. Always 0 without hot reload.
     */
    default long sourceGeneration() {
        return 0;
    }

    /** After every worker has closed its interpreter: releases what the interpreters shared. */
    void close();
}
