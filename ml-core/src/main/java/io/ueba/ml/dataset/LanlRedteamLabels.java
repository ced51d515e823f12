package io.ueba.ml.dataset;

import io.ueba.ml.login.LoginLabel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * LANL redteam.txt, {@code time,user@domain,src_computer,dst_computer}: the authentication events of the red team.
 * An auth.txt login is an attack when all four match. The file is small (hundreds of lines), so it is held in memory.
 */
public final class LanlRedteamLabels {

    public static final LoginLabel ATTACK = LoginLabel.attack("lanl_redteam");

    private final Set<String> events;

    private LanlRedteamLabels(Set<String> events) {
        this.events = events;
    }

    public static LanlRedteamLabels read(Reader in) throws IOException {
        Set<String> events = new HashSet<>();
        BufferedReader lines = new BufferedReader(in);
        String text;
        long line = 0;
        while ((text = lines.readLine()) != null) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            String[] parts = text.split(",", -1);
            if (parts.length != 4) {
                throw new IOException("redteam line " + line + ": expected 4 columns (time,user@domain,src_computer,dst_computer), found " + parts.length);
            }
            try {
                events.add(key(Long.parseLong(parts[0].trim()), parts[1], parts[2], parts[3]));
            } catch (NumberFormatException e) {
                throw new IOException("redteam line " + line + ": [time] is not a whole number: [" + parts[0] + "]");
            }
        }
        return new LanlRedteamLabels(Set.copyOf(events));
    }

    public int size() {
        return events.size();
    }

    LoginLabel label(long seconds, String userAtDomain, String source, String destination) {
        return events.contains(key(seconds, userAtDomain, source, destination)) ? ATTACK : LoginLabel.BENIGN;
    }

    private static String key(long seconds, String userAtDomain, String source, String destination) {
        return (seconds + "," + userAtDomain.trim() + "," + source.trim() + "," + destination.trim()).toLowerCase(Locale.ROOT);
    }
}
