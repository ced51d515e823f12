package io.ueba.tools.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SeedSpreadTest {

    @Test
    void eachNumberIsSummarizedWhereItSitsAndAnythingElseIsLeftOut() {
        SeedSpread spread = SeedSpread.of(List.of(
            Map.of("f1", 0.2, "model", "combined", "minute", Map.of("f1", 0.1, "positives", 8L), "only_here", 1.0),
            Map.of("f1", 0.4, "model", "combined", "minute", Map.of("f1", 0.1, "positives", 8L)),
            Map.of("f1", 0.9, "model", "combined", "minute", Map.of("f1", 0.4, "positives", 8L))
        ));
        assertEquals(Map.of("f1", 0.5, "minute", Map.of("f1", 0.2, "positives", 8.0)), spread.mean());
        assertEquals(Map.of("f1", 0.2, "minute", Map.of("f1", 0.1, "positives", 8.0)), spread.min());
        assertEquals(Map.of("f1", 0.9, "minute", Map.of("f1", 0.4, "positives", 8.0)), spread.max());
        // sqrt(((0.2 - 0.5)^2 + (0.4 - 0.5)^2 + (0.9 - 0.5)^2) / 2) and sqrt((0.1^2 + 0.1^2 + 0.2^2) / 2)
        assertEquals(Map.of("f1", 0.3606, "minute", Map.of("f1", 0.1732, "positives", 0.0)), spread.std());
        assertEquals(Map.of("f1", 0.2, "positives", 8.0), spread.at("minute").mean());
        assertEquals(Map.of(), spread.at("months").mean());
    }

    @Test
    void oneSeedHasNoSpread() {
        assertThrows(IllegalArgumentException.class, () -> SeedSpread.of(List.of(Map.of("f1", 0.2))));
    }
}
