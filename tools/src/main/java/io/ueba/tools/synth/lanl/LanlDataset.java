package io.ueba.tools.synth.lanl;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the generator made: auth.txt's lines in time order, and the red team's logins, each one of those lines.
 *
 * @param events  every auth.txt line: logons, log-offs and Kerberos ticket lines
 * @param redTeam the red-team logons, in time order
 */
public record LanlDataset(LanlConfig config, List<AuthEvent> events, List<RedTeamLogin> redTeam) {

    public static final String AUTH_FILE = "auth.txt";
    public static final String RED_TEAM_FILE = "redteam.txt";

    public LanlDataset {
        events = List.copyOf(events);
        redTeam = List.copyOf(redTeam);
    }

    /** Writes {@code auth.txt} and {@code redteam.txt} into the directory, made if missing. */
    public void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        try (BufferedWriter out = Files.newBufferedWriter(directory.resolve(AUTH_FILE), StandardCharsets.UTF_8)) {
            for (AuthEvent event : events) {
                out.write(event.line());
                out.write('\n');
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(directory.resolve(RED_TEAM_FILE), StandardCharsets.UTF_8)) {
            for (RedTeamLogin login : redTeam) {
                out.write(login.line());
                out.write('\n');
            }
        }
    }

    /** The second the red team's first day starts: training on the logins before it leaves the red team out. */
    public long redTeamFrom() {
        return config.redTeamFromDay() * LanlClock.DAY;
    }

    /** Sizes in one line: lines and logons, red-team logons, accounts, computers and distinct edges. */
    public String summary() {
        long logons = 0;
        Set<String> users = new HashSet<>();
        Set<String> machineAccounts = new HashSet<>();
        Set<String> computers = new HashSet<>();
        Set<String> edges = new HashSet<>();
        for (AuthEvent event : events) {
            computers.add(event.source());
            computers.add(event.destination());
            if (event.logOn() == false) {
                continue;
            }
            logons++;
            String user = event.sourceUser();
            (user.contains("$@") ? machineAccounts : users).add(user);
            edges.add(event.source() + " " + event.destination() + " " + event.authType() + "/" + event.logonType());
        }
        users.removeIf(user -> user.startsWith("U") == false);
        return String.format(Locale.ROOT,
            "%,d logins in %,d auth lines, %,d red-team logins; %,d users and service accounts, %,d machine accounts, %,d computers, "
                + "%,d distinct edges (source, destination, auth/logon type); the red team starts on day %d (second %d)",
            logons, events.size(), redTeam.size(), users.size(), machineAccounts.size(), computers.size(), edges.size(), config.redTeamFromDay(),
            redTeamFrom());
    }
}
