package io.ueba.plugin.training;

import io.ueba.action.JobModels;
import org.opensearch.action.bulk.BulkRequestBuilder;
import org.opensearch.action.bulk.BulkResponse;
import org.opensearch.action.support.WriteRequest;
import org.opensearch.test.OpenSearchSingleNodeTestCase;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A run counts and reads the logins of its window less those of the account kinds its job leaves out; a login without
 * an account kind, as every source but the Windows pipelines writes, is always read.
 */
public class IndexedLoginsTests extends OpenSearchSingleNodeTestCase {

    private static final String INDEX = "logins-kinds";
    private static final Instant TO = Instant.parse("2026-03-02T00:00:00Z");
    private static final Instant FROM = TO.minus(Duration.ofDays(1));

    public void testLeavesOutTheLoginsOfTheExcludedAccountKinds() {
        client().admin().indices().prepareCreate(INDEX).setMapping("@timestamp", "type=date", "login.account_kind", "type=keyword").get();
        BulkRequestBuilder bulk = client().prepareBulk().setRefreshPolicy(WriteRequest.RefreshPolicy.IMMEDIATE);
        bulk.add(client().prepareIndex(INDEX).setSource(login("alice", "user", TO.minusSeconds(60))));
        bulk.add(client().prepareIndex(INDEX).setSource(login("WS01$", "machine", TO.minusSeconds(120))));
        bulk.add(client().prepareIndex(INDEX).setSource(login("SYSTEM", "service", TO.minusSeconds(180))));
        bulk.add(client().prepareIndex(INDEX).setSource(login("bob", null, TO.minusSeconds(240))));
        bulk.add(client().prepareIndex(INDEX).setSource(login("WS02$", "machine", FROM.minusSeconds(60))));
        BulkResponse indexed = bulk.get();
        assertFalse(indexed.buildFailureMessage(), indexed.hasFailures());

        IndexedLogins logins = new IndexedLogins(client());
        TrainingSpec every = spec(List.of());
        assertEquals(4, logins.count(every, FROM, TO));
        assertEquals(Set.of("alice", "WS01$", "SYSTEM", "bob"), users(logins, every));

        TrainingSpec noMachines = spec(List.of("machine"));
        assertEquals(3, logins.count(noMachines, FROM, TO));
        assertEquals(Set.of("alice", "SYSTEM", "bob"), users(logins, noMachines));

        TrainingSpec usersOnly = spec(List.of("machine", "service"));
        assertEquals(2, logins.count(usersOnly, FROM, TO));
        assertEquals(Set.of("alice", "bob"), users(logins, usersOnly));
    }

    private static TrainingSpec spec(List<String> excludeAccountKinds) {
        return new TrainingSpec(INDEX, "@timestamp", Duration.between(FROM, TO), excludeAccountKinds, "default", JobModels.DEFAULTS);
    }

    /** @param accountKind null for a login of a source that tags none */
    private static Map<String, Object> login(String user, String accountKind, Instant at) {
        Map<String, Object> login = new HashMap<>(Map.of("@timestamp", at.toString(), "user", Map.of("name", user)));
        if (accountKind != null) {
            login.put("login", Map.of("account_kind", accountKind));
        }
        return login;
    }

    private static Set<String> users(IndexedLogins logins, TrainingSpec spec) {
        Set<String> users = new TreeSet<>();
        long read = logins.forEach(spec, FROM, TO, new String[] { "user.name" },
            (index, source) -> users.add((String) ((Map<?, ?>) source.get("user")).get("name")));
        assertEquals(users.size(), read);
        return users;
    }
}
