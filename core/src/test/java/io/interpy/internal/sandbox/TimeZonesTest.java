package io.interpy.internal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The TZ a worker gets for each kind of Java zone: names stay names, offsets become POSIX strings. */
class TimeZonesTest {

    @Test
    void regionsAndDatabaseNamesKeepTheirName() {
        assertThat(TimeZones.tzValue(ZoneId.of("Europe/Berlin"))).isEqualTo("Europe/Berlin");
        // Normalises to a fixed offset in Java, but the zone database has the name.
        assertThat(TimeZones.tzValue(ZoneId.of("Etc/GMT-5"))).isEqualTo("Etc/GMT-5");
        assertThat(TimeZones.tzValue(ZoneId.of("UTC"))).isEqualTo("UTC");
    }

    @Test
    void fixedOffsetsBecomePosixStringsWithTheSignReversed() {
        assertThat(TimeZones.tzValue(ZoneOffset.UTC)).isEqualTo("UTC");
        assertThat(TimeZones.tzValue(ZoneOffset.ofHoursMinutes(5, 30))).isEqualTo("<+0530>-05:30");
        assertThat(TimeZones.tzValue(ZoneOffset.ofHours(-3))).isEqualTo("<-0300>+03:00");
    }
}
