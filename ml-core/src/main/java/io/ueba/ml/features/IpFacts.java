package io.ueba.ml.features;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * What a login's source address says without any lookup: its family, whether it is private (not routable on the
 * internet), and the network it belongs to (the /24 of an IPv4 address, the /64 of an IPv6 one).
 */
public record IpFacts(int version, boolean privateAddress, String prefix) {

    /**
     * Parses an IP literal. Host names are refused rather than resolved: a DNS lookup has no place on the ingest path.
     *
     * @throws IllegalArgumentException when the text is not an IPv4 or IPv6 literal
     */
    public static IpFacts of(String text) {
        byte[] bytes = literalBytes(text);
        if (bytes.length == 4) {
            return new IpFacts(4, isPrivateV4(bytes), (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + ".0/24");
        }
        return new IpFacts(6, isPrivateV6(bytes), v6Prefix(bytes));
    }

    /**
     * Checks that the text is an IP literal as {@link #of} reads it, without making its facts: a reader that only keeps
     * or drops the address does not pay for its network's name.
     *
     * @throws IllegalArgumentException when the text is not an IPv4 or IPv6 literal
     */
    public static void requireLiteral(String text) {
        literalBytes(text);
    }

    /** Whether the text is an IP literal as {@link #of} reads it. */
    public static boolean isLiteral(String text) {
        try {
            literalBytes(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] literalBytes(String text) {
        if (text == null || text.isEmpty() || text.length() > 45) {
            throw notAnAddress(text);
        }
        if (text.indexOf(':') < 0) {
            return parseV4(text);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == ':' || c == '.' || Character.digit(c, 16) >= 0;
            if (allowed == false) {
                throw notAnAddress(text);
            }
        }
        try {
            // With only hex digits, colons and dots, InetAddress parses a literal and never resolves a name.
            InetAddress address = InetAddress.getByName(text);
            byte[] bytes = address.getAddress();
            return address instanceof Inet6Address ? bytes : mapToV6(bytes);
        } catch (UnknownHostException e) {
            throw notAnAddress(text);
        }
    }

    /** Four decimal octets of one to three digits, dot-separated; read in one pass, as every login with an address pays for it. */
    private static byte[] parseV4(String text) {
        byte[] bytes = new byte[4];
        int octet = 0;
        int value = 0;
        int digits = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '.';
            if (c == '.') {
                if (digits == 0 || value > 255 || octet == 4) {
                    throw notAnAddress(text);
                }
                bytes[octet++] = (byte) value;
                value = 0;
                digits = 0;
            } else if (c >= '0' && c <= '9' && digits < 3) {
                value = value * 10 + (c - '0');
                digits++;
            } else {
                throw notAnAddress(text);
            }
        }
        if (octet != 4) {
            throw notAnAddress(text);
        }
        return bytes;
    }

    /** An IPv4-mapped IPv6 literal (::ffff:a.b.c.d) comes back from InetAddress as IPv4; keep it IPv6. */
    private static byte[] mapToV6(byte[] v4) {
        byte[] bytes = new byte[16];
        bytes[10] = (byte) 0xff;
        bytes[11] = (byte) 0xff;
        System.arraycopy(v4, 0, bytes, 12, 4);
        return bytes;
    }

    private static boolean isPrivateV4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 10
            || first == 127
            || (first == 172 && second >= 16 && second <= 31)
            || (first == 192 && second == 168)
            || (first == 169 && second == 254)
            || (first == 100 && second >= 64 && second <= 127);
    }

    private static boolean isPrivateV6(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        boolean loopback = true;
        for (int i = 0; i < 15; i++) {
            loopback &= b[i] == 0;
        }
        return (loopback && b[15] == 1)
            || (first & 0xfe) == 0xfc
            || (first == 0xfe && (second & 0xc0) == 0x80);
    }

    private static String v6Prefix(byte[] b) {
        StringBuilder prefix = new StringBuilder();
        for (int group = 0; group < 4; group++) {
            int value = ((b[2 * group] & 0xff) << 8) | (b[2 * group + 1] & 0xff);
            prefix.append(Integer.toHexString(value)).append(':');
        }
        return prefix.append(":/64").toString();
    }

    private static IllegalArgumentException notAnAddress(String text) {
        return new IllegalArgumentException("[" + text + "] is not an IP address");
    }
}
