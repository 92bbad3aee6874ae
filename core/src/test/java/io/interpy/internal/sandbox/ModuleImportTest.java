package io.interpy.internal.sandbox;

import static io.interpy.internal.sandbox.PythonProbe.attempt;
import static io.interpy.internal.sandbox.PythonProbe.assertUsable;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.interpy.Sandbox;

/** Python's import machinery over {@link ModuleFileSystem}: directories, classpath directories, jars. */
class ModuleImportTest {

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

    private static Context context(ModuleRoots roots, Sandbox sandbox) {
        return SandboxedContexts.newBuilder(engine, sandbox, roots).build();
    }

    @Test
    void importsPackageFromDirectory() throws Exception {
        Path pkg = Files.createDirectories(tmp.resolve("py/dirpkg"));
        Files.writeString(pkg.resolve("__init__.py"), "BASE = 10\n");
        Files.writeString(pkg.resolve("calc.py"), "from . import BASE\n\ndef add(x):\n    return BASE + x\n");
        ModuleRoots roots = ModuleRoots.resolve(List.of(tmp.resolve("py").toString()), getClass().getClassLoader());
        try (Context context = context(roots, Sandbox.denyAll())) {
            context.eval("python", "import dirpkg.calc");
            assertThat(context.eval("python", "dirpkg.calc.add(5)").asInt()).isEqualTo(15);
            assertThat(context.eval("python", "dirpkg.calc.__file__").asString())
                    .isEqualTo(pkg.toRealPath().resolve("calc.py").toString());
            // Read-only roots: no __pycache__ may appear even though the host directory is writable.
            assertThat(pkg.resolve("__pycache__")).doesNotExist();
        }
    }

    @Test
    void importsPackageFromClasspathDirectory() {
        ModuleRoots roots = ModuleRoots.resolve(List.of("classpath:python-test"), getClass().getClassLoader());
        try (Context context = context(roots, Sandbox.denyAll())) {
            assertThat(context.eval("python", "import sys\nsys.path[0]").asString())
                    .isEqualTo("/interpy/classpath/0/python-test");
            assertThat(context.eval("python", "import cppkg.greet\ncppkg.greet.hello('Ada')").asString())
                    .isEqualTo("hello Ada from classpath-dir");
            assertThat(attempt(context, "import os\nresult = sorted(os.listdir('/interpy/classpath/0/python-test/cppkg'))"))
                    .isEqualTo("ok: ['__init__.py', 'greet.py']");
        }
    }

