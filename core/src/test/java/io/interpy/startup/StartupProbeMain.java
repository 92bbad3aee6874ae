package io.interpy.startup;

import io.interpy.InterpreterExecutor;

/**
 * Run in a child JVM by {@link StartupModesTest}: a sandboxed pool on the module root given as the
 * argument reports whether the JIT is on, where the standard library came from, and {@code m.VALUE}.
 */
public final class StartupProbeMain {

    private StartupProbeMain() {
    }

    public static void main(String[] args) {
        try (InterpreterExecutor executor = InterpreterExecutor.builder().name("probe").minSize(1).maxSize(1)
                .pythonPath(args[0]).preloadModules("m").logPythonOutput(false).build()) {
            System.out.println("JIT=" + executor.isJitEnabled());
            System.out.println("STDLIB=" + executor.call("m:stdlib", String.class).join());
            System.out.println("VALUE=" + executor.call("m:value", Long.class).join());
        }
        System.exit(0);
    }
}
