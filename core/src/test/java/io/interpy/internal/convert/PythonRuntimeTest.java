package io.interpy.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PythonRuntimeTest {
    static Engine engine;
    static Context ctx;
    static PythonRuntime rt;

    @BeforeAll
    static void setUp() {
        engine = Engine.newBuilder("python").option("engine.WarnInterpreterOnly", "false").build();
        ctx = Context.newBuilder("python").engine(engine).allowHostAccess(HostAccess.NONE).build();
        rt = PythonRuntime.load(ctx);
        ctx.eval("python", "def echo(*a, **k):\n    return [list(a), k]\n");
    }

    @AfterAll
    static void tearDown() {
        ctx.close();
        engine.close();
    }

    @Test
    void smoke() {
        Value echo = rt.resolve("__main__:echo");
        Object r = rt.invoke(echo, "__main__:echo", List.of(1L, "x", List.of(1, 2, 3, 4, 5)), Map.of("k", 2.5));
        System.out.println(r);
        assertThat(r).isEqualTo(List.of(List.of(1L, "x", List.of(1L, 2L, 3L, 4L, 5L)), Map.of("k", 2.5)));
    }
}
