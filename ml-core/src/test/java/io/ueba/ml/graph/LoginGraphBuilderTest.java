package io.ueba.ml.graph;

import io.ueba.ml.graph.EdgeRelation;
import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.features.LoginFeaturizer;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginGraphBuilderTest {

    private static final Instant NINE = Instant.parse("2026-11-02T09:00:00Z");

    @Test
    void oneEdgePerDistinctTripleWithItsCountAndFirstAndLastSeen() {
        LoginGraphBuilder builder = new LoginGraphBuilder(EnumSet.of(RelationFamily.SOURCE_DESTINATION), new EdgeRelation(GraphRelation.AUTH_PACKAGE_AND_LOGON_TYPE, null), 100, 8);
        add(builder, login("alice", "ws-1", "srv-file", "Kerberos", "Network"), NINE.plusSeconds(60));
        add(builder, login("bob", "ws-1", "srv-file", "Kerberos", "Network"), NINE);
        add(builder, login("alice", "ws-1", "srv-file", "NTLM", "Network"), NINE.plusSeconds(30));
        add(builder, login("alice", "10.0.0.7", "srv-file", "Kerberos", "Network"), NINE.plusSeconds(90));
        LoginGraph graph = builder.build();

        assertEquals(List.of("host:ws-1", "host:srv-file", "ip:10.0.0.7"), graph.nodeKeys());
        assertEquals(NodeKind.IP, graph.nodeKind(2));
        assertEquals(3, graph.edgeCount(), "two users over one kerberos edge make one edge; NTLM and the address make two more");
        int kerberos = relation(graph, "source_destination:kerberos/network");
        int edge = edgeOf(graph, node(graph, "host:ws-1"), kerberos, node(graph, "host:srv-file"));
        assertEquals(2, graph.counts()[edge]);
        assertEquals(NINE.toEpochMilli(), graph.firstSeenMillis()[edge]);
        assertEquals(NINE.plusSeconds(60).toEpochMilli(), graph.lastSeenMillis()[edge]);
        assertTrue(graph.edgeSet().contains(node(graph, "host:ws-1"), kerberos, node(graph, "host:srv-file")));
        assertTrue(graph.edgeSet().contains(node(graph, "host:srv-file"), kerberos, node(graph, "host:ws-1")) == false);
    }

    @Test
    void theJobsRelationChoiceDecidesWhichLoginsShareAnEdge() {
        LoginGraphBuilder byLogonType = new LoginGraphBuilder(EnumSet.of(RelationFamily.SOURCE_DESTINATION), new EdgeRelation(GraphRelation.LOGON_TYPE, null), 100, 8);
        LoginGraphBuilder byNothing = new LoginGraphBuilder(EnumSet.of(RelationFamily.SOURCE_DESTINATION), new EdgeRelation(GraphRelation.NONE, null), 100, 8);
        for (LoginGraphBuilder builder : List.of(byLogonType, byNothing)) {
            add(builder, login("alice", "ws-1", "srv-file", "Kerberos", "Network"), NINE);
            add(builder, login("alice", "ws-1", "srv-file", "NTLM", "Network"), NINE);
            add(builder, login("alice", "ws-1", "srv-file", "Negotiate", "RemoteInteractive"), NINE);
        }
        LoginGraph logonTypes = byLogonType.build();
        assertEquals(List.of("source_destination:network", "source_destination:remoteinteractive"), logonTypes.relationNames());
        assertEquals(2, logonTypes.edgeCount(), "kerberos and ntlm network logons make one edge");
        LoginGraph one = byNothing.build();
        assertEquals(List.of("source_destination:any"), one.relationNames());
        assertEquals(1, one.edgeCount());
    }

    @Test
    void eachFamilyAddsItsOwnEdgeAndALoginWithoutAnEndAddsNoneOfThatFamily() {
        LoginGraphBuilder builder = new LoginGraphBuilder(EnumSet.allOf(RelationFamily.class), new EdgeRelation(GraphRelation.AUTH_PACKAGE_AND_LOGON_TYPE, null), 100, 8);
        add(builder, login("alice", "ws-1", "srv-file", "Kerberos", "Network"), NINE);
        add(builder, login("bob", null, "srv-file", "Kerberos", "Network"), NINE);
        LoginGraph graph = builder.build();

        assertEquals(4, graph.edgeCount(), "alice's login makes three edges; bob's, with no source, only user -> destination");
        int userDestination = relation(graph, "user_destination:kerberos/network");
        assertTrue(graph.edgeSet().contains(node(graph, "user:bob"), userDestination, node(graph, "host:srv-file")));
        assertTrue(graph.edgeSet().contains(node(graph, "host:ws-1"), relation(graph, "source_user:kerberos/network"), node(graph, "user:alice")));
        assertEquals(-1, node(graph, "user:ws-1"), "a host is not a user of the same name");
    }

    @Test
    void rareRelationsFoldIntoTheirFamilysOtherRelationAndTheirEdgesMerge() {
        LoginGraphBuilder builder = new LoginGraphBuilder(EnumSet.of(RelationFamily.SOURCE_DESTINATION), new EdgeRelation(GraphRelation.AUTH_PACKAGE_AND_LOGON_TYPE, null), 100, 2);
        for (int i = 0; i < 5; i++) {
            add(builder, login("alice", "ws-1", "srv-file", "Kerberos", "Network"), NINE);
        }
        add(builder, login("alice", "ws-1", "srv-file", "NTLM", "Network"), NINE);
        add(builder, login("alice", "ws-1", "srv-file", "Negotiate", "Interactive"), NINE);
        LoginGraph graph = builder.build();

        assertEquals(List.of("source_destination:kerberos/network", "source_destination:other"), graph.relationNames());
        assertEquals(2, graph.edgeCount());
        int other = edgeOf(graph, 0, relation(graph, "source_destination:other"), 1);
        assertEquals(2, graph.counts()[other], "the NTLM and Negotiate logins are one edge under other");
    }

    @Test
    void edgesBeyondTheCapAreCountedAndLeftOut() {
        LoginGraphBuilder builder = new LoginGraphBuilder(EnumSet.of(RelationFamily.SOURCE_DESTINATION), new EdgeRelation(GraphRelation.AUTH_PACKAGE_AND_LOGON_TYPE, null), 2, 8);
        for (int i = 0; i < 4; i++) {
            add(builder, login("alice", "ws-" + i, "srv-file", "Kerberos", "Network"), NINE);
        }
        add(builder, login("alice", "ws-0", "srv-file", "Kerberos", "Network"), NINE);
        LoginGraph graph = builder.build();

        assertEquals(2, graph.edgeCount());
        assertEquals(2, graph.droppedLogins());
        assertEquals(2, graph.counts()[0], "an edge already kept still counts its logins");
        assertEquals(-1, node(graph, "host:ws-3"), "a login left out makes no node");
    }

    @Test
    void nodeFeaturesSetABusyNodeApartFromARareOneAndNameTheKind() {
        LoginGraphBuilder builder = new LoginGraphBuilder(EnumSet.of(RelationFamily.SOURCE_DESTINATION), new EdgeRelation(GraphRelation.AUTH_PACKAGE_AND_LOGON_TYPE, null), 100, 8);
        for (int i = 0; i < 20; i++) {
            add(builder, login("alice", "ws-" + (i % 10), "srv-file", "Kerberos", "Network"), NINE.plusSeconds(3600L * (i % 8)));
        }
        add(builder, login("alice", "10.0.0.9", "srv-rare", "Kerberos", "Network"), NINE);
        for (int i = 0; i < 3; i++) {
            add(builder, login("alice", "10.0.0.9", "srv-locked", "Kerberos", "Network", LoginOutcome.FAILURE), NINE);
        }
        LoginGraph graph = builder.build();

        float[] busy = row(graph, node(graph, "host:srv-file"));
        float[] rare = row(graph, node(graph, "host:srv-rare"));
        assertTrue(busy[1] > rare[1], "logins in");
        assertTrue(busy[3] > rare[3], "distinct links in");
        assertTrue(busy[4] > rare[4], "active hours");
        float[] locked = row(graph, node(graph, "host:srv-locked"));
        assertTrue(locked[5] > rare[5], "share of failed logins");
        assertEquals(busy[5], rare[5], "neither had a failed login");
        float[] address = row(graph, node(graph, "ip:10.0.0.9"));
        assertTrue(locked[5] > address[5] && address[5] > rare[5], "three of the address's four logins failed");
        assertEquals(1, address[6 + NodeKind.IP.ordinal()]);
        assertEquals(0, address[6 + NodeKind.HOST.ordinal()]);
        assertEquals(NodeFeatures.COUNT * graph.nodeCount(), graph.nodeFeatures().length);
    }

    private static float[] row(LoginGraph graph, int node) {
        float[] row = new float[NodeFeatures.COUNT];
        System.arraycopy(graph.nodeFeatures(), node * NodeFeatures.COUNT, row, 0, NodeFeatures.COUNT);
        return row;
    }

    private static int edgeOf(LoginGraph graph, int head, int relation, int tail) {
        for (int e = 0; e < graph.edgeCount(); e++) {
            if (graph.heads()[e] == head && graph.relations()[e] == relation && graph.tails()[e] == tail) {
                return e;
            }
        }
        throw new AssertionError("no edge " + head + " " + relation + " " + tail);
    }

    private static void add(LoginGraphBuilder builder, LoginEvent login, Instant at) {
        LoginFeatures features = new LoginFeaturizer().featurize(login, null);
        builder.add(features, at);
    }

    private static LoginEvent login(String user, String source, String destination, String authPackage, String logonType) {
        return login(user, source, destination, authPackage, logonType, LoginOutcome.SUCCESS);
    }

    private static LoginEvent login(String user, String source, String destination, String authPackage, String logonType, LoginOutcome outcome) {
        boolean address = source != null && Character.isDigit(source.charAt(0));
        return new LoginEvent(NINE, user, null, address ? source : null, address ? null : source, null, destination, null, outcome,
            authPackage, logonType, null, null);
    }

    /** The node's index, or -1 when the graph has no such node. */
    private static int node(LoginGraph graph, String key) {
        return graph.nodeKeys().indexOf(key);
    }

    private static int relation(LoginGraph graph, String name) {
        return graph.relationNames().indexOf(name);
    }
}
