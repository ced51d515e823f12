package io.ueba.tools.synth.raw;

import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes a login as sshd logs it to syslog ({@code Nov 28 06:25:01 bastion-1 sshd[1234]: Accepted publickey for alice
 * from 10.0.0.5 port 50522 ssh2}), as the {@code message} of the document a collector ships. For benchmarks of the
 * {@code ueba-sshd} pipeline.
 */
public final class SshdSyslogLines {

    private static final DateTimeFormatter SYSLOG_TIME = DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private SshdSyslogLines() {}

    /** The document a collector would send for the login's syslog line. */
    public static String render(LoginEvent login) {
        int pid = 1000 + (int) (login.timestamp().getEpochSecond() % 30_000);
        String host = login.destinationHost() != null ? login.destinationHost() : login.destinationIp();
        String address = login.sourceIp() != null ? login.sourceIp() : "10.0." + (pid >> 8 & 0xff) + "." + (pid & 0xff);
        String verdict = login.outcome() == LoginOutcome.FAILURE ? "Failed password" : "Accepted password";
        String line = SYSLOG_TIME.format(login.timestamp()) + " " + host + " sshd[" + pid + "]: " + verdict + " for " + login.user()
            + " from " + address + " port " + (40000 + pid % 20000) + " ssh2";
        return "{\"message\":\"" + line.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }
}