    @Test
    void importsPackageFromInsideAJar() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("jarpkg-root/jarpkg/__init__.py", "NAME = 'jar'\n");
        files.put("jarpkg-root/jarpkg/mod.py", """
                from . import NAME


                def describe(n):
                    return f"{NAME}:{n * 3}"


                def fail():
                    raise RuntimeError("failed inside the jar")
                """);
        Path jar = PythonProbe.jar(tmp.resolve("python-modules.jar"), files, true);
        try (URLClassLoader jars = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            ModuleRoots roots = ModuleRoots.resolve(List.of("classpath:jarpkg-root"), jars);
            assertThat(roots.describe()).contains("python-modules.jar!/jarpkg-root");
            try (Context context = context(roots, Sandbox.denyAll())) {
                assertThat(context.eval("python", "import jarpkg.mod\njarpkg.mod.describe(7)").asString())
                        .isEqualTo("jar:21");
                assertThat(context.eval("python", "jarpkg.mod.__file__").asString())
                        .isEqualTo("/interpy/classpath/0/jarpkg-root/jarpkg/mod.py");
                // The traceback names the virtual path and shows the source line, read back through the mount.
                String traceback = context.eval("python", """
                        import traceback
                        def _tb():
                            try:
                                jarpkg.mod.fail()
                            except RuntimeError:
                                return traceback.format_exc()
                        _tb()
                        """).asString();
                assertThat(traceback)
                        .contains("File \"/interpy/classpath/0/jarpkg-root/jarpkg/mod.py\", line 9, in fail")
                        .contains("raise RuntimeError(\"failed inside the jar\")");
                assertThat(attempt(context, "open('/interpy/classpath/0/jarpkg-root/jarpkg/mod.py', 'a').write('x')"))
                        .startsWith("PermissionError: ");
                assertThat(attempt(context, "import jarpkg.missing")).startsWith("ModuleNotFoundError: ");
                assertUsable(context);
            }
        }
    }

    @Test
    void contextsShareOneIndexAndSeeTheSameModules() throws Exception {
        Path jar = PythonProbe.jar(tmp.resolve("m.jar"), Map.of("root/shared_mod.py", "VALUE = 42\n"), true);
        try (URLClassLoader jars = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            ModuleRoots roots = ModuleRoots.resolve(List.of("classpath:root"), jars);
            Files.delete(jar); // later contexts read the index, not the jar
            for (int i = 0; i < 2; i++) {
                try (Context context = context(roots, Sandbox.denyAll())) {
                    assertThat(context.eval("python", "import shared_mod\nshared_mod.VALUE").asInt()).isEqualTo(42);
                }
            }
        }
    }

    @Test
    void earlierRootWinsWhenAModuleIsInTwoRoots() throws Exception {
        Path first = Files.createDirectories(tmp.resolve("first"));
        Path second = Files.createDirectories(tmp.resolve("second"));
        Files.writeString(first.resolve("dup.py"), "WHO = 'first'\n");
        Files.writeString(second.resolve("dup.py"), "WHO = 'second'\n");
        Files.writeString(second.resolve("only_second.py"), "WHO = 'second only'\n");
        ModuleRoots roots = ModuleRoots.resolve(List.of(first.toString(), second.toString()), getClass().getClassLoader());
        try (Context context = context(roots, Sandbox.denyAll())) {
            assertThat(context.eval("python", "import dup\ndup.WHO").asString()).isEqualTo("first");
            assertThat(context.eval("python", "import only_second\nonly_second.WHO").asString()).isEqualTo("second only");
        }
    }

    @Test
    void standardLibraryLoadsInsideTheSandbox() {
        ModuleRoots roots = ModuleRoots.resolve(List.of("classpath:python-test"), getClass().getClassLoader());
        try (Context context = context(roots, Sandbox.denyAll())) {
            assertThat(context.eval("python", """
                    import json, re, datetime, decimal, collections, dataclasses
                    json.dumps({"d": str(decimal.Decimal("1.10") * 2), "m": bool(re.match(r"a+", "aaa"))})
                    """).asString()).isEqualTo("{\"d\": \"2.20\", \"m\": true}");
        }
    }

    @Test
    void symbolicLinkOutOfADirectoryRootIsDenied() throws Exception {
        // Outside /tmp: Python's /tmp is its own in-memory directory, which would hide the host files anyway.
        Path tmp = HostDirectories.outsideTmp("symlinks");
        Path root = Files.createDirectories(tmp.resolve("root"));
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "top secret");
        Files.createSymbolicLink(root.resolve("leak.txt"), secret);
        Files.createSymbolicLink(root.resolve("leakdir"), tmp);
        ModuleRoots roots = ModuleRoots.resolve(List.of(root.toString()), getClass().getClassLoader());
        try (Context context = context(roots, Sandbox.denyAll())) {
            String base = root.toRealPath().toString();
            assertThat(attempt(context, "result = open('" + base + "/leak.txt').read()")).startsWith("PermissionError: ");
            assertThat(attempt(context, "result = open('" + base + "/leakdir/secret.txt').read()"))
                    .startsWith("PermissionError: ");
            assertThat(attempt(context, "result = open('" + base + "/../secret.txt').read()"))
                    .startsWith("PermissionError: ");
            assertUsable(context);
        } finally {
            HostDirectories.delete(tmp);
        }
    }
}
