package io.interpy.internal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleRootsTest {

    @TempDir
    Path tmp;

    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void directoryEntryIsServedAtItsRealAbsolutePath() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("py"));
        ModuleRoots roots = ModuleRoots.resolve(List.of(dir.toString()), loader);
        assertThat(roots.sysPathEntries()).containsExactly(dir.toRealPath().toString());
        assertThat(roots.describe()).contains("'" + dir + "'");
    }

    @Test
    void relativeDirectoryIsResolvedAgainstTheWorkingDirectory() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("rel"));
        String relative = Path.of("").toAbsolutePath().relativize(dir).toString();
        assertThat(relative).doesNotStartWith("/");
        ModuleRoots roots = ModuleRoots.resolve(List.of(relative), loader);
        assertThat(roots.sysPathEntries()).containsExactly(dir.toRealPath().toString());
    }

    @Test
    void missingDirectoryIsNamedInTheError() {
        String missing = tmp.resolve("nope").toString();
        assertThatThrownBy(() -> ModuleRoots.resolve(List.of(missing), loader))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pythonPath[0] = " + missing + ": is not a directory");
    }

    @Test
    void regularFileIsNotADirectory() throws Exception {
        Path file = Files.writeString(tmp.resolve("mod.py"), "x = 1\n");
        assertThatThrownBy(() -> ModuleRoots.resolve(List.of(file.toString()), loader))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pythonPath[0] = " + file + ": is not a directory");
    }

    @Test
    void missingClasspathLocationIsNamedInTheError() {
        assertThatThrownBy(() -> ModuleRoots.resolve(List.of("classpath:nope"), loader))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pythonPath[0] = classpath:nope: not found on the classpath");
    }

    @Test
    void classpathLocationThatEscapesIsRejected() {
        assertThatThrownBy(() -> ModuleRoots.resolve(List.of("classpath:python-test/../x"), loader))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pythonPath[0] = classpath:python-test/../x: ");
        assertThatThrownBy(() -> ModuleRoots.resolve(List.of("classpath:"), loader))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pythonPath[0] = classpath:: ");
    }

    @Test
    void classpathDirectoryIsMountedVirtuallyAndIndexed() {
        ModuleRoots roots = ModuleRoots.resolve(List.of("classpath:/python-test/"), loader);
        assertThat(roots.sysPathEntries()).containsExactly("/interpy/classpath/0/python-test");
        ClasspathTree tree = roots.classpathRoots().get(0).tree();
        assertThat(tree.find("cppkg").children()).contains("__init__.py", "greet.py");
        assertThat(tree.find("cppkg/greet.py").isDirectory()).isFalse();
        assertThat(roots.describe()).contains("'classpath:/python-test/' -> /interpy/classpath/0/python-test (file:");
    }

    @Test
    void classpathFileIsNotADirectory() {
        assertThatThrownBy(() -> ModuleRoots.resolve(List.of("classpath:python-test/cppkg/greet.py"), loader))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pythonPath[0] = classpath:python-test/cppkg/greet.py: is a file, not a directory");
    }

    @Test
    void locationInSeveralJarsGetsOneMountPerJarInLoaderOrder() throws Exception {
        Path first = PythonProbe.jar(tmp.resolve("a.jar"), Map.of("shared/a.py", "A = 1\n"), true);
        Path second = PythonProbe.jar(tmp.resolve("b.jar"), Map.of("shared/sub/b.py", "B = 2\n"), true);
        try (URLClassLoader jars = new URLClassLoader(new URL[] {first.toUri().toURL(), second.toUri().toURL()}, null)) {
            ModuleRoots roots = ModuleRoots.resolve(List.of("classpath:shared"), jars);
            assertThat(roots.sysPathEntries())
                    .containsExactly("/interpy/classpath/0/shared", "/interpy/classpath/1/shared");
            ClasspathTree a = roots.classpathRoots().get(0).tree();
            ClasspathTree b = roots.classpathRoots().get(1).tree();
            assertThat(a.find("a.py").read()).asString().isEqualTo("A = 1\n");
            assertThat(a.find("sub")).isNull();
            assertThat(b.find("").children()).containsExactly("sub");
            assertThat(b.find("sub/b.py").size()).isEqualTo(6);
            assertThat(roots.describe()).contains("a.jar!/shared", "b.jar!/shared");
        }
    }

    @Test
    void jarIndexSurvivesTheJarBeingDeleted() throws Exception {
        // Contents are read at resolve time, so later imports never touch the jar again.
        Path jar = PythonProbe.jar(tmp.resolve("gone.jar"), Map.of("loc/m.py", "M = 1\n"), true);
        ModuleRoots roots;
        try (URLClassLoader jars = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            roots = ModuleRoots.resolve(List.of("classpath:loc"), jars);
        }
        Files.delete(jar);
        assertThat(roots.classpathRoots().get(0).tree().find("m.py").read()).asString().isEqualTo("M = 1\n");
    }

    @Test
    void mixedEntriesKeepPythonPathOrder() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("d"));
        ModuleRoots roots = ModuleRoots.resolve(List.of("classpath:python-test", dir.toString()), loader);
        assertThat(roots.sysPathEntries())
                .containsExactly("/interpy/classpath/0/python-test", dir.toRealPath().toString());
    }

    // ---- virtual environments and GraalPy VFS layouts ----

    @Test
    void virtualEnvironmentStandsForItsSitePackages() throws Exception {
        Path venv = Files.createDirectories(tmp.resolve("venv"));
        Files.writeString(venv.resolve("pyvenv.cfg"), "version = 3.12.8\n");
        Path site = Files.createDirectories(venv.resolve("lib/python3.12/site-packages"));
        ModuleRoots roots = ModuleRoots.resolve(List.of(venv.toString()), loader);
        assertThat(roots.sysPathEntries()).containsExactly(site.toRealPath().toString());
        assertThat(roots.siteDirectories()).isEmpty();
    }

    @Test
    void virtualEnvironmentOfAnotherPythonIsRefusedNamingWhatItHas() throws Exception {
        Path venv = Files.createDirectories(tmp.resolve("venv311"));
        Files.writeString(venv.resolve("pyvenv.cfg"), "version = 3.11.7\n");
        Files.createDirectories(venv.resolve("lib/python3.11/site-packages"));
        assertThatThrownBy(() -> ModuleRoots.resolve(List.of(venv.toString()), loader))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pythonPath[0] = " + venv + ": is a virtual environment without lib/python3.12/site-packages")
                .hasMessageContaining("found [lib/python3.11]");
    }

    @Test
    void directoryWithPthFilesIsASiteDirectory() throws Exception {
        Path site = Files.createDirectories(tmp.resolve("site-packages"));
        Files.writeString(site.resolve("extra.pth"), "extra\n");
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        ModuleRoots roots = ModuleRoots.resolve(List.of(site.toString(), plain.toString()), loader);
        assertThat(roots.siteDirectories()).containsExactly(site.toRealPath().toString());
    }

    // ---- what a root's .pth files name outside it (pip install -e) ----

    @Test
    void pthFilesOpenTheExistingPathsTheyNameOutsideTheRootsAsSiteReadsThem() throws Exception {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Path other = Files.createDirectories(tmp.resolve("other-root"));
        Path crlf = Files.createDirectories(tmp.resolve("dev/crlf"));
        Path feed = Files.createDirectories(tmp.resolve("dev/feed"));
        Path relative = Files.createDirectories(tmp.resolve("dev/relative"));
        Path egg = Files.writeString(tmp.resolve("dev/lib.zip"), "a zip site would put on sys.path");
        Files.createDirectories(site.resolve("inside"));
        Files.createDirectories(tmp.resolve("dev/hidden"));
        Files.createDirectories(tmp.resolve("dev/from-a-link"));
        Files.createDirectories(site.resolve("folder.pth"));
        // a BOM, CRLF and a form feed (a line break to str.splitlines), comments, blanks, a missing path,
        // one inside this root and one inside another, a file, a relative line with trailing blanks, a repeat
        Files.writeString(site.resolve("a.pth"), "\uFEFF" + crlf + "\r\n#" + tmp + "/dev\r\n \t\n" + feed + "\f"
                + tmp + "/missing\ninside\n" + other + "\n" + egg + "\n../dev/relative \t\n" + crlf + "\n");
        Files.writeString(site.resolve(".hidden.pth"), tmp + "/dev/hidden\n"); // site 3.12 skips dot files
        Files.writeString(tmp.resolve("elsewhere.pth"), tmp + "/dev/from-a-link\n");
        Files.createSymbolicLink(site.resolve("linked.pth"), tmp.resolve("elsewhere.pth")); // unreadable to Python
        ModuleRoots roots = ModuleRoots.resolve(List.of(site.toString(), other.toString()), loader);
        assertThat(roots.pthPaths()).extracting(PthPaths.Named::path)
                .containsExactly(crlf.toRealPath(), feed.toRealPath(), egg.toRealPath(), relative.toRealPath());
        assertThat(roots.sysPathEntries()).containsExactly(site.toRealPath().toString(), other.toRealPath().toString());
        assertThat(roots.watchedDirectories()).containsExactly(site.toRealPath(), other.toRealPath(), crlf.toRealPath(),
                feed.toRealPath(), relative.toRealPath());
    }

    @Test
    void editableFinderTablesOpenThePackagesTheyMap() throws Exception {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Path quoted = Files.createDirectories(tmp.resolve("dev/it's"));
        Path accented = Files.createDirectories(tmp.resolve("dev/caf\u00e9"));
        Path module = Files.writeString(tmp.resolve("dev/single.py"), "X = 1\n");
        Path namespace = Files.createDirectories(tmp.resolve("dev/ns"));
        Files.writeString(site.resolve("__editable__.dev-1.0.pth"),
                "import __editable___dev_1_0_finder; __editable___dev_1_0_finder.install()\n");
        // the tables as repr() writes them: double quotes around a single quote, escapes for the rest
        Files.writeString(site.resolve("__editable___dev_1_0_finder.py"), "import sys\n"
                + "MAPPING: dict[str, str] = {'a': \"" + quoted + "\", 'b': '" + tmp + "/dev/caf\\xe9', 'single': '"
                + tmp + "/dev/single', 'gone': '" + tmp + "/dev/gone'}\n"
                + "NAMESPACES: dict[str, list[str]] = {'ns': ['" + namespace + "']}\n"
                + "def install():\n    pass\n");
        ModuleRoots roots = ModuleRoots.resolve(List.of(site.toString()), loader);
        assertThat(roots.pthPaths()).extracting(PthPaths.Named::path)
                .containsExactly(quoted.toRealPath(), accented.toRealPath(), module.toRealPath(), namespace.toRealPath());
    }

    @Test
    void aPthFileInAJarOpensNoHostPath() throws Exception {
        Path dev = Files.createDirectories(tmp.resolve("dev"));
        Path jar = PythonProbe.jar(tmp.resolve("lib.jar"), Map.of("loc/dev.pth", dev + "\n"), true);
        try (URLClassLoader jars = new URLClassLoader(new URL[] {jar.toUri().toURL()}, loader)) {
            ModuleRoots roots = ModuleRoots.resolve(List.of("classpath:loc"), jars);
            assertThat(roots.siteDirectories()).hasSize(1);
            assertThat(roots.pthPaths()).isEmpty();
        }
    }

    @Test
    void vfsLayoutPutsSrcThenSitePackagesOnThePath() throws Exception {
        Path jar = RootLayouts.vfsJar(tmp.resolve("vfs.jar"), "GRAALPY-VFS/g/a", Map.of(
                "src/app.py", "X = 1\n", "venv/lib/python3.12/site-packages/dep.py", "Y = 2\n"));
        try (URLClassLoader jars = new URLClassLoader(new URL[] {jar.toUri().toURL()}, loader)) {
            for (String entry : List.of("graalpy-vfs:GRAALPY-VFS/g/a", "classpath:GRAALPY-VFS/g/a")) {
                ModuleRoots roots = ModuleRoots.resolve(List.of(entry), jars);
                assertThat(roots.sysPathEntries()).as(entry).containsExactly(
                        "/interpy/classpath/0/GRAALPY-VFS/g/a/src",
                        "/interpy/classpath/0/GRAALPY-VFS/g/a/venv/lib/python3.12/site-packages");
            }
        }
    }

    @Test
    void vfsEntryThatIsNotAVfsLayoutIsRefused() {
        assertThatThrownBy(() -> ModuleRoots.resolve(List.of("graalpy-vfs:python-test"), loader))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("pythonPath[0] = graalpy-vfs:python-test: is not a GraalPy VFS layout: ")
                .hasMessageContaining("has no fileslist.txt");
    }

    @Test
    void vfsLayoutWithoutSrcOrVenvIsRefused() throws Exception {
        Path jar = RootLayouts.vfsJar(tmp.resolve("empty-vfs.jar"), "org.graalvm.python.vfs", Map.of("README", "x"));
        try (URLClassLoader jars = new URLClassLoader(new URL[] {jar.toUri().toURL()}, loader)) {
            assertThatThrownBy(() -> ModuleRoots.resolve(List.of("graalpy-vfs:"), jars))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("pythonPath[0] = graalpy-vfs:: is a GraalPy VFS layout")
                    .hasMessageContaining("with neither src/ nor venv/lib/python3.12/site-packages");
        }
    }

    @Test
    void missingVfsRootIsNamedInTheError() {
        assertThatThrownBy(() -> ModuleRoots.resolve(List.of("graalpy-vfs:"), loader))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pythonPath[0] = graalpy-vfs:: not found on the classpath");
    }
}
