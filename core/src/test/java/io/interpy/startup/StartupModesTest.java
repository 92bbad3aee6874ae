package io.interpy.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.interpy.internal.pool.PrecompiledResources;
import io.interpy.tool.GraalPyResources;

/**
 * The start-up modes as the README gives them, in child JVMs: {@code tools/interpy-jdk.sh} makes an
 * image whose {@code fast-python.args} turn the JIT on together with an AOT cache (the JVM runs with
 * {@code -XX:AOTMode=on}, which fails when the cache cannot be used), {@code fast-start.args} leave
 * it off, and {@link GraalPyResources} gives a standard library and a module root that workers load
 * as bytecode.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StartupModesTest {

    private Path dir;
    private Path image;
    private Path resources;
    private Path root;
    private String classPath;

    @BeforeAll
    void makeImageResourcesAndJars(@TempDir Path tempDir) throws Exception {
        dir = tempDir;
        image = dir.resolve("image");
        interpyJdk(image, Path.of("target", "graal-jit"));
        root = Files.createDirectories(dir.resolve("root"));
        Files.writeString(root.resolve("m.py"), """
                import os
                VALUE = 1
                def value():
                    return VALUE
                def stdlib():
                    return os.__file__
                """);
        classPath = jarClassPath();
        resources = dir.resolve("graalpy-resources");
        run(command("fast-python", "-cp", classPath, GraalPyResources.class.getName(), resources.toString(),
                root.toString()));
        // Unchecked-hash bytecode is used whatever the source says: a changed source proves the .pyc was read.
        Files.writeString(root.resolve("m.py"), Files.readString(root.resolve("m.py")).replace("VALUE = 1", "VALUE = 2"));
    }

    @Test
    void fastPythonRunsTheJitWithAnAotCacheAndPrecompiledModules() throws Exception {
        Path cache = dir.resolve("fast-python.aot");
        run(probe("fast-python", "-XX:AOTCacheOutput=" + cache));
        assertThat(cache).isNotEmptyFile();

        String output = run(probe("fast-python", "-XX:AOTMode=on", "-XX:AOTCache=" + cache));

        assertThat(output).contains("JIT=true", "VALUE=1");
        assertThat(line(output, "STDLIB=")).startsWith(resources.toRealPath().toString()).endsWith("os.py");
    }

    @Test
    void fastStartRunsWithoutTheJit() throws Exception {
        String output = run(probe("fast-start"));

        assertThat(output).contains("JIT=false", "VALUE=1");
    }

    @Test
    void anUpToDateImageIsKeptAndAMissingCompilerIsNamed() throws Exception {
        Path marker = Files.writeString(image.resolve("marker"), "kept");
        interpyJdk(image, Path.of("target", "graal-jit"));
        assertThat(marker).exists();

        assertThatThrownBy(() -> interpyJdk(dir.resolve("other"), dir))
                .hasMessageContaining("holds no Graal compiler jar");
    }

    @Test
    void aResourceDirectoryOfAnotherGraalPyStopsThePool() throws Exception {
        Path other = Files.createDirectories(dir.resolve("other-resources"));
        Files.writeString(other.resolve(PrecompiledResources.STAMP), "0123abcd\n");
        List<String> command = command("fast-start", "-Dpolyglot.engine.resourcePath=" + other, "-cp", classPath,
                StartupProbeMain.class.getName(), root.toString());

        assertThatThrownBy(() -> run(command)).hasMessageContaining("another GraalPy (digest 0123abcd")
                .hasMessageContaining(other.toString()).hasMessageContaining("GraalPyResources");
        assertThat(resources.resolve(PrecompiledResources.STAMP)).content().isEqualToIgnoringWhitespace(
                PrecompiledResources.currentStamp());
    }

    @Test
    void aResourceDirectoryInUseIsNotOverwritten() {
        assertThatThrownBy(() -> GraalPyResources.prepare(resources, List.of()))
                .hasMessageContaining(resources.toString()).hasMessageContaining("not empty");
    }

    /** tools/interpy-jdk.sh as the README gives it, on this JVM's JDK. */
    private static String interpyJdk(Path image, Path jitDir) throws IOException, InterruptedException {
        return run(List.of(Path.of("..", "tools", "interpy-jdk.sh").toAbsolutePath().toString(), image.toString(),
                jitDir.toAbsolutePath().toString(), System.getProperty("java.home")));
    }

    private List<String> probe(String mode, String... jvmOptions) {
        List<String> args = new ArrayList<>(List.of(jvmOptions));
        args.addAll(List.of("-Dpolyglot.engine.resourcePath=" + resources, "-cp", classPath,
                StartupProbeMain.class.getName(), root.toString()));
        return command(mode, args.toArray(String[]::new));
    }

    private List<String> command(String mode, String... args) {
        List<String> command = new ArrayList<>(List.of(image.resolve("bin/java").toString(), "@" + image.resolve(mode + ".args")));
        command.addAll(List.of(args));
        return command;
    }

    private static String line(String output, String prefix) {
        return output.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow().substring(prefix.length());
    }

    /** The AOT cache takes classes from jars only: the main and test classes go into one. */
    private String jarClassPath() throws IOException {
        Path jar = dir.resolve("classes.jar");
        java.util.Set<String> names = new java.util.HashSet<>();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Path classes : List.of(Path.of("target", "classes"), Path.of("target", "test-classes"))) {
                try (Stream<Path> files = Files.walk(classes)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        String name = classes.relativize(file).toString().replace('\\', '/');
                        if (!names.add(name)) {
                            continue; // the compiler's META-INF/jpms.args is in both directories
                        }
                        out.putNextEntry(new JarEntry(name));
                        Files.copy(file, out);
                        out.closeEntry();
                    }
                }
            }
        }
        List<String> entries = new ArrayList<>(List.of(jar.toString()));
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                entries.add(entry);
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit + ":\n" + output);
        }
        return output;
    }
}
