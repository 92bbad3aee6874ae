package io.interpy.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;

import io.interpy.ConversionException;

/** The tag values are metric tags that dashboards and alerts select on: they must not change. */
class EventEnumsTest {

    @Test
    void tagsAreTheDocumentedLowerCaseNames() {
        assertThat(Arrays.stream(CallOutcome.values()).map(CallOutcome::tag)).containsExactly("success",
                "python_error", "conversion_error", "timeout", "cancelled", "rejected", "error");
        assertThat(Arrays.stream(RetireReason.values()).map(RetireReason::tag)).containsExactly("idle", "max_tasks",
                "max_age", "broken", "timeout", "reloaded", "shutdown");
    }

    @Test
    void aFailureMapsToItsOutcome() {
        assertThat(CallOutcome.of(new CancellationException())).isEqualTo(CallOutcome.CANCELLED);
        assertThat(CallOutcome.of(new ConversionException("argument 0", "cannot convert"))).isEqualTo(CallOutcome.CONVERSION_ERROR);
        assertThat(CallOutcome.of(new IllegalStateException())).isEqualTo(CallOutcome.ERROR);
    }
}
