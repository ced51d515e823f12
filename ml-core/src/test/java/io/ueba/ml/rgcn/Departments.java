package io.ueba.ml.rgcn;

import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A small company for graph tests: four departments of eight users, each user on their own workstation
 * ({@code ws-<user>}), logging in over two weeks to two of their department's three servers ({@code srv-<dept>-<n>})
 * and to the shared mail server. Who logs in where follows the departments, so a model of the graph can tell a login
 * to a department's third server (never used by that user, but used by their colleagues) from a login to another
 * department's server.
 */
final class Departments {

    static final Instant START = Instant.parse("2026-11-02T00:00:00Z");
    static final int DEPARTMENTS = 4;
    static final int USERS_PER_DEPARTMENT = 8;

    private Departments() {}

    static String user(int department, int index) {
        return "u" + department + index;
    }

    static String server(int department, int index) {
        return "srv-" + department + "-" + index;
    }

    /** The department server the user never logs in to. */
    static int unusedServer(int index) {
        return index % 3;
    }

    static List<LoginEvent> twoWeeks() {
        Random random = new Random(11);
        List<LoginEvent> logins = new ArrayList<>();
        for (int day = 0; day < 14; day++) {
            for (int department = 0; department < DEPARTMENTS; department++) {
                for (int index = 0; index < USERS_PER_DEPARTMENT; index++) {
                    String user = user(department, index);
                    for (int login = 0; login < 4; login++) {
                        Instant at = START.plus(day, ChronoUnit.DAYS).plus(8 * 60 + random.nextInt(600), ChronoUnit.MINUTES);
                        int server = (unusedServer(index) + 1 + random.nextInt(2)) % 3;
                        String destination = login == 0 ? "srv-mail" : server(department, server);
                        logins.add(login(user, "ws-" + user, destination, at));
                    }
                }
            }
        }
        return logins;
    }

    static LoginEvent login(String user, String source, String destination, Instant at) {
        return new LoginEvent(at, user, null, null, source, "FR", destination, null, LoginOutcome.SUCCESS, "Kerberos", "Network", null, null);
    }
}
