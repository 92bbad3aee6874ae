package io.interpy.internal.sandbox;

import static io.interpy.internal.sandbox.PythonProbe.attempt;
import static io.interpy.internal.sandbox.PythonProbe.assertUsable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.interpy.Sandbox;

/**
 * What a deny-all context cannot do, and how each refusal reaches the code: most are Python
 * exceptions ({@code PermissionError}, {@code KeyError}, ...) the function could catch; a few are
 * host exceptions GraalPy lets escape the {@code try} ("uncatchable"). Either way the context must
 * stay usable. Each opt-in is then shown to grant exactly its permission.
 */
class SandboxDenialTest {

    private static Engine engine;

    /** Outside /tmp, which Python sees as its own in-memory directory: a real host place that is not a root. */
    private static Path tmp;

    private static Path root;
    private static Path outside;
    private static ModuleRoots roots;
    private Context context;

    @BeforeAll
    static void setUp() throws Exception {
        engine = SandboxedContexts.newEngineBuilder().build();
        tmp = HostDirectories.outsideTmp("sandbox-denial");
        root = Files.createDirectories(tmp.resolve("root")).toRealPath();
        Files.writeString(root.resolve("plain.py"), "X = 1\n");
        outside = Files.writeString(tmp.resolve("outside.txt"), "outside the roots").toRealPath();
        roots = ModuleRoots.resolve(List.of(root.toString(), "classpath:python-test"),
                SandboxDenialTest.class.getClassLoader());
    }

    @AfterAll
    static void closeEngine() throws Exception {
        engine.close();
        HostDirectories.delete(tmp);
    }

