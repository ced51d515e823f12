package io.ueba.ml.collect;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Utf8Crc32Test {

    private static long crcOfEncoded(String name) {
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    @Test
    void equalsTheChecksumOfTheEncodedBytes() {
        for (String name : List.of("", "alice", "CORP\\ws-0233", "müller", "Ωμέγα", "東京-srv", "\uD83D\uDE00 host", "lone \uD800 high",
            "lone \uDC00 low", "end \uD83D")) {
            assertEquals(crcOfEncoded(name), Utf8Crc32.of(name), name);
        }
    }

    @Test
    void equalsTheChecksumOfTheEncodedBytesForRandomCharacters() {
        Random random = new Random(7);
        for (int n = 0; n < 10_000; n++) {
            char[] chars = new char[random.nextInt(24)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = switch (random.nextInt(4)) {
                    case 0 -> (char) random.nextInt(0x80);
                    case 1 -> (char) random.nextInt(0x800);
                    case 2 -> (char) (0xD800 + random.nextInt(0x800));
                    default -> (char) random.nextInt(0x10000);
                };
            }
            String name = new String(chars);
            assertEquals(crcOfEncoded(name), Utf8Crc32.of(name), name);
        }
    }
}
