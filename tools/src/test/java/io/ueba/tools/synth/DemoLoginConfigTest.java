package io.ueba.tools.synth;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoLoginConfigTest {

    @Test
    void defaultsAreThreeHundredUsersOverFourWeeksWithEveryAttack() {
        DemoLoginConfig config = DemoLoginConfig.defaults();
        assertEquals(300, config.users());
        assertEquals(28, config.days());
        assertEquals(Instant.parse("2026-10-01T00:00:00Z"), config.start());
        assertEquals(Instant.parse("2026-10-29T00:00:00Z"), config.end());
        assertTrue(config.accountTakeovers() > 0 && config.passwordSprays() > 0 && config.lateralMovements() > 0, config.toString());
    }

    @Test
    void attacksStartAfterSixtyPercentOfThePeriod() {
        DemoLoginConfig config = DemoLoginConfig.defaults().withPeriod(Instant.parse("2027-01-01T00:00:00Z"), 10);
        assertEquals(Instant.parse("2027-01-07T00:00:00Z"), config.attacksFrom());
    }

    @Test
    void withersChangeOnlyTheirOwnFields() {
        DemoLoginConfig config = DemoLoginConfig.defaults();
        DemoLoginConfig changed = config.withSeed(7).withUsers(50).withAttacks(0, 3, 1);
        assertEquals(new DemoLoginConfig(7, 50, config.days(), config.start(), 0, 3, 1), changed);
    }

    @Test
    void rejectsAPopulationTooSmallForTheAttacks() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DemoLoginConfig.defaults().withUsers(5));
        assertTrue(e.getMessage().contains("[users]"), e.getMessage());
    }

    @Test
    void rejectsAPeriodTooShortForAttacksAfterTheLearningPart() {
        assertThrows(IllegalArgumentException.class, () -> DemoLoginConfig.defaults().withPeriod(DemoLoginConfig.DEFAULT_START, 3));
    }

    @Test
    void rejectsNegativeAttackCounts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DemoLoginConfig.defaults().withAttacks(1, -1, 1));
        assertTrue(e.getMessage().contains("[passwordSprays]"), e.getMessage());
    }

    @Test
    void rejectsAMissingStart() {
        assertThrows(NullPointerException.class, () -> DemoLoginConfig.defaults().withPeriod(null, 28));
    }

    @Test
    void attackFreePartIsAShareOfTheWholePeriod() {
        DemoLoginConfig config = DemoLoginConfig.defaults();
        Duration learning = Duration.between(config.start(), config.attacksFrom());
        Duration whole = Duration.between(config.start(), config.end());
        assertEquals(DemoLoginConfig.ATTACK_FREE_SHARE, (double) learning.toSeconds() / whole.toSeconds(), 1e-6);
    }
}
