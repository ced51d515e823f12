package io.ueba.ml.dataset;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ComputerNamesTest {

    @Test
    void aDnsNameIsCutToItsFirstLabelAndAnAddressIsKept() {
        assertEquals("SRV-DB-02", ComputerNames.shortName("SRV-DB-02.corp.example"));
        assertEquals("ws-0233", ComputerNames.shortName("ws-0233"));
        assertEquals("10.0.5.20", ComputerNames.shortName("10.0.5.20"));
        assertEquals("fe80::7c1f:2a3b", ComputerNames.shortName("fe80::7c1f:2a3b"));
        assertNull(ComputerNames.shortName(null));
    }
}
