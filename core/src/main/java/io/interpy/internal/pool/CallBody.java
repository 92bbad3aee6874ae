package io.interpy.internal.pool;

/**
 * What a call does inside a worker's context: run a function, or only check that it exists and
 * accepts given arguments. Returns plain Java data; no guest value may escape.
 */
@FunctionalInterface
interface CallBody {

    Object run(Interpreter interpreter);
}
