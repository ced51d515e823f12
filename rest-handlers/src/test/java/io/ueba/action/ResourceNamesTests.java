package io.ueba.action;

import org.opensearch.test.OpenSearchTestCase;

import java.util.Optional;

public class ResourceNamesTests extends OpenSearchTestCase {

    public void testAnIdThatCouldNameAnIndexIsAccepted() {
        for (String id : new String[] { "nightly", "vpn-logins_2", "logins.eu", "x", "a".repeat(ResourceNames.MAX_BYTES), "\u00e9t\u00e9" }) {
            assertEquals(id, Optional.empty(), ResourceNames.problem(id));
        }
    }

    public void testCapitalsAreRefused() {
        assertRefused("Nightly", "must be lowercase");
    }

    public void testEveryForbiddenCharacterIsRefused() {
        for (char c : new char[] { '\\', '/', '*', '?', '"', '<', '>', '|', ',', '#', ':', ' ' }) {
            assertRefused("night" + c + "ly", "must not contain [" + c + "]");
        }
    }

    public void testALeadingUnderscoreDashOrPlusIsRefused() {
        assertRefused("_run", "must not start with");
        assertRefused("-nightly", "must not start with");
        assertRefused("+nightly", "must not start with");
    }

    public void testDotAndDotDotAreRefused() {
        assertRefused(".", "must not be '.' or '..'");
        assertRefused("..", "must not be '.' or '..'");
    }

    public void testAnEmptyIdIsRefused() {
        assertRefused("", "must not be empty");
        assertRefused(null, "must not be empty");
    }

    public void testTheLengthIsCountedInUtf8Bytes() {
        assertRefused("a".repeat(ResourceNames.MAX_BYTES + 1), "at most 255 bytes");
        assertRefused("\u00e9".repeat(128), "at most 255 bytes, got 256");
    }

    public void testAModelSetNameFollowsTheSameRulesNamingItsField() {
        assertTrue(ResourceNames.problem("model_set", "vpn-logins").isEmpty());
        String problem = ResourceNames.problem("model_set", "VPN").orElseThrow();
        assertTrue(problem, problem.startsWith("[model_set] [VPN] must be lowercase"));
    }

    private static void assertRefused(String id, String why) {
        String problem = ResourceNames.problem(id).orElseThrow(() -> new AssertionError("[" + id + "] was accepted"));
        assertTrue(problem, problem.startsWith("[job_id]"));
        assertTrue(problem, problem.contains(why));
    }
}
