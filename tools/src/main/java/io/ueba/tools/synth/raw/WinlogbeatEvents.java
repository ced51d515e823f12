package io.ueba.tools.synth.raw;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;

import java.util.Locale;
import java.util.Map;

/**
 * Writes a login as Winlogbeat ships a Windows Security logon event: 4624 for a success, 4625 with a bad password's
 * status for a failure, its fields under {@code winlog.event_data} as Windows names them, and the logon type as
 * Windows numbers it. For benchmarks of the {@code ueba-windows} pipeline, on logins whose ECS form is known.
 */
public final class WinlogbeatEvents {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> LOGON_TYPE_NUMBERS = Map.of(
        "interactive", "2", "network", "3", "batch", "4", "service", "5", "unlock", "7", "networkcleartext", "8",
        "newcredentials", "9", "remoteinteractive", "10", "cachedinteractive", "11");

    private WinlogbeatEvents() {}

    public static String render(LoginEvent login) {
        boolean success = login.outcome() != LoginOutcome.FAILURE;
        String computer = login.destinationHost() != null ? login.destinationHost() : login.destinationIp();
        ObjectNode event = JSON.createObjectNode();
        event.put("@timestamp", login.timestamp().toString());
        event.putObject("host").put("name", computer);
        ObjectNode winlog = event.putObject("winlog");
        winlog.put("channel", "Security").put("computer_name", computer).put("event_id", success ? "4624" : "4625");
        ObjectNode data = winlog.putObject("event_data");
        data.put("TargetUserName", login.user());
        data.put("TargetDomainName", login.userDomain() == null ? "CORP" : login.userDomain());
        String logonType = login.logonType() == null ? null : LOGON_TYPE_NUMBERS.get(login.logonType().toLowerCase(Locale.ROOT));
        data.put("LogonType", logonType == null ? "3" : logonType);
        data.put("AuthenticationPackageName", login.authPackage() == null ? "Negotiate" : login.authPackage());
        data.put("WorkstationName", login.sourceHost() == null ? "-" : login.sourceHost());
        data.put("IpAddress", login.sourceIp() == null ? "-" : login.sourceIp());
        data.put("IpPort", "50123");
        if (success == false) {
            data.put("Status", "0xc000006d").put("SubStatus", "0xc000006a");
        }
        return event.toString();
    }
}
