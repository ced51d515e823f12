package io.ueba.ml.collect;

/**
 * The CRC-32 of a string's UTF-8 bytes, the value {@link java.util.zip.CRC32} gives for
 * {@code name.getBytes(UTF_8)}, computed from the string's characters as they are encoded: a login's names are
 * bucketed on the ingest path, where encoding each into a new array (and a new checksum object) costs more than the
 * checksum. An unpaired surrogate counts as {@code '?'}, as the encoder writes it.
 */
public final class Utf8Crc32 {

    private static final int[] TABLE = table();

    private Utf8Crc32() {}

    private static int[] table() {
        int[] table = new int[256];
        for (int b = 0; b < 256; b++) {
            int crc = b;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xEDB88320 : crc >>> 1;
            }
            table[b] = crc;
        }
        return table;
    }

    public static long of(String name) {
        int crc = 0xFFFFFFFF;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x80) {
                crc = update(crc, c);
            } else if (c < 0x800) {
                crc = update(update(crc, 0xC0 | (c >> 6)), 0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                int codePoint = name.codePointAt(i);
                if (Character.isSupplementaryCodePoint(codePoint)) {
                    crc = update(crc, 0xF0 | (codePoint >> 18));
                    crc = update(crc, 0x80 | ((codePoint >> 12) & 0x3F));
                    crc = update(crc, 0x80 | ((codePoint >> 6) & 0x3F));
                    crc = update(crc, 0x80 | (codePoint & 0x3F));
                    i++;
                } else {
                    crc = update(crc, '?');
                }
            } else {
                crc = update(crc, 0xE0 | (c >> 12));
                crc = update(crc, 0x80 | ((c >> 6) & 0x3F));
                crc = update(crc, 0x80 | (c & 0x3F));
            }
        }
        return ~crc & 0xFFFFFFFFL;
    }

    private static int update(int crc, int b) {
        return TABLE[(crc ^ b) & 0xFF] ^ (crc >>> 8);
    }
}
