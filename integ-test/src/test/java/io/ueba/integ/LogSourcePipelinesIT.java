package io.ueba.integ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ueba.ml.login.LoginEvent;
import io.ueba.tools.synth.DemoLoginConfig;
import io.ueba.tools.synth.DemoLoginGenerator;
import io.ueba.tools.synth.raw.SshdSyslogLines;
import io.ueba.tools.synth.raw.WinlogbeatEvents;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Raw Windows Security events and sshd lines, written from the formats' own documentation with their awkward cases, sent
 * to {@code logins-windows-*} and {@code logins-sshd-*} as a collector would (no pipeline named: the templates
 * {@code _setup} installs make {@code ueba-windows} and {@code ueba-sshd} the indices' defaults): every line is either
 * indexed as a login of the schema that reached the scoring processor, or dropped as not a login, or indexed with the
 * reason it is not one.
 */
class LogSourcePipelinesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WINDOWS_INDEX = "logins-windows-it";
    private static final String SSHD_INDEX = "logins-sshd-it";
    private static final DateTimeFormatter SYSLOG_TIME = DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss", Locale.ROOT);

    private final NodeClient node = new NodeClient();

    @Test
    void setupInstallsAPipelineAndTemplateForEachLogSource() throws Exception {
        JsonNode setup = node.post("/_plugins/_ueba/_setup", "").body();
        assertEquals("{\"ueba-windows\":\"logins-windows*\",\"ueba-sshd\":\"logins-sshd*\"}", setup.get("log_pipelines").toString());
        for (String source : List.of("windows", "sshd")) {
            JsonNode template = node.get("/_index_template/ueba-logins-" + source).body().at("/index_templates/0/index_template");
            assertEquals("ueba-" + source, template.at("/template/settings/index/default_pipeline").asText(), template.toString());
            assertEquals(200, node.get("/_scripts/ueba-" + source + "-login").status());
        }
    }

    @Test
    void windowsEventsOfWinlogbeatAndNxlogBecomeLogins() throws Exception {
        node.emptyLoginIndex(WINDOWS_INDEX);
        List<String> lines = fixture("windows-security.ndjson");
        Map<String, Integer> results = bulk(WINDOWS_INDEX, lines);
        assertEquals(Map.of("created", 13, "noop", 2), results, "4634 (logoff) and 4672 (privileges) are dropped; every other line is indexed");

        List<JsonNode> logins = search(WINDOWS_INDEX);
        for (JsonNode login : logins) {
            if (login.has("winlog") || login.has("EventID")) {
                assertFalse(login.at("/ueba").has("error"), login.toString());
                assertTrue(login.at("/ueba").has("model_version") || login.at("/ueba").has("status"), "reached the scoring processor: " + login);
            }
        }

        JsonNode network = only(logins, "alice", "4624");
        assertLogin(network, "2026-11-20T08:15:02.123Z", "SRV-DB-02", "WS-0233", "10.1.2.33", "success", null, "NTLM", "Network", "user");
        assertEquals("CORP", network.at("/user/domain").asText());

        JsonNode badPassword = only(logins, "bob", "4625");
        assertLogin(badPassword, "2026-11-20T08:16:40.001Z", "SRV-DB-02", null, "10.1.2.40", "failure", "bad password", "NTLM", "Network", "user");

        JsonNode machine = only(logins, "WS-0233$", "4624");
        assertLogin(machine, "2026-11-20T08:17:00Z", "SRV-DB-02", null, "fe80::7c1f:2a3b:4c5d:6e7f", "success", null, "Kerberos", "Network", "machine");

        JsonNode service = only(logins, "SYSTEM", "4624");
        assertLogin(service, "2026-11-20T08:17:05Z", "SRV-DB-02", "SRV-DB-02", null, "success", null, "Negotiate", "Service", "service");

        JsonNode ticket = only(logins, "alice", "4768");
        assertLogin(ticket, "2026-11-20T08:14:58Z", "DC-01", null, "10.1.2.33", "success", null, "Kerberos", "TGT", "user");

        JsonNode preauth = only(logins, "carol", "4771");
        assertLogin(preauth, "2026-11-20T08:20:11Z", "DC-01", null, "10.1.2.77", "failure", "bad password", "Kerberos", "PreAuth", "user");

        JsonNode remoteDesktop = only(logins, "adm-dave", "4624", "RemoteInteractive");
        assertLogin(remoteDesktop, "2026-11-20T09:30:00.000Z", "JUMP-01", "WS-0150", "10.1.3.50", "success", null, "Negotiate", "RemoteInteractive", "user");

        JsonNode unlock = only(logins, "adm-dave", "4624", "Unlock");
        assertLogin(unlock, "2026-11-20T09:31:00.500Z", "JUMP-01", "JUMP-01", null, "success", null, "Negotiate", "Unlock", "user");

        JsonNode ntlm = only(logins, "nosuchuser", "4776");
        assertLogin(ntlm, "2026-11-20T09:40:00.000Z", "DC-01", "WS-0299", null, "failure", "no such user", "NTLM", "Validation", "user");

        JsonNode explicit = only(logins, "adm-dave", "4648");
        assertLogin(explicit, "2026-11-20T09:41:00.000Z", "SRV-FILE-01", "WS-0233", null, "success", null, null, "ExplicitCredentials", "user");

        JsonNode serviceTicket = only(logins, "alice", "4769");
        assertLogin(serviceTicket, "2026-11-20T09:42:00.000Z", "SRV-DB-02", null, "10.1.2.33", "success", null, "Kerberos", "TGS", "user");
        assertEquals("CORP.EXAMPLE", serviceTicket.at("/user/domain").asText());

        JsonNode lockedOut = only(logins, "erin", "4625");
        assertLogin(lockedOut, "2026-11-20T09:43:00.000Z", "WS-0233", "WS-0233", null, "failure", "account locked out", "Negotiate", "Interactive", "user");

        JsonNode notAnEvent = logins.stream().filter(login -> login.has("message")).findFirst().orElseThrow();
        assertEquals("not a Windows event: it has neither winlog.event_id nor EventID", notAnEvent.at("/ueba/error").asText());
    }

    @Test
    void sshdLinesOfSyslogAndJournaldBecomeLogins() throws Exception {
        node.emptyLoginIndex(SSHD_INDEX);
        List<String> lines = new ArrayList<>(fixture("sshd-auth.log"));
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        ZonedDateTime anHourAgo = now.minusHours(1);
        ZonedDateTime inThreeDays = now.plusDays(3);
        lines.add(SYSLOG_TIME.format(anHourAgo) + " bastion-1 sshd[6000]: Accepted publickey for frank from 10.0.0.6 port 50001 ssh2");
        lines.add(SYSLOG_TIME.format(inThreeDays) + " bastion-1 sshd[6001]: Accepted publickey for grace from 10.0.0.7 port 50002 ssh2");
        List<String> documents = lines.stream().map(line -> line.startsWith("{") ? line : JSON.createObjectNode().put("message", line).toString()).toList();

        Map<String, Integer> results = bulk(SSHD_INDEX, documents);
        assertEquals(Map.of("created", 13, "noop", 6), results,
            "session, PAM, 'Invalid user', 'maximum attempts', cron and systemd lines are dropped: each attempt is counted once, by its own line");

        List<JsonNode> logins = search(SSHD_INDEX);
        for (JsonNode login : logins) {
            assertFalse(login.at("/ueba").has("error"), login.toString());
            assertFalse(login.has("sshd_parse"), "the pipeline's scratch fields are gone: " + login);
            assertTrue(login.at("/ueba").has("model_version") || login.at("/ueba").has("status"), "reached the scoring processor: " + login);
        }
        JsonNode accepted = only(logins, "alice", "success");
        assertSsh(accepted, latestNotInTheFuture(11, 28, "06:25:01", now), "bastion-1", "10.0.0.5", "success", null, "publickey");
        assertEquals(50522, accepted.at("/source/port").asInt());

        assertSsh(only(logins, "admin", "failure"), null, "bastion-1", "203.0.113.7", "failure", "invalid user", "password");
        List<JsonNode> root = logins.stream().filter(login -> "root".equals(login.at("/user/name").asText())).toList();
        assertEquals(3, root.size(), "a failed password, the repeated one, and a client that hung up: " + root);
        JsonNode repeated = root.stream().filter(login -> login.at("/login").has("attempts")).findFirst().orElseThrow();
        assertEquals(5, repeated.at("/login/attempts").asInt(), "'message repeated 5 times' is one document counting 5 attempts");
        assertSsh(repeated, null, "bastion-1", "203.0.113.7", "failure", "bad password", "password");

        assertSsh(only(logins, "bob", "success"), null, "bastion-1", "2001:db8::17", "success", null, "keyboard-interactive");
        assertSsh(only(logins, "oracle", "failure"), null, "bastion-1", "198.51.100.23", "failure", "invalid user", null);
        assertSsh(only(logins, "deploy", "success"), "2026-11-27T22:10:04.123Z", "web-2", "10.0.1.20", "success", null, "publickey");
        assertSsh(only(logins, "dave", "success"), "2026-11-26T08:00:00.123Z", "bastion-2", "10.0.0.44", "success", null, "publickey");
        assertSsh(only(logins, "alice", "failure"), null, "bastion-1", "10.0.0.5", "failure", "rejected publickey", "publickey");

        assertSsh(only(logins, "carol", "success"), latestNotInTheFuture(12, 31, "23:59:58", now), "bastion-1", "10.0.0.9", "success", null, "password");
        assertSsh(only(logins, "frank", "success"), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(anHourAgo), "bastion-1", "10.0.0.6", "success", null, "publickey");
        assertSsh(only(logins, "grace", "success"), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(inThreeDays.minusYears(1)), "bastion-1", "10.0.0.7", "success", null,
            "publickey");
    }

    @Test
    void rawFormsOfKnownLoginsMapBackToThem() throws Exception {
        node.post("/_plugins/_ueba/_setup", "");
        List<LoginEvent> logins = new DemoLoginGenerator(DemoLoginConfig.defaults().withUsers(30).withPeriod(Instant.now().truncatedTo(ChronoUnit.DAYS).minus(10, ChronoUnit.DAYS), 7)).stream()
            .filter(login -> login.sourceIp() != null)
            .limit(200)
            .toList();
        List<JsonNode> windows = simulate("ueba-windows", logins.stream().map(WinlogbeatEvents::render).toList());
        List<JsonNode> sshd = simulate("ueba-sshd", logins.stream().map(SshdSyslogLines::render).toList());
        for (int i = 0; i < logins.size(); i++) {
            LoginEvent login = logins.get(i);
            String expected = login.user() + " " + login.sourceIp() + " " + login.destinationHost() + " " + login.outcome().name().toLowerCase(Locale.ROOT);
            for (JsonNode mapped : List.of(windows.get(i), sshd.get(i))) {
                assertEquals(expected, mapped.at("/user/name").asText() + " " + mapped.at("/source/ip").asText() + " "
                    + mapped.at("/destination/address").asText() + " " + mapped.at("/event/outcome").asText(), mapped.toString());
            }
            assertEquals(login.timestamp(), Instant.parse(windows.get(i).get("@timestamp").asText()));
            assertEquals(login.timestamp().truncatedTo(ChronoUnit.SECONDS), Instant.parse(sshd.get(i).get("@timestamp").asText()),
                "a syslog line keeps whole seconds, and its year is this one's: the logins are of the last ten days");
        }
    }

    private List<JsonNode> simulate(String pipeline, List<String> documents) throws Exception {
        StringBuilder docs = new StringBuilder("{\"docs\": [");
        for (int i = 0; i < documents.size(); i++) {
            docs.append(i == 0 ? "" : ",").append("{\"_source\": ").append(documents.get(i)).append('}');
        }
        JsonNode results = node.post("/_ingest/pipeline/" + pipeline + "/_simulate", docs.append("]}").toString()).body().get("docs");
        List<JsonNode> sources = new ArrayList<>();
        results.forEach(result -> sources.add(result.at("/doc/_source")));
        assertEquals(documents.size(), sources.size());
        return sources;
    }

    /**
     * The syslog rule for a date without a year, for the fixture's fixed dates: this year's, unless that is more than
     * the day's grace ahead, then last year's. (The lines an hour ago and three days ahead test the rule without it.)
     */
    private static String latestNotInTheFuture(int month, int day, String time, ZonedDateTime now) {
        ZonedDateTime thisYear = ZonedDateTime.parse(String.format(Locale.ROOT, "%d-%02d-%02dT%sZ", now.getYear(), month, day, time));
        return (thisYear.isAfter(now.plusDays(1)) ? thisYear.minusYears(1) : thisYear).toInstant().toString();
    }

    private static void assertLogin(JsonNode login, String time, String destination, String sourceHost, String sourceIp, String outcome, String reason,
        String authPackage, String logonType, String accountKind) {
        String doc = login.toString();
        assertEquals(time, login.get("@timestamp").asText(), doc);
        assertEquals(destination, text(login.at("/destination/address")), doc);
        assertEquals(sourceHost, text(login.at("/source/address")), doc);
        assertEquals(sourceIp, text(login.at("/source/ip")), doc);
        assertEquals(outcome, login.at("/event/outcome").asText(), doc);
        assertEquals(reason, text(login.at("/event/reason")), doc);
        assertEquals(authPackage, text(login.at("/login/auth_package")), doc);
        assertEquals(logonType, login.at("/login/logon_type").asText(), doc);
        assertEquals(accountKind, login.at("/login/account_kind").asText(), doc);
        assertEquals("authentication", login.at("/event/category/0").asText(), doc);
    }

    private static void assertSsh(JsonNode login, String time, String destination, String sourceIp, String outcome, String reason, String method) {
        String doc = login.toString();
        if (time != null) {
            assertEquals(Instant.parse(time), Instant.parse(login.get("@timestamp").asText()), doc);
        }
        assertEquals(destination, login.at("/destination/address").asText(), doc);
        assertEquals(sourceIp, login.at("/source/ip").asText(), doc);
        assertEquals(outcome, login.at("/event/outcome").asText(), doc);
        assertEquals(reason, text(login.at("/event/reason")), doc);
        assertEquals(method, text(login.at("/login/auth_package")), doc);
        assertEquals("ssh", login.at("/login/logon_type").asText(), doc);
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    /** The one login of the user whose event code, outcome or logon type is {@code tag}. */
    private static JsonNode only(List<JsonNode> logins, String user, String... tags) {
        List<JsonNode> found = logins.stream()
            .filter(login -> user.equals(login.at("/user/name").asText()))
            .filter(login -> List.of(tags).stream().allMatch(tag -> tag.equals(login.at("/event/code").asText())
                || tag.equals(login.at("/event/outcome").asText()) || tag.equals(login.at("/login/logon_type").asText())))
            .toList();
        assertEquals(1, found.size(), user + " " + List.of(tags) + ": " + found);
        return found.getFirst();
    }

    private static List<String> fixture(String name) throws IOException {
        try (InputStream in = LogSourcePipelinesIT.class.getResourceAsStream("/logs/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> line.isBlank() == false).toList();
        }
    }

    /** Bulk-indexes the documents without naming a pipeline; the count of each item result ({@code created}, {@code noop}). */
    private Map<String, Integer> bulk(String index, List<String> documents) throws Exception {
        StringBuilder body = new StringBuilder();
        documents.forEach(document -> body.append("{\"index\":{}}\n").append(document).append('\n'));
        JsonNode reply = node.post("/" + index + "/_bulk?refresh=true", body.toString()).body();
        Map<String, Integer> results = new HashMap<>();
        reply.get("items").forEach(item -> results.merge(item.get("index").get("result").asText(item.get("index").path("error").toString()), 1, Integer::sum));
        return results;
    }

    private List<JsonNode> search(String index) throws Exception {
        JsonNode hits = node.post("/" + index + "/_search", "{\"size\": 100}").body().at("/hits/hits");
        List<JsonNode> sources = new ArrayList<>();
        hits.forEach(hit -> sources.add((ObjectNode) hit.get("_source")));
        return sources;
    }
}
