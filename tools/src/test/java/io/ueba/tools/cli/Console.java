package io.ueba.tools.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Captures what a command prints to standard output and error, and puts the real ones back on close. */
final class Console implements AutoCloseable {

    private final PrintStream realOut = System.out;
    private final PrintStream realErr = System.err;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    Console() {
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    String lastErrLine() {
        List<String> lines = err().lines().toList();
        return lines.isEmpty() ? "" : lines.getLast();
    }

    @Override
    public void close() {
        System.setOut(realOut);
        System.setErr(realErr);
    }
}
