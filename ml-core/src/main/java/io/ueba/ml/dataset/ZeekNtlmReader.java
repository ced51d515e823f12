package io.ueba.ml.dataset;

import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;

import java.io.Reader;
import java.util.List;

/**
 * Zeek's {@code ntlm.log}, TSV or JSON (see {@link ZeekLogReader}): one line per NTLM authentication seen on the wire
 * (SMB, HTTP, RPC...), so logins are read without an agent on the hosts. A line maps to a login as follows:
 * <ul>
 * <li>the user is {@code username} and the domain {@code domainname}, as the client gave them. A line without a
 * username, a negotiation that never authenticated or an anonymous one, is skipped;</li>
 * <li>the source is the originator, {@code id.orig_h}, named by {@code hostname}, the workstation name the client
 * gave, where it is set;</li>
 * <li>the destination is the server by the name it gave in its challenge, {@code server_dns_computer_name}, else
 * {@code server_nb_computer_name}, by its short name as Windows events give it ({@link ComputerNames}), else by its
 * address; its address is the responder, {@code id.resp_h};</li>
 * <li>the outcome is {@code success}, or where it is unset (older Zeek versions log {@code status} instead),
 * {@code status}, the SMB status of the reply: {@code SUCCESS} is a success and any other a failure, the status being its reason;
 * unknown when neither is set;</li>
 * <li>the relation is {@code ntlm}/{@code network}.</li>
 * </ul>
 */
public final class ZeekNtlmReader extends ZeekLogReader {

    private static final String SUCCESS_STATUS = "SUCCESS";

    public ZeekNtlmReader(Reader in) {
        super(in, List.of("ts", "id.orig_h", "id.resp_h", "username"));
    }

    @Override
    protected ParsedLine read(long line, ZeekRow row) {
        String user = row.text("username");
        if (user == null) {
            return new ParsedLine.Skipped(line, "no username: a negotiation without authentication, or an anonymous one");
        }
        String serverIp = row.required("id.resp_h");
        String server = ComputerNames.shortName(firstSet(row.text("server_dns_computer_name"), row.text("server_nb_computer_name"), serverIp));
        String status = row.text("status");
        LoginOutcome outcome = outcome(row.bool("success"), status);
        LoginEvent event = new LoginEvent(
            row.time("ts"),
            user,
            row.text("domainname"),
            row.required("id.orig_h"),
            row.text("hostname"),
            server,
            serverIp,
            outcome,
            "ntlm",
            "network",
            outcome == LoginOutcome.FAILURE ? status : null,
            null
        );
        return new ParsedLine.Login(line, event);
    }

    private static LoginOutcome outcome(Boolean success, String status) {
        if (success != null) {
            return success ? LoginOutcome.SUCCESS : LoginOutcome.FAILURE;
        }
        if (status != null) {
            return status.equalsIgnoreCase(SUCCESS_STATUS) ? LoginOutcome.SUCCESS : LoginOutcome.FAILURE;
        }
        return LoginOutcome.UNKNOWN;
    }

    private static String firstSet(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
