package io.ueba.ml.dataset;

import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;

import java.io.Reader;
import java.time.Instant;

/**
 * LANL "Comprehensive, Multi-Source Cyber-Security Events" auth.txt:
 * {@code time,src_user@domain,dst_user@domain,src_computer,dst_computer,auth_type,logon_type,auth_orientation,success_or_failure}.
 * Times are seconds from an epoch the dataset does not state, so the caller chooses it. The user is the source user,
 * the one who authenticates (the red team file names that one). Only {@code LogOn} lines are logins; log-offs and
 * Kerberos ticket lines are skipped. {@code ?} means unknown.
 */
public final class LanlAuthReader extends LoginReader {

    private static final String[] COLUMNS = {
        "time", "src_user@domain", "dst_user@domain", "src_computer", "dst_computer",
        "auth_type", "logon_type", "auth_orientation", "success_or_failure" };

    private final Instant epoch;
    private final LanlRedteamLabels labels;

    /** @param labels the red team events, or null when the run has none */
    public LanlAuthReader(Reader in, Instant epoch, LanlRedteamLabels labels) {
        super(in);
        this.epoch = epoch;
        this.labels = labels;
    }

    @Override
    protected ParsedLine parse(long line, String text) {
        if (text.isBlank()) {
            return new ParsedLine.Skipped(line, "blank line");
        }
        try {
            Columns row = Columns.split(text, ',', COLUMNS);
            String orientation = row.required(7);
            if (orientation.equals("LogOn") == false) {
                return new ParsedLine.Skipped(line, "not a logon: " + Columns.abbreviate(orientation));
            }
            long seconds = row.longValue(0);
            String[] user = UserAtDomain.split(row.required(1), COLUMNS[1]);
            String source = unknownAsNull(row.text(3));
            String destination = unknownAsNull(row.text(4));
            LoginEvent event = new LoginEvent(
                epoch.plusSeconds(seconds),
                user[0],
                user[1],
                null,
                source,
                destination,
                null,
                outcome(row.required(8)),
                unknownAsNull(row.text(5)),
                unknownAsNull(row.text(6)),
                null,
                labels == null ? null : labels.label(seconds, row.required(1), row.text(3), row.text(4))
            );
            return new ParsedLine.Login(line, event);
        } catch (Columns.BadColumn e) {
            return new ParsedLine.Rejected(line, e.getMessage());
        }
    }

    private static LoginOutcome outcome(String value) {
        return switch (value) {
            case "Success" -> LoginOutcome.SUCCESS;
            case "Fail" -> LoginOutcome.FAILURE;
            default -> throw new Columns.BadColumn("[success_or_failure] is neither Success nor Fail: [" + Columns.abbreviate(value) + "]");
        };
    }

    private static String unknownAsNull(String value) {
        return value.isEmpty() || value.equals("?") ? null : value;
    }

    /** Splits {@code user@domain}; a missing domain is null. */
    static final class UserAtDomain {

        private UserAtDomain() {}

        static String[] split(String value, String column) {
            int at = value.lastIndexOf('@');
            if (at == 0) {
                throw new Columns.BadColumn("[" + column + "] has no user: [" + Columns.abbreviate(value) + "]");
            }
            return at < 0 ? new String[] { value, null } : new String[] { value.substring(0, at), value.substring(at + 1) };
        }
    }
}
