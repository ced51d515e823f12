package io.ueba.ml.dataset;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines without ever holding more than a bounded number of characters: a line longer than the limit is
 * consumed and reported as too long, so that one broken or hostile line cannot exhaust memory.
 */
final class BoundedLineReader implements Closeable {

    /** Returned for a line over the limit; compared by identity. */
    static final String TOO_LONG = new String("<line too long>");

    private final BufferedReader in;
    private final int maxChars;
    private final StringBuilder line = new StringBuilder();
    private long bytesRead;

    BoundedLineReader(Reader in, int maxChars) {
        this.in = in instanceof BufferedReader buffered ? buffered : new BufferedReader(in, 1 << 16);
        this.maxChars = maxChars;
    }

    /** The next line without its terminator, {@link #TOO_LONG}, or null at the end of the input. */
    String next() throws IOException {
        line.setLength(0);
        boolean tooLong = false;
        int c;
        while ((c = in.read()) != -1) {
            bytesRead += utf8Length(c);
            if (c == '\n') {
                return finish(tooLong);
            }
            if (tooLong == false) {
                if (line.length() == maxChars) {
                    tooLong = true;
                } else {
                    line.append((char) c);
                }
            }
        }
        return line.isEmpty() && tooLong == false ? null : finish(tooLong);
    }

    /** The UTF-8 bytes of the lines returned so far, terminators included: how far into the input they reach. */
    long bytesRead() {
        return bytesRead;
    }

    /** A surrogate is half of a character that takes four bytes. */
    private static int utf8Length(int c) {
        return c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate((char) c) ? 2 : 3;
    }

    private String finish(boolean tooLong) {
        if (tooLong) {
            return TOO_LONG;
        }
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            end--;
        }
        return line.substring(0, end);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
