package io.flexprice.domain.time;

import static io.flexprice.domain.common.Rejections.fieldsRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeZonesTest {

    @Test
    void anIanaNameIsItsZone() {
        assertThat(TimeZones.parse("Europe/Berlin", "timezone")).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(TimeZones.parse(" Asia/Kolkata ", "timezone")).isEqualTo(ZoneId.of("Asia/Kolkata"));
        assertThat(TimeZones.parse("+05:30", "timezone")).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void noNameIsNoZone(String name) {
        assertThat(TimeZones.parse(name, "timezone")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mars/Olympus_Mons", "Berlin", "+25:00"})
    void anUnknownNameFailsOnTheField(String name) {
        assertThat(fieldsRejected(() -> TimeZones.parse(name, "timezone"))).containsExactly("timezone");
    }
}
