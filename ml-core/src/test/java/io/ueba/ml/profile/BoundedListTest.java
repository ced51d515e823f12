package io.ueba.ml.profile;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BoundedListTest {

    private static final Set<String> SOURCES = Set.of("ws-0233", "10.1.2.33", "vpn-gw", "198.51.100.7", "ws-0101");

    @Test
    void keepsTheFirstValuesInOrderAndCountsThemAll() {
        assertEquals(new BoundedList(5, List.of("10.1.2.33", "198.51.100.7")), BoundedList.of(SOURCES, 2));
        assertEquals(new BoundedList(5, List.of("10.1.2.33", "198.51.100.7", "vpn-gw", "ws-0101", "ws-0233")), BoundedList.of(SOURCES, 5));
        assertEquals(new BoundedList(5, List.of("10.1.2.33", "198.51.100.7", "vpn-gw", "ws-0101", "ws-0233")), BoundedList.of(SOURCES, 100));
        assertEquals(new BoundedList(1, List.of("DE")), BoundedList.of(Set.of("DE"), 1));
    }

    @Test
    void anEmptySetIsEmpty() {
        assertEquals(BoundedList.EMPTY, BoundedList.of(Set.of(), 20));
    }
}
