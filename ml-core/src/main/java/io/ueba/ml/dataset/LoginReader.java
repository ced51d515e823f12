package io.ueba.ml.dataset;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Streams a log, one {@link ParsedLine} per line, never holding more than a line in memory. A format implements
 * {@link #parse}; a line over {@link #MAX_LINE_CHARS} is rejected without being buffered.
 */
public abstract class LoginReader implements Iterator<ParsedLine>, Closeable {

    public static final int MAX_LINE_CHARS = 64 * 1024;

    private final BoundedLineReader lines;
    private long lineNumber;
    private ParsedLine next;

    protected LoginReader(Reader in) {
        this.lines = new BoundedLineReader(in, MAX_LINE_CHARS);
    }

    /** Reads one line of the format; {@code line} is 1-based. */
    protected abstract ParsedLine parse(long line, String text);

    /**
     * How far into the input the lines read so far reach, in UTF-8 bytes: unlike the bytes taken from the file, this
     * does not run ahead by what the decoder and the line buffer read before the lines are handed out.
     */
    public long bytesRead() {
        return lines.bytesRead();
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = read();
        }
        return next != null;
    }

    @Override
    public ParsedLine next() {
        if (hasNext() == false) {
            throw new NoSuchElementException();
        }
        ParsedLine line = next;
        next = null;
        return line;
    }

    private ParsedLine read() {
        try {
            String text = lines.next();
            if (text == null) {
                return null;
            }
            lineNumber++;
            if (text == BoundedLineReader.TOO_LONG) {
                return new ParsedLine.Rejected(lineNumber, "line is longer than " + MAX_LINE_CHARS + " characters");
            }
            return parse(lineNumber, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
