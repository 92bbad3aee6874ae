package io.interpy.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.interpy.sample.Analytics.About;
import io.interpy.sample.Analytics.Dependency;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The Python dependency textkit, which comes from its own jar (module sample-textkit) in the
 * GraalPy VFS layout: {@code /api/words} counts with it, {@code /api/about} reads its metadata.
 * Expected values were computed by running the same Python code with CPython. Same properties as
 * {@link SampleApplicationTests}, so both share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "interpy.pool.min-size=1", "interpy.pool.max-size=1", "interpy.pool.queue-capacity=1",
        "sample.primes-timeout=1s" })
@AutoConfigureRestTestClient
class TextkitDependencyTests {

    private static final String VFS_ROOT = "GRAALPY-VFS/io.interpy/interpy-sample-textkit";

    private static final String TEXT = "It was the best of times, it was the worst of times; it was the age of wisdom,"
            + " it was the age of foolishness. Go, go, go!";

    @Autowired
    private RestTestClient client;

    @Test
    void wordsCountsWithTextkit() {
        client.post().uri("/api/words?limit=3").contentType(MediaType.TEXT_PLAIN).body(TEXT).exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        [{"word":"it","count":4},{"word":"was","count":4},{"word":"the","count":4}]""", JsonCompareMode.STRICT);
    }

    @Test
    void filtersAreTextkitsEntryPointsAppliedInOrder() {
        // "stopwords" reads textkit/data/stopwords.txt through importlib.resources
        client.post().uri("/api/words?limit=3&filter=stopwords").contentType(MediaType.TEXT_PLAIN).body(TEXT)
                .exchange().expectStatus().isOk()
                .expectBody().json("""
                        [{"word":"go","count":3},{"word":"times","count":2},{"word":"age","count":2}]""", JsonCompareMode.STRICT);
        client.post().uri("/api/words?limit=3&filter=stopwords&filter=short").contentType(MediaType.TEXT_PLAIN)
                .body(TEXT).exchange().expectStatus().isOk()
                .expectBody().json("""
                        [{"word":"times","count":2},{"word":"age","count":2},{"word":"best","count":1}]""", JsonCompareMode.STRICT);
    }

    @Test
    void unknownFilterBecomesBadRequestProblemListingTheInstalledOnes() {
        client.post().uri("/api/words?filter=nope").contentType(MediaType.TEXT_PLAIN).body(TEXT).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.pythonType").isEqualTo("ValueError")
                .jsonPath("$.detail").isEqualTo("unknown filter 'nope' (installed: short, stopwords)");
    }

    @Test
    void aboutReadsTextkitsMetadataFromTheVfsJar() throws IOException {
        About about = client.get().uri("/api/about").exchange().expectStatus().isOk()
                .expectBody(About.class).returnResult().getResponseBody();
        assertThat(about).isNotNull();
        assertThat(about.implementation()).isEqualTo("graalpy");
        assertThat(about.pythonVersion()).startsWith("3.12.");
        assertThat(about.dependencies()).hasSize(1);
        Dependency textkit = about.dependencies().get(0);
        assertThat(textkit.name()).isEqualTo("textkit");
        assertThat(textkit.version()).isEqualTo("1.0.0");
        assertThat(textkit.summary()).isEqualTo("Small text utilities: words, word counts, stop words");
        assertThat(textkit.installer()).isEqualTo("pip");
        assertThat(textkit.entryPoints()).isEqualTo(Map.of("textkit.filters", List.of("short", "stopwords")));
        // found through the graalpy-vfs: entry of interpy.python.path, in the venv's site-packages
        assertThat(textkit.location()).endsWith("/" + VFS_ROOT + "/venv/lib/python3.12/site-packages");

        // and that VFS is on the class path once, from the sample-textkit artifact (its jar; its
        // target/classes when a reactor build stops before package), listing the dist-info
        List<URL> filesLists = Collections.list(getClass().getClassLoader().getResources(VFS_ROOT + "/fileslist.txt"));
        assertThat(filesLists).hasSize(1);
        assertThat(filesLists.get(0).toString()).containsAnyOf("/interpy-sample-textkit-", "/sample-textkit/target/classes/");
        try (InputStream in = filesLists.get(0).openStream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines())
                    .startsWith("/" + VFS_ROOT + "/")
                    .contains("/" + VFS_ROOT + "/venv/lib/python3.12/site-packages/textkit-1.0.0.dist-info/METADATA",
                            "/" + VFS_ROOT + "/venv/lib/python3.12/site-packages/textkit/data/stopwords.txt");
        }
    }
}
