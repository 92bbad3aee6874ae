package io.interpy.internal.sandbox;

import static io.interpy.internal.sandbox.PythonProbe.assertUsable;
import static io.interpy.internal.sandbox.PythonProbe.attempt;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

import io.interpy.Sandbox;

/**
 * A virtual environment whose .pth files name directories outside its site-packages, as
 * {@code pip install -e} writes them for a package under development: what they name is readable
 * in a deny-all context (imports, package data, listings answer as on CPython), and nothing more:
 * it is read-only, a link inside it does not lead out, and what lies beside it stays hidden.
 */
class EditableInstallTest {

    private static Engine engine;

    /** Outside /tmp, which Python sees as its own in-memory directory: what lies beside the named directories is real. */
    private static Path base;
    private static ModuleRoots roots;
    private static Context context;

    @BeforeAll
    static void setUp() throws Exception {
        engine = SandboxedContexts.newEngineBuilder().build();
        base = HostDirectories.outsideTmp("editable");
        layout(base);
        roots = ModuleRoots.resolve(List.of(base.resolve("venv").toString()), EditableInstallTest.class.getClassLoader());
        context = PythonProbe.context(engine, roots, Sandbox.denyAll());
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (context != null) {
            context.close();
        }
        engine.close();
        HostDirectories.delete(base);
    }

