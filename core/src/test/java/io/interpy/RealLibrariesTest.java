package io.interpy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.interpy.testing.DebianPythonPackages;

/**
 * Third-party libraries as a user has them: Debian's packages copied into a site-packages root
 * (their egg-info included, which is how markdown finds its extensions), called through the
 * executor in both workers, answering as on CPython (expected/libs.txt).
 */
class RealLibrariesTest {

    @TempDir
    Path tmp;

    @Test
    void markdownWithItsEntryPointExtensionsRendersAsOnCPython() throws Exception {
        Path site = DebianPythonPackages.copy(tmp.resolve("site-packages"), "markdown", "Markdown-*");
        try (InterpreterExecutor executor = InterpreterExecutor.builder().name("libs").minSize(2).maxSize(2)
                .pythonPath("classpath:python", site.toString()).build()) {
            var first = executor.call(PythonCall.target("libs:as_json").args("markdown_html"), String.class);
            var second = executor.call(PythonCall.target("libs:as_json").args("markdown_html"), String.class);
            String expected = expected().get("markdown_html");
            assertThat(first.get(120, TimeUnit.SECONDS)).isEqualTo(expected);
            assertThat(second.get(120, TimeUnit.SECONDS)).isEqualTo(expected);
        }
    }

    private static Map<String, String> expected() throws IOException {
        try (InputStream in = RealLibrariesTest.class.getClassLoader().getResourceAsStream("expected/libs.txt")) {
            Map<String, String> answers = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    answers.put(line.substring(0, line.indexOf(' ')), line.substring(line.indexOf(' ') + 1));
                }
            }
            return answers;
        }
    }
}
