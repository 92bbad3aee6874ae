package io.interpy.event;

/** What a worker is doing ({@code WorkerInfo.state()}, the Actuator endpoint's {@code state}). */
public enum WorkerState {
    /** Creating its interpreter (or waiting to retry after a failed start). */
    STARTING,
    /** Ready, waiting for a call. */
    IDLE,
    /** Running a call. */
    BUSY,
    /** Its thread has ended. */
    CLOSED
}