    @BeforeEach
    void denyAllContext() {
        context = SandboxedContexts.newBuilder(engine, Sandbox.denyAll(), roots).build();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    private String denied(String source) {
        String outcome = attempt(context, source);
        assertUsable(context);
        return outcome;
    }

    @Test
    void hostFilesCannotBeRead() {
        assertThat(denied("result = open('/etc/passwd').read()"))
                .isEqualTo("PermissionError: [Errno 1] Operation not permitted: '/etc/passwd'");
        assertThat(denied("result = open('" + outside + "').read()")).startsWith("PermissionError: [Errno 1]");
        assertThat(denied("import os\nresult = os.stat('/etc/hostname')")).startsWith("PermissionError: [Errno 1]");
    }

    @Test
    void hostDirectoriesCannotBeListed() {
        assertThat(denied("import os\nresult = os.listdir('/')")).isEqualTo("PermissionError: [Errno 1] Operation not permitted: '/'");
        assertThat(denied("import os\nresult = os.listdir('/interpy/classpath')")).startsWith("PermissionError: ");
        assertThat(denied("import os\nresult = os.listdir('/interpy/classpath/0/python-test/../../../..')"))
                .startsWith("PermissionError: ");
    }

    @Test
    void nothingCanBeWritten() {
        assertThat(denied("open('" + root + "/new.py', 'w').write('x')"))
                .isEqualTo("PermissionError: [Errno 1] Operation not permitted: '" + root + "/new.py'");
        assertThat(denied("open('" + root + "/plain.py', 'a').write('x')")).startsWith("PermissionError: ");
        assertThat(denied("open('/interpy/classpath/0/python-test/new.py', 'w').write('x')"))
                .startsWith("PermissionError: ");
        assertThat(denied("open('/var/tmp/interpy-sandbox-test.txt', 'w').write('x')"))
                .isEqualTo("PermissionError: [Errno 1] Operation not permitted: '/var/tmp/interpy-sandbox-test.txt'");
        // /tmp is the context's own directory in memory: writing there works and never reaches the host.
        assertThat(denied("result = open('/tmp/interpy-sandbox-test.txt', 'w').write('x')")).isEqualTo("ok: 1");
        assertThat(denied("import os\nos.mkdir('" + root + "/sub')")).startsWith("PermissionError: ");
        assertThat(denied("import os\nos.remove('" + root + "/plain.py')")).startsWith("PermissionError: ");
        assertThat(root.resolve("new.py")).doesNotExist();
        assertThat(root.resolve("sub")).doesNotExist();
        assertThat(root.resolve("plain.py")).hasContent("X = 1");
        assertThat(Path.of("/tmp/interpy-sandbox-test.txt")).doesNotExist();
        assertThat(Path.of("/var/tmp/interpy-sandbox-test.txt")).doesNotExist();
    }

    @Test
    void relativePathsAndTempDirectoryStayVirtual() {
        // The working directory is the context's in-memory /tmp, never the JVM's real one.
        assertThat(Path.of("pom.xml")).exists();
        assertThat(denied("import os\nresult = os.getcwd()")).isEqualTo("ok: '/tmp'");
        assertThat(denied("result = open('pom.xml').read()")).isEqualTo("FileNotFoundError: [Errno 2] No such file or directory: 'pom.xml'");
        assertThat(denied("import tempfile\nresult = tempfile.gettempdir()")).isEqualTo("ok: '/tmp'");
        assertThat(denied("open('relative.txt', 'w').write('x')\nimport os\nresult = os.path.exists('/tmp/relative.txt')"))
                .isEqualTo("ok: True");
        assertThat(Path.of("relative.txt")).doesNotExist();
    }

    @Test
    void theTemporaryDirectoryLeadsNowhereElse() {
        assertThat(denied("result = open('/tmp/../etc/passwd').read()"))
                .isEqualTo("PermissionError: [Errno 1] Operation not permitted: '/tmp/../etc/passwd'");
        // A link from the in-memory /tmp to a host file cannot be made, so it cannot be followed either.
        assertThat(denied("import os\nos.symlink('/etc/passwd', '/tmp/passwd')")).startsWith("OSError: ");
        assertThat(denied("import os\nos.symlink('" + outside + "', '/tmp/outside')\nresult = open('/tmp/outside').read()"))
                .startsWith("OSError: ").doesNotContain("outside the roots");
        assertThat(denied("import shutil\nshutil.copy('/etc/hostname', '/tmp/hostname')")).startsWith("PermissionError: ");
    }

    @Test
    void processesCannotBeStarted() {
        // subprocess reports the refusal as a missing executable; os.system escapes Python.
        assertThat(denied("import subprocess\nresult = subprocess.run(['true'])"))
                .startsWith("FileNotFoundError: [Errno 2] No such file or directory");
        assertThat(denied("import os\nresult = os.system('true')"))
                .startsWith("uncatchable: ").contains("Process creation is not allowed");
    }

    @Test
    void javaIsNotReachable() {
        assertThat(denied("import java\nresult = java.type('java.lang.System')"))
                .isEqualTo("KeyError: 'host symbol java.lang.System is not defined or access has been denied'");
        assertThat(denied("import polyglot\nresult = polyglot.eval(language='js', string='1')")).doesNotStartWith("ok");
    }

    @Test
    void socketsCannotConnect() {
        assertThat(denied("import socket\nsocket.socket().connect(('127.0.0.1', 9))"))
                .startsWith("uncatchable: ").contains("socket was excluded");
    }

    @Test
    void environmentIsNotInherited() {
        assertThat(System.getenv("PATH")).isNotNull();
        assertThat(denied("import os\nresult = ('PATH' in os.environ, 'HOME' in os.environ, os.getenv('PATH'))"))
                .isEqualTo("ok: (False, False, None)");
    }

    @Test
    void threadsCannotBeStarted() {
        assertThat(denied("import threading\nthreading.Thread(target=lambda: None).start()"))
                .startsWith("uncatchable: ").contains("Creating threads is not allowed");
    }

    @Test
    void nativeCodeCannotBeLoaded() {
        assertThat(denied("import ctypes")).startsWith("ImportError: ");
    }

    @Test
    void uncatchableDenialSurfacesAsPolyglotException() {
        assertThatThrownBy(() -> context.eval("python", "import os\nos.system('true')"))
                .isInstanceOfSatisfying(PolyglotException.class, e -> {
                    assertThat(e.isCancelled()).isFalse();
                    assertThat(e.isExit()).isFalse();
                    assertThat(e.getMessage()).contains("Process creation is not allowed");
                });
        assertUsable(context);
    }

    // ---- opt-ins ----

    private static String with(Sandbox sandbox, String source) {
        try (Context granted = SandboxedContexts.newBuilder(engine, sandbox, roots).build()) {
            return attempt(granted, source);
        }
    }

    @Test
    void environmentAccessExposesTheJvmEnvironment() {
        assertThat(with(Sandbox.denyAll().withEnvironmentAccess(true), "import os\nresult = os.environ['PATH']"))
                .isEqualTo("ok: '" + System.getenv("PATH") + "'");
    }

    @Test
    void fileSystemReadGrantsReadingButNotWriting() {
        Sandbox read = Sandbox.denyAll().withFileSystemRead(true);
        assertThat(with(read, "result = open('" + outside + "').read()")).isEqualTo("ok: 'outside the roots'");
        assertThat(with(read, "import os\nresult = 'etc' in os.listdir('/')")).isEqualTo("ok: True");
        assertThat(with(read, "open('" + tmp + "/written.txt', 'w').write('x')")).startsWith("PermissionError: ");
        assertThat(tmp.resolve("written.txt")).doesNotExist();
    }

    @Test
    void fileSystemWriteGrantsWritingHostFilesButNotClasspathMounts() {
        Sandbox write = Sandbox.denyAll().withFileSystemWrite(true);
        assertThat(with(write, "with open('" + tmp + "/written.txt', 'w') as f:\n    result = f.write('from python')")).isEqualTo("ok: 11");
        assertThat(tmp.resolve("written.txt")).hasContent("from python");
        assertThat(with(write, "open('/interpy/classpath/0/python-test/x.py', 'w').write('x')"))
                .startsWith("PermissionError: ");
    }

    @Test
    void hostAccessGrantsJavaTypesButNeedsItsOwnEngine() {
        Sandbox host = Sandbox.denyAll().withHostAccess(true);
        // Truffle insists on one HostAccess per engine; this class's engine already runs HostAccess.NONE.
        assertThatThrownBy(() -> with(host, "result = 1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("host access configuration must be the same for all contexts of an engine");
        try (Engine hostEngine = SandboxedContexts.newEngineBuilder().build();
                Context granted = SandboxedContexts.newBuilder(hostEngine, host, roots).build()) {
            assertThat(attempt(granted, "import java\nresult = java.type('java.lang.Integer').MAX_VALUE"))
                    .isEqualTo("ok: 2147483647");
            assertThat(attempt(granted, "result = open('/etc/passwd').read()")).startsWith("PermissionError: ");
        }
    }

    @Test
    void processCreationGrantsSubprocessesAndHostReads() {
        Sandbox processes = Sandbox.denyAll().withProcessCreation(true);
        assertThat(with(processes, "import subprocess\nresult = subprocess.run(['true']).returncode")).isEqualTo("ok: 0");
        assertThat(with(processes, "import os\nresult = os.system('true')")).isEqualTo("ok: 0");
        // GraalPy finds the executable through the context's file system, so reads come with processes.
        assertThat(with(processes, "result = open('" + outside + "').read()")).isEqualTo("ok: 'outside the roots'");
        assertThat(with(processes, "open('" + tmp + "/by-process.txt', 'w').write('x')")).startsWith("PermissionError: ");
        assertThat(with(processes, "import os\nresult = os.environ.get('PATH')")).isEqualTo("ok: None");
    }

    @Test
    void threadCreationGrantsThreads() {
        assertThat(with(Sandbox.denyAll().withThreadCreation(true), """
                import threading
                box = []
                t = threading.Thread(target=lambda: box.append('ran'))
                t.start()
                t.join()
                # join() returns before GraalPy's thread has ended in Java; closing the context then
                # fails ("did not complete all polyglot threads"), as one CI run saw
                import time
                time.sleep(0.2)
                result = box
                """)).isEqualTo("ok: ['ran']");
    }

    @Test
    void socketAccessGrantsConnections() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(with(Sandbox.denyAll().withSocketAccess(true), """
                    import socket
                    s = socket.socket()
                    s.connect(('127.0.0.1', %d))
                    s.close()
                    result = 'connected'
                    """.formatted(server.getLocalPort()))).isEqualTo("ok: 'connected'");
        }
    }

    @Test
    void nativeAccessGrantsCtypes() {
        assertThat(with(Sandbox.denyAll().withNativeAccess(true), "import ctypes\nresult = ctypes.sizeof(ctypes.c_int)"))
                .isEqualTo("ok: 4");
    }

    @Test
    void oneGrantDoesNotOpenTheOthers() {
        Sandbox envOnly = Sandbox.denyAll().withEnvironmentAccess(true);
        assertThat(with(envOnly, "result = open('/etc/passwd').read()")).startsWith("PermissionError: ");
        assertThat(with(envOnly, "import java\nresult = java.type('java.lang.System')")).startsWith("KeyError: ");
    }
}
