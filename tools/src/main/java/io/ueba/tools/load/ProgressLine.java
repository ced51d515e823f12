package io.ueba.tools.load;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * One line on a terminal, redrawn in place while a load runs: how far it has got (when the input's size is known) and
 * the same counts as the load's summary. Redraws at most a few times a second so that it costs nothing next to the
 * load.
 */
public final class ProgressLine {

    private static final long REDRAW_NANOS = 250_000_000L;
    /** Clears what a longer line drawn before left to the right of the cursor. */
    private static final String CLEAR_TO_END = "\033[K";

    private final PrintStream out;
    private long lastDrawNanos;

    public ProgressLine(PrintStream out) {
        this.out = out;
    }

    /**
     * A progress line on standard error when a person is watching, null (none) when output goes to a file or a CI log.
     * {@code bin/ueba} sets {@code ueba.progress} when standard error is a terminal: Java 21 cannot tell by itself.
     */
    public static ProgressLine onTerminal() {
        return Boolean.getBoolean("ueba.progress") ? new ProgressLine(System.err) : null;
    }

    /** Draws the load as it starts, at 0%, before the first line is read. */
    public void start(LoadReport nothingYet) {
        draw(0, nothingYet);
    }

    /** @param fraction done so far, 0 to 1, or negative when the total is unknown */
    public void update(double fraction, Supplier<LoadReport> soFar) {
        if (System.nanoTime() - lastDrawNanos >= REDRAW_NANOS) {
            draw(fraction, soFar.get());
        }
    }

    public void finish(LoadReport report) {
        draw(1, report);
        out.println();
    }

    private void draw(double fraction, LoadReport soFar) {
        lastDrawNanos = System.nanoTime();
        String percent = fraction < 0 ? "" : String.format(Locale.ROOT, "%3.0f%% ", Math.min(1, fraction) * 100);
        out.printf(Locale.ROOT, "\r%s%s, %,.0f docs/s%s", percent, soFar.counts(), soFar.documentsPerSecond(), CLEAR_TO_END);
        out.flush();
    }
}
