package io.ueba.tools.synth.lanl;

/**
 * What the LANL-style generator simulates: how many people and computers over how many days. The same configuration
 * always gives the same files. The red team works in the last third of the days (the last week of three), so that
 * the days before it are clean to learn from.
 *
 * @param seed      seeds every random choice
 * @param users     the people of the enterprise; service and machine accounts come on top
 * @param computers every computer, servers and new machines included
 * @param days      the length of the period; day 0 starts at second 0 of the LANL clock
 */
public record LanlConfig(long seed, int users, int computers, int days) {

    public static final long DEFAULT_SEED = 42;
    public static final int DEFAULT_USERS = 900;
    public static final int DEFAULT_COMPUTERS = 1600;
    public static final int DEFAULT_DAYS = 21;

    public static final int MIN_USERS = 40;
    public static final int MAX_USERS = 20_000;
    public static final int MIN_DAYS = 7;
    public static final int MAX_DAYS = 90;

    public LanlConfig {
        requireWithin("users", users, MIN_USERS, MAX_USERS);
        requireWithin("days", days, MIN_DAYS, MAX_DAYS);
        int fewest = ComputerInventory.fewestComputers(Headcount.of(users));
        requireWithin("computers", computers, fewest, Math.max(fewest, users * 20));
    }

    /** 900 people, 1,600 computers, three weeks, seed 42. */
    public static LanlConfig defaults() {
        return new LanlConfig(DEFAULT_SEED, DEFAULT_USERS, DEFAULT_COMPUTERS, DEFAULT_DAYS);
    }

    /** The first day of the red team's campaign: two weeks of three are free of it. */
    public int redTeamFromDay() {
        return days - Math.max(1, days / 3);
    }

    private static void requireWithin(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("[--" + name + "] must be a whole number from " + min + " to " + max + ", got [" + value + "]");
        }
    }
}
