package io.decibench.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.decibench.kernel.bundle.Frequency;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class XnysCalendarTest {
    private final XnysCalendar xnys = new XnysCalendar();

    @ParameterizedTest
    @CsvSource({"2022, 251", "2023, 250", "2024, 252"})
    void sessionsPerYear(int year, int sessions) {
        assertThat(xnys.sessions(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))).hasSize(sessions);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2022-06-20", // Juneteenth (Sunday) observed Monday
            "2024-03-29", // Good Friday
            "2023-01-02", // New Year's Day (Sunday) observed Monday
            "2022-01-17", "2024-02-19", "2024-05-27", "2024-06-19", "2024-07-04", "2024-09-02", "2024-11-28",
            "2024-12-25", "2021-12-24", // Christmas on a Saturday observed Friday
            "2022-12-26", // Christmas on a Sunday observed Monday
            "2021-07-05", // Independence Day on a Sunday observed Monday
            "2020-07-03", // Independence Day on a Saturday observed Friday
            "2027-06-18" // Juneteenth on a Saturday observed Friday
    })
    void holidays(String date) {
        LocalDate d = LocalDate.parse(date);
        assertThat(xnys.isHoliday(d)).isTrue();
        assertThat(xnys.isSession(d)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2021-12-31", // New Year's Day 2022 is a Saturday: not observed on the Friday before
            "2021-06-18", // Juneteenth only from 2022
            "2024-07-03", "2024-11-29", "2024-12-24", "2024-01-02"
    })
    void sessions(String date) {
        assertThat(xnys.isSession(LocalDate.parse(date))).isTrue();
    }

    @Test
    void weekendsAreNotSessions() {
        assertThat(xnys.isSession(LocalDate.of(2024, 6, 1))).isFalse();
        assertThat(xnys.isSession(LocalDate.of(2024, 6, 2))).isFalse();
        assertThat(xnys.isHoliday(LocalDate.of(2024, 6, 1))).isFalse();
    }

    @Test
    void goodFridayFollowsEaster() {
        assertThat(XnysCalendar.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(XnysCalendar.easterSunday(2023)).isEqualTo(LocalDate.of(2023, 4, 9));
        assertThat(XnysCalendar.easterSunday(2022)).isEqualTo(LocalDate.of(2022, 4, 17));
        assertThat(XnysCalendar.easterSunday(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
        assertThat(xnys.isHoliday(LocalDate.of(2023, 4, 7))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-11-29", "2024-07-03", "2023-07-03", "2024-12-24", "2023-11-24", "2019-07-03"})
    void earlyCloses(String date) {
        LocalDate d = LocalDate.parse(date);
        assertThat(xnys.isEarlyClose(d)).isTrue();
        assertThat(xnys.closeTime(d)).isEqualTo(LocalTime.of(13, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-07-01", "2024-07-05", "2024-12-23", "2024-11-27", "2024-12-31"})
    void regularCloses(String date) {
        LocalDate d = LocalDate.parse(date);
        assertThat(xnys.isEarlyClose(d)).isFalse();
        assertThat(xnys.closeTime(d)).isEqualTo(LocalTime.of(16, 0));
    }

    @Test
    void earlyClosesIn2022To2024() {
        List<LocalDate> early = xnys.sessions(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31)).stream()
                .filter(xnys::isEarlyClose).toList();
        assertThat(early).extracting(LocalDate::toString).containsExactly(
                "2022-11-25", "2023-07-03", "2023-11-24", "2024-07-03", "2024-11-29", "2024-12-24");
    }

    @Test
    void closeTimeOfANonSessionIsAnError() {
        assertThatThrownBy(() -> xnys.closeTime(LocalDate.of(2024, 3, 29)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-03-29");
    }

    @Test
    void dailyBarEndsAtTheClose() {
        assertThat(times(LocalDate.of(2024, 11, 29), Frequency.DAILY)).containsExactly("13:00");
        assertThat(times(LocalDate.of(2024, 11, 27), Frequency.DAILY)).containsExactly("16:00");
    }

    @Test
    void hourlyBarEnds() {
        assertThat(times(LocalDate.of(2024, 3, 4), Frequency.HOURLY))
                .containsExactly("10:30", "11:30", "12:30", "13:30", "14:30", "15:30", "16:00");
        assertThat(times(LocalDate.of(2024, 7, 3), Frequency.HOURLY))
                .containsExactly("10:30", "11:30", "12:30", "13:00");
    }

    @Test
    void minuteBarEnds() {
        List<String> regular = times(LocalDate.of(2024, 9, 3), Frequency.MINUTE);
        assertThat(regular).hasSize(390).startsWith("09:31", "09:32").endsWith("15:59", "16:00");
        List<String> early = times(LocalDate.of(2024, 11, 29), Frequency.MINUTE);
        assertThat(early).hasSize(210).startsWith("09:31").endsWith("13:00");
    }

    @Test
    void barEndsAreUtcInstantsAcrossDaylightSaving() {
        // EST (UTC-5) in January, EDT (UTC-4) in July
        assertThat(xnys.barEnds(LocalDate.of(2024, 1, 2), Frequency.DAILY)[0])
                .isEqualTo(Instant.parse("2024-01-02T21:00:00Z").toEpochMilli());
        assertThat(xnys.barEnds(LocalDate.of(2024, 7, 2), Frequency.DAILY)[0])
                .isEqualTo(Instant.parse("2024-07-02T20:00:00Z").toEpochMilli());
    }

    private List<String> times(LocalDate session, Frequency frequency) {
        return Arrays.stream(xnys.barEnds(session, frequency))
                .mapToObj(ms -> ZonedDateTime.ofInstant(Instant.ofEpochMilli(ms), XnysCalendar.ZONE))
                .peek(t -> assertThat(t.toLocalDate()).isEqualTo(session))
                .map(t -> t.toLocalTime().toString())
                .toList();
    }
}
