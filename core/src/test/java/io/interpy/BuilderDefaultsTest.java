package io.interpy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Defaults of the plain-Java builder that must agree with the Spring properties' defaults. */
class BuilderDefaultsTest {

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    @Test
    void anUnsetMaxSizeIsTheProcessorCountOrMinSizeWhenThatIsLarger() {
        try (InterpreterExecutor larger = InterpreterExecutor.builder().name("defaults-larger").minSize(CORES + 1)
                .logPythonOutput(false).build()) {
            assertThat(larger.stats().maxSize()).isEqualTo(CORES + 1);
            assertThat(larger.stats().size()).isEqualTo(CORES + 1);
        }
        try (InterpreterExecutor plain = InterpreterExecutor.builder().name("defaults-plain").logPythonOutput(false)
                .build()) {
            assertThat(plain.stats().maxSize()).isEqualTo(CORES);
        }
    }
}
