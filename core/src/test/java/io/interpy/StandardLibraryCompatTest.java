package io.interpy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Standard-library calls that GraalPy 25.0.3 cannot make in a sandboxed worker on its own
 * (re.Scanner, unicodedata.lookup and the idna codec need its C modules, asyncio's event loop a socket pair and
 * select()) or gets wrong (zlib's gzip container fed in pieces, hashlib's BLAKE2 parameters and SHAKE lengths,
 * lzma's raw filter chains, json numbers parsed by the scanner itself, json.dumps with an indent without generators, ElementTree's batched writer, utf-16/utf-32 text written in pieces (one byte order mark), await anext(iterator, default), except* statements, which it runs as
 * NotImplementedError), answered as CPython answers them (expected/compat.txt), in both workers of a pool.
 */
class StandardLibraryCompatTest {

    private static InterpreterExecutor executor;
    private static Map<String, String> cpython;

    @BeforeAll
    static void start() throws IOException {
        executor = InterpreterExecutor.builder().name("compat").minSize(2).maxSize(2).build();
        cpython = new HashMap<>();
        try (InputStream in = StandardLibraryCompatTest.class.getClassLoader().getResourceAsStream("expected/compat.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    cpython.put(line.substring(0, line.indexOf(' ')), line.substring(line.indexOf(' ') + 1));
                }
            }
        }
    }

    @AfterAll
    static void stop() {
        executor.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"scanner", "lookup", "idna", "event_loop", "gzip_framing", "hash_params", "lzma_raw",
            "anext_default", "except_star_outcomes", "json_numbers", "json_indented", "etree_serialise", "utf16_writes"})
    void answersAsCPythonInEveryWorker(String call) throws Exception {
        // Two calls at once land on the two workers; each must answer the same.
        var first = executor.call(PythonCall.target("compat:as_json").args(call), String.class);
        var second = executor.call(PythonCall.target("compat:as_json").args(call), String.class);
        assertThat(first.get(120, TimeUnit.SECONDS)).isEqualTo(cpython.get(call));
        assertThat(second.get(120, TimeUnit.SECONDS)).isEqualTo(cpython.get(call));
        assertThat(executor.stats().retired()).isZero();
    }
}
