package io.interpy;

import io.interpy.event.WorkerState;
import java.time.Duration;

/**
 * What one worker is doing, for an operator looking at a live pool (the Actuator endpoint
 * shows a list of these).
 *
 * @param id            the worker's number, as in its thread name {@code interpy-<pool>-<id>}
 * @param state         what it is doing now
 * @param callsServed   calls this worker ran, across context replacements
 * @param contextAge    how long its current context has existed (zero while starting)
 * @param currentTarget the target running now, or {@code null}
 * @param runningFor    how long the current call has run, or {@code null}
 */
public record WorkerInfo(int id, WorkerState state, long callsServed, Duration contextAge, String currentTarget,
        Duration runningFor) {
}
