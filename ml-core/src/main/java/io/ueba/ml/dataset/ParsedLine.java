package io.ueba.ml.dataset;

import io.ueba.ml.login.LoginEvent;

/** What one line of a log turned out to be. Every line read is one of these, so counts always add up. */
public sealed interface ParsedLine {

    /** 1-based line number in the input. */
    long line();

    /** A login the reader built from the line's columns. */
    record Login(long line, LoginEvent event) implements ParsedLine {}

    /**
     * A JSON object, to be indexed as it came: the ingest pipeline, not the reader, decides what it makes of the
     * fields, so that loading a file is never stricter than shipping the same lines any other way.
     */
    record Document(long line, String json) implements ParsedLine {}

    /** A line that should have been a login but could not be read; the reason names the column or field. */
    record Rejected(long line, String reason) implements ParsedLine {}

    /** A well-formed line that is not a login (a log-off, a ticket request, a comment). */
    record Skipped(long line, String reason) implements ParsedLine {}
}
