package io.ueba.ml.dataset;

import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;

import java.io.Reader;

/**
 * The login-attempt CSV of the book dataset in {@code shared/datasets/book-ch11}:
 * {@code datetime,source_ip,username,success,failure_reason}. The attempts are web sign-ins with a password and
 * name no hosts, so the source is the IP and the destination is the one application they sign in to.
 */
public final class BookCh11Reader extends LoginReader {

    public static final String DESTINATION = "web-app";

    private static final String[] COLUMNS = { "datetime", "source_ip", "username", "success", "failure_reason" };

    private final BookCh11Labels labels;

    /** @param labels the attack windows, or null when the run has none */
    public BookCh11Reader(Reader in, BookCh11Labels labels) {
        super(in);
        this.labels = labels;
    }

    @Override
    protected ParsedLine parse(long line, String text) {
        if (line == 1 && text.startsWith("datetime,")) {
            return new ParsedLine.Skipped(line, "header");
        }
        if (text.isBlank()) {
            return new ParsedLine.Skipped(line, "blank line");
        }
        try {
            Columns row = Columns.split(text, ',', COLUMNS);
            LoginOutcome outcome = switch (row.required(3)) {
                case "True" -> LoginOutcome.SUCCESS;
                case "False" -> LoginOutcome.FAILURE;
                default -> throw new Columns.BadColumn("[success] is neither True nor False: [" + Columns.abbreviate(row.text(3)) + "]");
            };
            LoginEvent event = new LoginEvent(
                BookTimes.parse(row.required(0), COLUMNS[0]),
                row.required(2),
                null,
                row.required(1),
                null,
                DESTINATION,
                null,
                outcome,
                "password",
                "web",
                row.text(4).isEmpty() ? null : row.text(4),
                null
            );
            return new ParsedLine.Login(line, labels == null ? event : event.withLabel(labels.label(event.timestamp())));
        } catch (Columns.BadColumn e) {
            return new ParsedLine.Rejected(line, e.getMessage());
        }
    }
}