    /**
     * The layout probes/editable_install.py runs against: a venv whose site-packages holds a .pth
     * with comments, a blank line, an absolute, a missing, a relative (with trailing blanks) and
     * a repeated path and an import line; a .pth installing an editable finder (a module naming
     * where its package lives, as setuptools writes one); a .pth naming a link.
     */
    static void layout(Path base) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("venv/pyvenv.cfg", "home = /usr/bin\nversion = 3.12.8\n");
        files.put("venv/" + ModuleRoots.SITE_PACKAGES + "/a_dev.pth", "# packages under development\n" + base
                + "/proj/src\n\n" + base + "/missing\n../../../../proj/lib  \n" + base + "/proj/src\n"
                + "import sys; sys.pth_import_ran = True\n");
        files.put("venv/" + ModuleRoots.SITE_PACKAGES + "/b_editable.pth",
                "import __editable___edpkg_0_1_finder; __editable___edpkg_0_1_finder.install()\n");
        files.put("venv/" + ModuleRoots.SITE_PACKAGES + "/__editable___edpkg_0_1_finder.py", """
                import os
                import sys
                from importlib.util import spec_from_file_location

                MAPPING: dict[str, str] = {'edpkg': '%s/ed/edpkg'}
                NAMESPACES: dict[str, list[str]] = {}


                class _Finder:
                    @classmethod
                    def find_spec(cls, fullname, path=None, target=None):
                        where = MAPPING.get(fullname)
                        if where is None:
                            return None
                        return spec_from_file_location(fullname, os.path.join(where, '__init__.py'),
                                                       submodule_search_locations=[where])


                def install():
                    sys.meta_path.append(_Finder)
                """.formatted(base));
        files.put("venv/" + ModuleRoots.SITE_PACKAGES + "/c_link.pth", base + "/linked\n");
        files.put("proj/src/devpkg/__init__.py", "def greet(name):\n    return 'hello ' + name + ' from ' + __name__\n");
        files.put("proj/src/devpkg/data.txt", "data beside the package\n");
        files.put("proj/lib/devlib.py", "VALUE = 'from a relative .pth line'\n");
        files.put("proj/real_linked/linkedmod.py", "WHERE = 'behind a link'\n");
        files.put("proj/README.txt", "beside the sources\n");
        files.put("ed/edpkg/__init__.py", "NAME = 'edpkg via its finder'\n");
        files.put("ed/setup.py", "# beside the mapped package\n");
        files.put("secret.txt", "top secret\n");
        RootLayouts.write(base, files);
        Files.createSymbolicLink(base.resolve("linked"), base.resolve("proj/real_linked"));
        Files.createSymbolicLink(base.resolve("proj/src/leak.txt"), base.resolve("secret.txt"));
        Files.createSymbolicLink(base.resolve("proj/src/leakdir"), base);
    }

    @Test
    void packagesThePthFilesNameImportAsOnCPython() {
        String answer = PythonProbe.run(context, "BASE = '" + base + "'\n" + PythonProbe.resource("probes/editable_install.py"));
        assertThat(answer).isEqualTo(PythonProbe.resource("probes/editable_install.expected.json").strip());
    }

    @Test
    void theRootsServeWhatThePthFilesNameOnceAndNothingElse() {
        assertThat(roots.pthPaths()).extracting(p -> base.relativize(p.path()).toString())
                .containsExactly("proj/src", "proj/lib", "ed/edpkg", "linked");
        assertThat(roots.pthPaths()).extracting(p -> base.relativize(p.real()).toString())
                .containsExactly("proj/src", "proj/lib", "ed/edpkg", "proj/real_linked");
        assertThat(roots.watchedDirectories()).contains(base.resolve("proj/src"), base.resolve("ed/edpkg"),
                base.resolve("proj/real_linked"));
        assertThat(roots.describe()).contains(" + named by .pth files [" + base + "/proj/src, " + base + "/proj/lib, "
                + base + "/ed/edpkg, " + base + "/linked (" + base + "/proj/real_linked)]");
    }

    @Test
    void aNamedDirectoryIsReadOnly() throws Exception {
        String src = base + "/proj/src";
        assertThat(attempt(context, "open('" + src + "/new.py', 'w').write('x')")).startsWith("PermissionError: ");
        assertThat(attempt(context, "open('" + src + "/devpkg/__init__.py', 'a').write('x')")).startsWith("PermissionError: ");
        assertThat(attempt(context, "import os\nos.mkdir('" + src + "/newdir')")).startsWith("PermissionError: ");
        assertThat(attempt(context, "import os\nos.remove('" + src + "/devpkg/data.txt')")).startsWith("PermissionError: ");
        assertThat(attempt(context, """
                try:
                    open('%s/devpkg/data.txt', 'w')
                except OSError as e:
                    result = 'caught as OSError'
                """.formatted(src))).isEqualTo("ok: 'caught as OSError'");
        assertThat(base.resolve("proj/src/new.py")).doesNotExist();
        assertThat(base.resolve("proj/src/devpkg/data.txt")).hasContent("data beside the package");
        assertUsable(context);
    }

    @Test
    void aLinkInsideANamedDirectoryDoesNotLeadOut() {
        String src = base + "/proj/src";
        assertThat(attempt(context, "result = open('" + src + "/leak.txt').read()")).startsWith("PermissionError: ");
        assertThat(attempt(context, "result = open('" + src + "/leakdir/secret.txt').read()")).startsWith("PermissionError: ");
        assertThat(attempt(context, "import os\nresult = os.listdir('" + src + "/leakdir')")).startsWith("PermissionError: ");
        assertThat(attempt(context, "result = open('" + src + "/../../secret.txt').read()")).startsWith("PermissionError: ");
        assertUsable(context);
    }

    @Test
    void whatLiesBesideANamedDirectoryStaysHidden() {
        assertThat(attempt(context, "import os\nresult = os.listdir('" + base + "/proj')")).startsWith("PermissionError: ");
        assertThat(attempt(context, "result = open('" + base + "/proj/README.txt').read()")).startsWith("PermissionError: ");
        assertThat(attempt(context, "result = open('" + base + "/ed/setup.py').read()")).startsWith("PermissionError: ");
        assertThat(attempt(context, "import os\nresult = os.listdir('" + base + "')")).startsWith("PermissionError: ");
        assertThat(attempt(context, "import os\nresult = os.path.exists('" + base + "/proj/README.txt')"))
                .isEqualTo("ok: False");
        assertUsable(context);
    }
}
