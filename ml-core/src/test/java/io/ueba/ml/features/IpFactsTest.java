package io.ueba.ml.features;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IpFactsTest {

    @Test
    void publicIpv4HasItsSlash24() {
        IpFacts facts = IpFacts.of("203.0.113.77");
        assertEquals(4, facts.version());
        assertFalse(facts.privateAddress());
        assertEquals("203.0.113.0/24", facts.prefix());
    }

    @ParameterizedTest
    @ValueSource(strings = { "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "127.0.0.1", "169.254.3.4", "100.64.0.1" })
    void privateIpv4Ranges(String address) {
        assertTrue(IpFacts.of(address).privateAddress(), address);
    }

    @ParameterizedTest
    @ValueSource(strings = { "172.32.0.1", "192.169.0.1", "8.8.8.8", "100.128.0.1" })
    void justOutsidePrivateRangesIsPublic(String address) {
        assertFalse(IpFacts.of(address).privateAddress(), address);
    }

    @Test
    void ipv6HasItsSlash64() {
        IpFacts facts = IpFacts.of("2001:db8:abcd:12::1");
        assertEquals(6, facts.version());
        assertFalse(facts.privateAddress());
        assertEquals("2001:db8:abcd:12::/64", facts.prefix());
    }

    @ParameterizedTest
    @ValueSource(strings = { "fd12:3456::1", "fe80::1", "::1" })
    void privateIpv6Ranges(String address) {
        assertTrue(IpFacts.of(address).privateAddress(), address);
    }

    @Test
    void ipv4MappedIpv6StaysIpv6() {
        assertEquals(6, IpFacts.of("::ffff:10.0.0.1").version());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.-4", "a.b.c.d", "example.com", "1:2:3:4:5:6:7:8:9", "gg::1", "01234.1.1.1", "1..2.3", "1.2.3.", ".1.2.3", "1.2.3.4 ", "1.2.3.256" })
    void refusesWhatIsNotALiteral(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IpFacts.of(text));
        assertTrue(e.getMessage().contains("is not an IP address"), e.getMessage());
        assertEquals(e.getMessage(), assertThrows(IllegalArgumentException.class, () -> IpFacts.requireLiteral(text)).getMessage());
        assertFalse(IpFacts.isLiteral(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "203.0.113.77", "10.0.0.1", "2001:db8::1", "::ffff:10.0.0.1" })
    void aLiteralIsCheckedWithoutItsFacts(String text) {
        IpFacts.requireLiteral(text);
        assertTrue(IpFacts.isLiteral(text), text);
    }
}
