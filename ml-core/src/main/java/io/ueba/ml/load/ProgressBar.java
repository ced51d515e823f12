package io.ueba.ml.load;

import java.io.PrintStream;
import java.util.Locale;

/**
 * One line on a terminal, redrawn in place: how far a load has got (when its size is known), how many documents
 * and how fast. Redraws at most a few times a second so that it costs nothing next to the load.
 */
public final class ProgressBar {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintStream out;
    private final long startNanos = System.nanoTime();
    private long lastDrawNanos;

    public ProgressBar(PrintStream out) {
        this.out = out;
    }

    /**
     * A bar on standard error when a person is watching, null (no bar) when output goes to a file or a CI log.
     * {@code bin/ueba} sets {@code ueba.progress} when standard error is a terminal: Java 21 cannot tell by itself.
     */
    public static ProgressBar onTerminal() {
        return Boolean.getBoolean("ueba.progress") ? new ProgressBar(System.err) : null;
    }

    /** @param fraction done so far, 0 to 1, or negative when the total is unknown */
    public void update(double fraction, long documents, long failed) {
        long now = System.nanoTime();
        if (now - lastDrawNanos < REDRAW_NANOS) {
            return;
        }
        lastDrawNanos = now;
        draw(fraction, documents, failed, now);
    }

    public void finish(long documents, long failed) {
        draw(1, documents, failed, System.nanoTime());
        out.println();
    }

    private void draw(double fraction, long documents, long failed, long now) {
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        String bar = "";
        if (fraction >= 0) {
            int filled = (int) Math.round(Math.min(1, fraction) * WIDTH);
            bar = "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + String.format(Locale.ROOT, "%3.0f%% ", fraction * 100);
        }
        out.printf(Locale.ROOT, "\r%s%,d docs, %,d failed, %,.0f docs/s", bar, documents, failed, documents / seconds);
        out.flush();
    }
}
