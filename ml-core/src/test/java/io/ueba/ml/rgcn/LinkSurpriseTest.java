package io.ueba.ml.rgcn;

import io.ueba.ml.graph.EdgeRelation;
import io.ueba.ml.features.CyclicTime;
import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.graph.GraphRelation;
import io.ueba.ml.graph.NodeKind;
import io.ueba.ml.graph.RelationFamily;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two families over one-wide states, so each edge's logit is the product of its ends' states and its relation's
 * diagonal, and each family's scale is the identity: an edge's surprise is then its anomaly, -log sigmoid(logit).
 */
class LinkSurpriseTest {

    private static final String RELATION = "kerberos/network";
    private static final List<RelationFamily> FAMILIES = List.of(RelationFamily.SOURCE_DESTINATION, RelationFamily.USER_DESTINATION);

    private static final ModelEmbeddings MODEL = new ModelEmbeddings(1, new float[] { 1, 2, -1, 1 }, new float[] { 1, 1 });
    private static final LinkEmbeddings EMBEDDINGS = LinkEmbeddings.of(FAMILIES, new EdgeRelation(GraphRelation.AUTH_PACKAGE_AND_LOGON_TYPE, null),
        List.of(NodeKind.ofEntity("ws-1").key("ws-1"), NodeKind.ofEntity("srv-1").key("srv-1"), NodeKind.ofEntity("srv-2").key("srv-2"),
            NodeKind.USER.key("alice")),
        List.of(RelationFamily.SOURCE_DESTINATION.relation(RELATION), RelationFamily.USER_DESTINATION.relation(RELATION)), List.of(MODEL));

    private static LoginFeatures login(String source, String destination) {
        return new LoginFeatures(CyclicTime.of(Instant.parse("2026-11-02T10:00:00Z")), "alice", source, destination, RELATION, true, null, null,
            null);
    }

    private static LinkSurprise links(KnownLinks known) {
        return new LinkSurprise(EMBEDDINGS, known, List.of(Map.of()));
    }

    @Test
    void aLoginsSurpriseIsTheSumOfItsNewEdgesSurprise() {
        LinkSurprise.LoginSurprise surprise = links(KnownLinks.of(new int[0], new int[0], new int[0])).assess(login("ws-1", "srv-2"));
        // ws-1 -> srv-2: logit 1 * 1 * -1; alice -> srv-2: logit 1 * 1 * -1
        assertEquals(2 * LinkEmbeddings.anomaly(-1), surprise.surprise(), 1e-9);
    }

    @Test
    void anEdgeTheWindowHeldAddsNothingHoweverUnlikelyTheModelFindsIt() {
        // ws-1 (0) -> srv-2 (2) under the first relation was seen; alice (3) -> srv-2 was not
        LinkSurprise.LoginSurprise surprise = links(KnownLinks.of(new int[] { 0 }, new int[] { 0 }, new int[] { 2 })).assess(login("ws-1", "srv-2"));
        assertEquals(LinkEmbeddings.anomaly(-1), surprise.surprise(), 1e-9);
        assertEquals(RelationFamily.USER_DESTINATION, surprise.mostSurprising().family());
    }

    @Test
    void anUnseenEndCountsAsATypicalNewLinkAndExplainsTheLoginWhenItAddsMost() {
        LinkSurprise.LoginSurprise surprise = links(KnownLinks.of(new int[0], new int[0], new int[0])).assess(login("ws-9", "srv-1"));
        // ws-9 -> srv-1: unseen, ln 2; alice -> srv-1: logit 2, a smaller anomaly
        assertEquals(Math.log(2) + LinkEmbeddings.anomaly(2), surprise.surprise(), 1e-9);
        assertTrue(surprise.mostSurprising().unseen());
        assertEquals("first kerberos/network logon from ws-9 to srv-1; ws-9 has not been linked before", surprise.mostSurprising().reason());
    }

