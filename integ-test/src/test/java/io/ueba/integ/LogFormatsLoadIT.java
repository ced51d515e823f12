package io.ueba.integ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ueba.ml.cli.UebaCli;
import io.ueba.ml.login.EcsLoginDocument;
import io.ueba.ml.synth.DemoLoginConfig;
import io.ueba.ml.synth.DemoLoginGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each log format, a few thousand lines written here with some bad lines among them, loaded by the {@code load}
 * command through the default pipeline of the real node: every login is indexed and featurized, every bad line is
 * counted, labels arrive where evaluation reads them.
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
        assertLoaded("lanl", "logins-it-lanl", auth, List.of(redteam), LOGINS, LOGINS, 2);
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
        assertLoaded("zeek-ssh", "logins-it-zeek", write("ssh.log", lines), List.of(), LOGINS, LOGINS, 0);

        List<String> maccdc = new ArrayList<>();
        for (int i = 0; i < LOGINS; i++) {
            maccdc.add((1_331_901_000 + i) + ".17 CT" + i + " 192.168.202." + (i % 100) + " 35773 192.168.23.254 22 " + (i % 2 == 0 ? "failure" : "success") + " INBOUND SSH-2.0-OpenSSH_5.0 SSH-1.99-Cisco-1.25 - - - - -");
        }
        assertLoaded("zeek-ssh", "logins-it-maccdc", write("maccdc-ssh.log", maccdc), List.of(), LOGINS, LOGINS, 0);
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
        assertLoaded("book-ch11", "logins-it-book", write("logs.csv", lines), List.of(hackers), LOGINS, LOGINS, 3);
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
        assertLoaded("ecs-ndjson", index, write("logins.ndjson", lines), List.of(), LOGINS + 3, LOGINS + 1, 0);

        JsonNode millis = node.post("/" + index + "/_search", "{\"query\": {\"term\": {\"user.name\": \"millis\"}}}").body().at("/hits/hits/0/_source");
        assertEquals("web-1", millis.at("/host/name").asText(), millis.toString());
        assertEquals("Accepted password", millis.get("message").asText(), millis.toString());
        assertEquals("fw-2", millis.get("observer.name").asText(), millis.toString());
        assertTrue(millis.at("/ueba/features").has("relation"), millis.toString());
        JsonNode bob = node.post("/" + index + "/_search", "{\"query\": {\"term\": {\"source.ip\": \"192.0.2.77\"}}}").body().at("/hits/hits/0/_source");
        assertEquals("bob", bob.at("/ueba/malformed/user").asText(), bob.toString());
        assertTrue(bob.at("/ueba/error").asText().contains("[user.name]"), bob.toString());
    }

    /** Loads the file and checks the index: {@code documents} indexed, of which {@code featurized} without {@code ueba.error}. */
    private void assertLoaded(String format, String index, Path file, List<Path> labels, int documents, int featurized, int expectedAttacks)
        throws Exception {
        node.emptyLoginIndexWritingAllFeatures(index);
        List<String> args = new ArrayList<>(List.of("load", "--url", System.getProperty("ueba.integ.url"), "--format", format, "--index", index));
        labels.forEach(label -> args.addAll(List.of("--labels", label.toString())));
        args.add(file.toString());
        assertEquals(UebaCli.OK, UebaCli.run(args.toArray(String[]::new)));

        assertEquals(documents, count(index, "{\"match_all\": {}}"), "documents in " + index);
        assertEquals(featurized, count(index, "{\"exists\": {\"field\": \"ueba.features.user\"}}"), "featurized documents in " + index);
        assertEquals(documents - featurized, count(index, "{\"exists\": {\"field\": \"ueba.error\"}}"), "documents with an error in " + index);
        if (labels.isEmpty() == false) {
            assertEquals(expectedAttacks, count(index, "{\"term\": {\"label.attack\": true}}"), "attacks in " + index);
        }
        JsonNode one = node.post("/" + index + "/_search?size=1", "{}").body().get("hits").get("hits").get(0).get("_source");
        assertTrue(one.get("ueba").get("features").has("relation"), one.toString());
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
