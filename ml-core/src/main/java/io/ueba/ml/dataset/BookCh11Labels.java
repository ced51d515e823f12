package io.ueba.ml.dataset;

import io.ueba.ml.login.LoginLabel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The attack windows of the book dataset's {@code hackers_*.csv} ({@code start,end,source_ip}). A login is an attack
 * when its minute lies between the floor of an attack's start minute and the ceiling of its end minute, both
 * included: the rule the dataset's README gives.
 */
public final class BookCh11Labels {

    public static final LoginLabel ATTACK = LoginLabel.attack("brute_force");

    private record Window(Instant firstMinute, Instant lastMinute) {}

    private final List<Window> windows;

    private BookCh11Labels(List<Window> windows) {
        this.windows = windows;
    }

    /** Reads one or more hackers files, each with its header line. */
    public static BookCh11Labels read(List<Reader> files) throws IOException {
        List<Window> windows = new ArrayList<>();
        for (Reader file : files) {
            BufferedReader lines = new BufferedReader(file);
            String text;
            long line = 0;
            while ((text = lines.readLine()) != null) {
                line++;
                if (text.isBlank() || (line == 1 && text.startsWith("start,"))) {
                    continue;
                }
                String[] parts = text.split(",", -1);
                if (parts.length < 2) {
                    throw new IOException("hackers line " + line + ": expected start,end,source_ip");
                }
                try {
                    Instant start = BookTimes.parse(parts[0].trim(), "start");
                    Instant end = BookTimes.parse(parts[1].trim(), "end");
                    windows.add(new Window(start.truncatedTo(ChronoUnit.MINUTES), ceilMinute(end)));
                } catch (Columns.BadColumn e) {
                    throw new IOException("hackers line " + line + ": " + e.getMessage());
                }
            }
        }
        return new BookCh11Labels(List.copyOf(windows));
    }

    public int attacks() {
        return windows.size();
    }

    public LoginLabel label(Instant timestamp) {
        Instant minute = timestamp.truncatedTo(ChronoUnit.MINUTES);
        for (Window window : windows) {
            if (minute.isBefore(window.firstMinute()) == false && minute.isAfter(window.lastMinute()) == false) {
                return ATTACK;
            }
        }
        return LoginLabel.BENIGN;
    }

    private static Instant ceilMinute(Instant instant) {
        Instant floor = instant.truncatedTo(ChronoUnit.MINUTES);
        return floor.equals(instant) ? floor : floor.plus(1, ChronoUnit.MINUTES);
    }
}
