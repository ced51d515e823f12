package io.ueba.tools.cli;

import io.ueba.tools.synth.DemoLoginConfig;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LoadDemoCommandTest {

    private static Clock at(String instant, ZoneId zone) {
        return Clock.fixed(Instant.parse(instant), zone);
    }

    @Test
    void byDefaultTheLastDayIsTodayInUtc() {
        DemoLoginConfig config = LoadDemoCommand.config(new CommandLine(List.of()), at("2027-02-10T23:30:00Z", ZoneId.of("Asia/Tokyo")));
        assertEquals(Instant.parse("2027-01-14T00:00:00Z"), config.start());
        assertEquals(Instant.parse("2027-02-11T00:00:00Z"), config.end());
        assertEquals(DemoLoginConfig.DEFAULT_DAYS, config.days());

        DemoLoginConfig week = LoadDemoCommand.config(new CommandLine(List.of("--days", "7")), at("2027-02-10T00:00:00Z", ZoneOffset.UTC));
        assertEquals(Instant.parse("2027-02-04T00:00:00Z"), week.start());
    }

    @Test
    void startPinsThePeriodWhateverTheDay() {
        List<String> args = List.of("--start", "2026-10-01", "--days", "28", "--seed", "7");
        DemoLoginConfig config = LoadDemoCommand.config(new CommandLine(args), at("2027-02-10T12:00:00Z", ZoneOffset.UTC));
        assertEquals(DemoLoginConfig.defaults().withSeed(7).withPeriod(Instant.parse("2026-10-01T00:00:00Z"), 28), config);
        assertEquals(config, LoadDemoCommand.config(new CommandLine(args), at("2031-06-01T12:00:00Z", ZoneOffset.UTC)));
    }

    @Test
    void aStartThatIsNotADayIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> LoadDemoCommand.config(new CommandLine(List.of("--start", "yesterday")), Clock.systemUTC()));
        assertEquals("[--start] is not a day like 2026-10-01: [yesterday]", e.getMessage());
    }
}
