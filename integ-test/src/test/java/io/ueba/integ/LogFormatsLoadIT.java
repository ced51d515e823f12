package io.ueba.integ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ueba.ml.login.EcsLoginDocument;
import io.ueba.tools.cli.UebaCli;
import io.ueba.tools.synth.DemoLoginConfig;
import io.ueba.tools.synth.DemoLoginGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each log format, a few thousand lines written here with some bad lines among them, loaded by the {@code load}
 * command through the default pipeline of the real node: every login is indexed and featurized, every bad line and
 * every document the pipeline marked with {@code ueba.error} is counted, and a bad line fails the command; labels
 * arrive where evaluation reads them.
 */
class LogFormatsLoadIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LOGINS = 3000;

    private final NodeClient node = new NodeClient();

    @TempDir
    Path dir;

    @Test
    void lanlAuthWithRedTeamLabels() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < LOGINS; i++) {
            lines.add((1000 + i) + ",U" + (i % 50) + "@DOM1,U" + (i % 50) + "@DOM1,C" + (i % 70) + ",C" + (i % 13) + ",Kerberos,Network,LogOn," + (i % 20 == 0 ? "Fail" : "Success"));
        }
        lines.add("5000,U1@DOM1,U1@DOM1,C1,C1,?,?,LogOff,Success");
        lines.add("5001,U1@DOM1,broken");
        Path auth = write("auth.txt", lines);
        Path redteam = write("redteam.txt", List.of("1007,U7@DOM1,C7,C7", "1070,U20@DOM1,C0,C5"));
        String index = "logins-it-lanl";
        assertLoaded(load("lanl", index, auth, List.of(redteam)), UebaCli.FAILED, "3,002 lines: 3,000 indexed, 0 indexed with an error, 0 failed, 1 rejected, 1 skipped");
        assertIndexed(index, LOGINS, LOGINS);
        assertEquals(2, attacks(index));
    }

    @Test
    void zeekSshInBothForms() throws Exception {
        List<String> lines = new ArrayList<>(List.of(
            "#separator \\x09",
            "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tauth_success"));
        for (int i = 0; i < LOGINS; i++) {
            lines.add((1_331_901_000 + i) + ".5\tC" + i + "\t192.168.202." + (i % 200) + "\t" + (30000 + i) + "\t192.168.23." + (i % 9) + "\t22\t" + (i % 3 == 0 ? "F" : "T"));
        }
        lines.add("notatime\tC\t1.2.3.4\t1\t5.6.7.8\t22\tT");
        assertLoaded(load("zeek-ssh", "logins-it-zeek", write("ssh.log", lines), List.of()), UebaCli.FAILED,
            "3,003 lines: 3,000 indexed, 0 indexed with an error, 0 failed, 1 rejected, 2 skipped");
        assertIndexed("logins-it-zeek", LOGINS, LOGINS);

        List<String> maccdc = new ArrayList<>();
        for (int i = 0; i < LOGINS; i++) {
            maccdc.add((1_331_901_000 + i) + ".17 CT" + i + " 192.168.202." + (i % 100) + " 35773 192.168.23.254 22 " + (i % 2 == 0 ? "failure" : "success") + " INBOUND SSH-2.0-OpenSSH_5.0 SSH-1.99-Cisco-1.25 - - - - -");
        }
        assertLoaded(load("zeek-ssh", "logins-it-maccdc", write("maccdc-ssh.log", maccdc), List.of()), UebaCli.OK,
            "3,000 lines: 3,000 indexed, 0 indexed with an error, 0 failed, 0 rejected, 0 skipped");
        assertIndexed("logins-it-maccdc", LOGINS, LOGINS);
    }

    @Test
    void zeekKerberosAndNtlm() throws Exception {
        List<String> kerberos = new ArrayList<>(List.of(
            "#separator \\x09",
            "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\trequest_type\tclient\tservice\tsuccess\terror_msg\tcipher"));
        for (int i = 0; i < LOGINS; i++) {
            kerberos.add((1_700_000_000 + i) + ".25\tK" + i + "\t10.1.2." + (i % 200) + "\t" + (40000 + i) + "\t10.0.0.10\t88\t" + (i % 2 == 0 ? "AS" : "TGS")
                + "\tuser" + (i % 40) + "/CORP.EXAMPLE\t" + (i % 2 == 0 ? "krbtgt/CORP.EXAMPLE" : "cifs/srv-" + (i % 7) + ".corp.example") + "\t" + (i % 10 == 0 ? "F" : "T")
                + "\t" + (i % 10 == 0 ? "KDC_ERR_PREAUTH_FAILED" : "-") + "\taes256-cts-hmac-sha1-96");
        }
        kerberos.add("1700009999.0\tK\t10.1.2.3\t1\t10.0.0.10\t88\tAS\t-\tkrbtgt/CORP.EXAMPLE\tF\tKDC_ERR_C_PRINCIPAL_UNKNOWN\t-");
        assertLoaded(load("zeek-kerberos", "logins-it-zeek-kerberos", write("kerberos.log", kerberos), List.of()), UebaCli.OK,
            "3,003 lines: 3,000 indexed, 0 indexed with an error, 0 failed, 0 rejected, 3 skipped");
        assertIndexed("logins-it-zeek-kerberos", LOGINS, LOGINS);

        List<String> ntlm = new ArrayList<>();
        for (int i = 0; i < LOGINS; i++) {
            ntlm.add("{\"ts\": " + (1_700_000_000 + i) + ".5, \"uid\": \"N" + i + "\", \"id_orig_h\": \"10.1.3." + (i % 200) + "\", \"id_resp_h\": \"10.0.5.20\","
                + " \"username\": \"user" + (i % 40) + "\", \"hostname\": \"WS-" + (i % 60) + "\", \"domainname\": \"CORP\", \"server_nb_computer_name\": \"FILES-1\","
                + " \"success\": " + (i % 9 != 0) + "}");
        }
        ntlm.add("{\"ts\": 1700009999.0, \"uid\": \"N\", \"id_orig_h\": \"10.1.3.1\", \"id_resp_h\": \"10.0.5.20\"}");
        assertLoaded(load("zeek-ntlm", "logins-it-zeek-ntlm", write("ntlm.log", ntlm), List.of()), UebaCli.OK,
            "3,001 lines: 3,000 indexed, 0 indexed with an error, 0 failed, 0 rejected, 1 skipped");
        assertIndexed("logins-it-zeek-ntlm", LOGINS, LOGINS);
    }

    @Test
    void windowsEventsAndSshdLinesThroughTheirPipelines() throws Exception {
        Path windows = Files.copy(Path.of(getClass().getResource("/logs/windows-security.ndjson").toURI()), dir.resolve("security.ndjson"));
        Loaded events = load("windows", "logins-it-windows", windows, List.of());
        assertLoaded(events, UebaCli.OK, "15 lines: 12 indexed, 1 indexed with an error, 0 failed, 0 rejected, 2 skipped");
        assertTrue(events.output().contains("line 15 indexed with an error: not a Windows event: it has neither winlog.event_id nor EventID"), events.output());
        assertEquals(12, count("logins-it-windows", "{\"exists\": {\"field\": \"login.account_kind\"}}"), "mapped by ueba-windows, not the index's default");

        Path sshd = Files.copy(Path.of(getClass().getResource("/logs/sshd-auth.log").toURI()), dir.resolve("auth.log"));
        assertLoaded(load("sshd", "logins-it-sshd", sshd, List.of()), UebaCli.OK, "17 lines: 11 indexed, 0 indexed with an error, 0 failed, 0 rejected, 6 skipped");
        assertEquals(11, count("logins-it-sshd", "{\"term\": {\"login.logon_type\": \"ssh\"}}"));
    }

    @Test
    void bookLoginAttemptsWithHackerWindows() throws Exception {
        List<String> lines = new ArrayList<>(List.of("datetime,source_ip,username,success,failure_reason"));
        for (int i = 0; i < LOGINS; i++) {
            boolean ok = i % 4 != 0;
            lines.add(String.format(Locale.ROOT, "2018-01-%02d %02d:%02d:%02d.000100,%d.%d.%d.%d,user%d,%s,%s",
                1 + i / 1000, (i / 60) % 24, i % 60, i % 60, 11 + i % 200, i % 250, 7, 9, i % 40, ok ? "True" : "False", ok ? "" : "error_wrong_password"));
        }
        lines.add("2018-01-05 00:00:00,1.2.3.4,bob,Maybe,");
        Path hackers = write("hackers.csv", List.of("start,end,source_ip", "2018-01-01 00:00:10.5,2018-01-01 00:01:20.5,1.1.1.1"));
        String index = "logins-it-book";
        assertLoaded(load("book-ch11", index, write("logs.csv", lines), List.of(hackers)), UebaCli.FAILED,
            "3,002 lines: 3,000 indexed, 0 indexed with an error, 0 failed, 1 rejected, 1 skipped");
        assertIndexed(index, LOGINS, LOGINS);
        assertEquals(3, attacks(index));
    }

    @Test
    void ecsNdjsonObjectsGoAsTheyCame() throws Exception {
        DemoLoginConfig config = DemoLoginConfig.defaults().withUsers(40).withPeriod(DemoLoginConfig.DEFAULT_START, 10);
        List<String> lines = new ArrayList<>();
        new DemoLoginGenerator(config).stream().limit(LOGINS).forEach(event -> {
            try {
                lines.add(JSON.writeValueAsString(EcsLoginDocument.toDocument(event)));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        lines.add("{\"@timestamp\": 1790000000000, \"user\": {\"name\": \"millis\"}, \"host\": {\"name\": \"web-1\"}, \"message\": \"Accepted password\", \"observer.name\": \"fw-2\"}");
        lines.add("{\"@timestamp\": \"2026-10-02T00:00:00Z\", \"user\": \"bob\", \"source\": {\"ip\": \"192.0.2.77\"}}");
        lines.add("{\"@timestamp\": \"2026-10-02T00:00:00Z\"}");
        String index = "logins-it-ndjson";
        Loaded loaded = load("ecs-ndjson", index, write("logins.ndjson", lines), List.of());
        assertLoaded(loaded, UebaCli.OK, "3,003 lines: 3,001 indexed, 2 indexed with an error, 0 failed, 0 rejected, 0 skipped");
        assertTrue(loaded.output().contains("line 3003 indexed with an error: [user.name] is missing"), loaded.output());
        assertIndexed(index, LOGINS + 3, LOGINS + 1);

        JsonNode millis = node.post("/" + index + "/_search", "{\"query\": {\"term\": {\"user.name\": \"millis\"}}}").body().at("/hits/hits/0/_source");
        assertEquals("web-1", millis.at("/host/name").asText(), millis.toString());
        assertEquals("Accepted password", millis.get("message").asText(), millis.toString());
        assertEquals("fw-2", millis.get("observer.name").asText(), millis.toString());
        assertTrue(millis.at("/ueba/features").has("relation"), millis.toString());
        JsonNode bob = node.post("/" + index + "/_search", "{\"query\": {\"term\": {\"source.ip\": \"192.0.2.77\"}}}").body().at("/hits/hits/0/_source");
        assertEquals("bob", bob.at("/ueba/malformed/user").asText(), bob.toString());
        assertTrue(bob.at("/ueba/error").asText().contains("[user.name]"), bob.toString());
    }

    /** What the {@code load} command answered: its exit status and the summary it printed. */
    private record Loaded(int exitStatus, String output) {}

    private Loaded load(String format, String index, Path file, List<Path> labels) throws Exception {
        node.emptyLoginIndexWritingAllFeatures(index);
        List<String> args = new ArrayList<>(List.of("load", "--url", System.getProperty("ueba.integ.url"), "--format", format, "--index", index));
        labels.forEach(label -> args.addAll(List.of("--labels", label.toString())));
        args.add(file.toString());
        PrintStream stdout = System.out;
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        System.setOut(new PrintStream(output, true, StandardCharsets.UTF_8));
        try {
            return new Loaded(UebaCli.run(args.toArray(String[]::new)), output.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
        }
    }

    private static void assertLoaded(Loaded loaded, int exitStatus, String counts) {
        assertTrue(loaded.output().startsWith(counts + " in "), loaded.output());
        assertEquals(exitStatus, loaded.exitStatus(), loaded.output());
    }

    /** The index holds {@code documents}, of which {@code featurized} have every feature and the rest {@code ueba.error}. */
    private void assertIndexed(String index, int documents, int featurized) throws Exception {
        assertEquals(documents, count(index, "{\"match_all\": {}}"), "documents in " + index);
        assertEquals(featurized, count(index, "{\"exists\": {\"field\": \"ueba.features.user\"}}"), "featurized documents in " + index);
        assertEquals(documents - featurized, count(index, "{\"exists\": {\"field\": \"ueba.error\"}}"), "documents with an error in " + index);
        JsonNode one = node.post("/" + index + "/_search?size=1", "{\"query\": {\"exists\": {\"field\": \"ueba.features.user\"}}}").body().at("/hits/hits/0/_source");
        assertTrue(one.get("ueba").get("features").has("relation"), one.toString());
    }

    private long attacks(String index) throws Exception {
        return count(index, "{\"term\": {\"label.attack\": true}}");
    }

    private long count(String index, String query) throws Exception {
        NodeClient.Reply reply = node.post("/" + index + "/_count", "{\"query\": " + query + "}");
        assertEquals(200, reply.status(), String.valueOf(reply.body()));
        return reply.body().get("count").asLong();
    }

    private Path write(String name, List<String> lines) throws IOException {
        return Files.write(dir.resolve(name), lines);
    }
}
