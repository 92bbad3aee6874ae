package io.interpy.bench.workloads;

/**
 * One workload on both runtimes. Ratios are CPython's time over Interpy's: above 1, Interpy is
 * faster. A workload whose answers differ (or change between iterations) is failed, never a speed-up.
 */
public record WorkloadResult(WorkloadSuite.Workload workload, Timing cpython, Timing interpy, String error) {

    public static WorkloadResult failed(WorkloadSuite.Workload workload, Timing cpython, Timing interpy, String error) {
        return new WorkloadResult(workload, cpython, interpy, error);
    }

    /** "ok", or why the workload failed. */
    public String status() {
        if (error != null) {
            return "FAILED: " + error;
        }
        if (cpython.unstable() != null) {
            return "UNSTABLE on CPython: " + cpython.unstable();
        }
        if (interpy.unstable() != null) {
            return "UNSTABLE on Interpy: " + interpy.unstable();
        }
        if (!cpython.answer().equals(interpy.answer())) {
            return "WRONG ANSWER: Interpy " + abbreviate(interpy.answer()) + ", CPython " + abbreviate(cpython.answer());
        }
        return "ok";
    }

    public boolean ok() {
        return "ok".equals(status());
    }

    public double firstRatio() {
        return ok() ? cpython.firstSeconds() / interpy.firstSeconds() : Double.NaN;
    }

    public double windowRatio() {
        return ok() ? cpython.windowSeconds() / interpy.windowSeconds() : Double.NaN;
    }

    public double steadyRatio() {
        return ok() ? cpython.steadySeconds() / interpy.steadySeconds() : Double.NaN;
    }

    private static String abbreviate(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "…";
    }
}
