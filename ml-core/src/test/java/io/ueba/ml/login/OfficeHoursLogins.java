package io.ueba.ml.login;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A small office for model tests: three weeks of weekday logins between 8 and 18 o'clock from France, ten a day per
 * user, each from the user's own workstation ({@code ws-<user>}) to the file or the mail server.
 */
public final class OfficeHoursLogins {

    public static final Instant MONDAY = Instant.parse("2026-11-02T00:00:00Z");
    public static final List<String> USERS = List.of("alice", "bob", "carol", "dave");

    private OfficeHoursLogins() {}

    public static List<LoginEvent> threeWeeks() {
        Random random = new Random(5);
        List<LoginEvent> logins = new ArrayList<>();
        for (int day = 0; day < 21; day++) {
            if (day % 7 >= 5) {
                continue;
            }
            for (String user : USERS) {
                for (int login = 0; login < 10; login++) {
                    Instant at = MONDAY.plus(day, ChronoUnit.DAYS).plus(8 * 60 + random.nextInt(10 * 60), ChronoUnit.MINUTES);
                    logins.add(login(user, "ws-" + user, random.nextBoolean() ? "srv-file" : "srv-mail", "FR", at));
                }
            }
        }
        return logins;
    }

    /** A successful Kerberos network logon. */
    public static LoginEvent login(String user, String source, String destination, String country, Instant at) {
        return new LoginEvent(at, user, null, null, source, country, destination, null, LoginOutcome.SUCCESS, "Kerberos", "Network", null, null);
    }
}