    @Test
    void aModelWhoseRelationIsTheLogonTypeTakesAnotherAuthPackageAsTheSameLink() {
        LinkEmbeddings byLogonType = LinkEmbeddings.of(FAMILIES, new EdgeRelation(GraphRelation.LOGON_TYPE, null), EMBEDDINGS.nodeKeys(),
            List.of(RelationFamily.SOURCE_DESTINATION.relation("network"), RelationFamily.USER_DESTINATION.relation("network")), List.of(MODEL));
        KnownLinks bothKnown = KnownLinks.of(new int[] { 0, 3 }, new int[] { 0, 1 }, new int[] { 2, 2 });
        LoginFeatures ntlm = new LoginFeatures(CyclicTime.of(Instant.parse("2026-11-02T10:00:00Z")), "alice", "ws-1", "srv-2", "ntlm/network", true,
            null, null, null);
        assertEquals(0, new LinkSurprise(byLogonType, bothKnown, List.of(Map.of())).assess(ntlm).surprise(), "both links known, whatever the package");
        LinkSurprise.LoginSurprise byBoth = new LinkSurprise(EMBEDDINGS, bothKnown, List.of(Map.of())).assess(ntlm);
        assertEquals(2 * Math.log(2), byBoth.surprise(), 1e-9, "by package and logon type, ntlm/network is a relation never seen");
        assertEquals("first ntlm/network logon from ws-1 to srv-2; this kind of logon has not been seen before", byBoth.mostSurprising().reason());
    }

    @Test
    void anEnsemblesSurpriseIsTheMeanOfItsMembersEachOnItsOwnScales() {
        // the second member flips srv-2's state: ws-1 -> srv-2 and alice -> srv-2 have logit +1 there, -1 in the first
        ModelEmbeddings second = new ModelEmbeddings(1, new float[] { 1, 2, 1, 1 }, MODEL.relationDiagonals());
        LinkEmbeddings both = LinkEmbeddings.of(FAMILIES, EMBEDDINGS.relation(), EMBEDDINGS.nodeKeys(), EMBEDDINGS.relationNames(),
            List.of(MODEL, second));
        assertEquals(2, both.members().size());
        // from 0 at anomaly 0 to ln 2 at anomaly 10, in a straight line
        NoveltyScale gentle = new NoveltyScale(new float[] { 0, 10 }, 1);
        KnownLinks none = KnownLinks.of(new int[0], new int[0], new int[0]);
        LinkSurprise ensemble = new LinkSurprise(both, none, List.of(Map.of(), Map.of(RelationFamily.USER_DESTINATION, gentle)));

        LinkSurprise.LoginSurprise surprise = ensemble.assess(login("ws-1", "srv-2"));

        double sourceDestination = (LinkEmbeddings.anomaly(-1) + LinkEmbeddings.anomaly(1)) / 2;
        double userDestination = (LinkEmbeddings.anomaly(-1) + LinkEmbeddings.anomaly(1) * Math.log(2) / 10) / 2;
        assertEquals(sourceDestination + userDestination, surprise.surprise(), 1e-9);
        double meanProbability = (1 / (1 + Math.exp(1)) + 1 / (1 + Math.exp(-1))) / 2;
        assertEquals(String.format(java.util.Locale.ROOT, "unlikely link: kerberos/network logon from ws-1 to srv-2 (probability %.3f)", meanProbability),
            surprise.mostSurprising().reason());
    }

    @Test
    void anEnsembleIsMadeOfModelsOfOneGraph() {
        ModelEmbeddings ofThreeNodes = new ModelEmbeddings(1, new float[] { 1, 2, -1 }, MODEL.relationDiagonals());
        assertThrows(IllegalArgumentException.class,
            () -> LinkEmbeddings.of(FAMILIES, EMBEDDINGS.relation(), EMBEDDINGS.nodeKeys(), EMBEDDINGS.relationNames(), List.of(MODEL, ofThreeNodes)));
        ModelEmbeddings wider = new ModelEmbeddings(2, new float[8], new float[4]);
        assertThrows(IllegalArgumentException.class,
            () -> LinkEmbeddings.of(FAMILIES, EMBEDDINGS.relation(), EMBEDDINGS.nodeKeys(), EMBEDDINGS.relationNames(), List.of(MODEL, wider)));
        LinkEmbeddings twoMembers = LinkEmbeddings.of(FAMILIES, EMBEDDINGS.relation(), EMBEDDINGS.nodeKeys(), EMBEDDINGS.relationNames(),
            List.of(MODEL, MODEL));
        assertThrows(IllegalArgumentException.class,
            () -> new LinkSurprise(twoMembers, KnownLinks.of(new int[0], new int[0], new int[0]), List.of(Map.of())));
    }

    @Test
    void aLoginNamingNoEdgeHasNoSurprise() {
        assertNull(links(KnownLinks.of(new int[0], new int[0], new int[0])).assess(login(LoginFeatures.UNKNOWN_ENTITY, LoginFeatures.UNKNOWN_ENTITY)));
    }
}
