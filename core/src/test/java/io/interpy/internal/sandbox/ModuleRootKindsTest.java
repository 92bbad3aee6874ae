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
 * The same files in every kind of module root, each answer compared with CPython's for the same
 * files in a directory: a package with data files (importlib.resources, pkgutil, open() next to
 * __file__, listdir, walk, glob, stat), and an installed distribution (its dist-info with an
 * entry point, a path .pth and an import .pth) in every kind that holds site-packages, whose
 * .pth files take effect as {@code site} makes them and whose metadata importlib.metadata reads.
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

    /** site-packages as pip leaves it after installing 'mylib' 1.2.3. */
    static final Map<String, String> SITE_PACKAGES = new LinkedHashMap<>();

    static {
        SITE_PACKAGES.put("mylib/__init__.py", "def hello():\n    return 'hi'\n");
        SITE_PACKAGES.put("mylib/plugins.py", "def shout(text):\n    return text.upper() + '!'\n");
        SITE_PACKAGES.put("mylib-1.2.3.dist-info/METADATA", """
                Metadata-Version: 2.1
                Name: mylib
                Version: 1.2.3
                Summary: A library installed the way pip installs it
                Requires-Dist: attrs (>=21)
                """);
        SITE_PACKAGES.put("mylib-1.2.3.dist-info/entry_points.txt", """
                [interpy.plugins]
                shout = mylib.plugins:shout
                quiet = mylib.plugins:quiet
                """);
        SITE_PACKAGES.put("mylib-1.2.3.dist-info/top_level.txt", "mylib\n");
        SITE_PACKAGES.put("mylib-1.2.3.dist-info/INSTALLER", "pip\n");
        SITE_PACKAGES.put("mylib-1.2.3.dist-info/RECORD", """
                mylib/__init__.py,,
                mylib/plugins.py,,
                mylib-1.2.3.dist-info/METADATA,,
                mylib-1.2.3.dist-info/RECORD,,
                """);
        SITE_PACKAGES.put("vendor.pth", "# vendored modules\nvendored\ndoes-not-exist\n");
        SITE_PACKAGES.put("vendored/vendmod.py", "VALUE = 'from a .pth path'\n");
        SITE_PACKAGES.put("mylib_hook.pth", "import mylib_hook\n");
        SITE_PACKAGES.put("mylib_hook.py", "import sys\nsys.mylib_hook_ran = True\n");
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

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"DIRECTORY", "JAR", "NESTED_BOOT_JAR", "VENV", "VFS_JAR_SITE_PACKAGES"})
    void pthFilesAndMetadataWorkAsOnCPython(Kind kind) throws Exception {
        Layout layout = RootLayouts.create(kind, tmp, SITE_PACKAGES);
        ModuleRoots roots = ModuleRoots.resolve(List.of(layout.entry()), layout.loader());
        assertThat(roots.siteDirectories()).hasSize(1);
        try (Context context = PythonProbe.context(engine, roots, Sandbox.denyAll())) {
            String answer = PythonProbe.run(context, PythonProbe.resource("probes/site_packages.py"));
            assertThat(answer).isEqualTo(PythonProbe.resource("probes/site_packages.expected.json").strip());
        }
    }
}
