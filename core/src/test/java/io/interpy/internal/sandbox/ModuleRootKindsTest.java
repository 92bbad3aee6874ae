package io.interpy.internal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.interpy.Sandbox;
import io.interpy.internal.sandbox.RootLayouts.Kind;
import io.interpy.internal.sandbox.RootLayouts.Layout;

/**
 * The same package, with data files, in every kind of module root: it imports, and every way
 * library code reads its own data (importlib.resources, pkgutil, open() next to __file__, listdir,
 * walk, glob, stat) answers what CPython answers for the same files in a directory.
 */
class ModuleRootKindsTest {

    /** A package with data files, as probes/package_data.py expects it. */
    static final Map<String, String> DATA_PACKAGE = new LinkedHashMap<>();

    static {
        DATA_PACKAGE.put("datapkg/__init__.py", "from . import util\n");
        DATA_PACKAGE.put("datapkg/util.py", "X = 1\n");
        DATA_PACKAGE.put("datapkg/data/table.csv", "a,b\n1,2\n3,4\n");
        DATA_PACKAGE.put("datapkg/data/words.txt", "alpha beta gamma\n");
        DATA_PACKAGE.put("datapkg/data/deep/note.txt", "deep\n");
    }

    private static Engine engine;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startEngine() {
        engine = SandboxedContexts.newEngineBuilder().build();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void packageDataReadsAsOnCPython(Kind kind) throws Exception {
        Layout layout = RootLayouts.create(kind, tmp, DATA_PACKAGE);
        ModuleRoots roots = ModuleRoots.resolve(List.of(layout.entry()), layout.loader());
        try (Context context = PythonProbe.context(engine, roots, Sandbox.denyAll())) {
            String answer = PythonProbe.run(context, PythonProbe.resource("probes/package_data.py"));
            assertThat(answer).isEqualTo(PythonProbe.resource("probes/package_data.expected.json").strip());
            assertThat(context.eval("python", "import datapkg.util\ndatapkg.util.X").asInt()).isEqualTo(1);
        }
    }
}
