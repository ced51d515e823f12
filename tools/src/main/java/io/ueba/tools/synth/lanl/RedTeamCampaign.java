package io.ueba.tools.synth.lanl;

import io.ueba.tools.synth.Draws;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

import static io.ueba.tools.synth.lanl.LanlClock.at;

/**
 * The red team, in the last third of the period: a foothold on a few victims' desktops, then lateral movement. Each
 * hop goes from a machine it holds to one the credential's owner never logged on from or to, with the victim's own
 * credentials or with those it harvested from the machines it took (the people who had sessions there: help desk,
 * admins, roaming colleagues), by pass-the-hash over NTLM or with Kerberos tickets, mostly as network logons, often
 * to servers, mostly in working hours. Every logon it makes is a red-team login.
 */
final class RedTeamCampaign {

    record Result(List<AuthEvent> events, List<RedTeamLogin> logins) {}

    private static final double WORKING_HOURS = 0.8;
    private static final double STOLEN = 0.6;
    private static final double PRIVILEGED_WEIGHT = 3;
    private static final double PASS_THE_HASH = 0.6;
    private static final double REMOTE_DESKTOP = 0.05;
    private static final double TO_SERVER = 0.6;
    private static final double TO_DOMAIN_CONTROLLER = 0.1;
    private static final double REPEAT = 0.35;
    private static final double TAKE_SERVER = 0.5;
    private static final double TAKE_CLIENT = 0.35;
    private static final int TRIES = 200;

    /** A machine the red team holds, since when, and whose desktop its chain started from. */
    private record Hold(Computer machine, long since, Person victim) {}

    private final ComputerInventory inventory;
    private final HostUsage usage;
    private final RandomGenerator rng;
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final List<Hold> held = new ArrayList<>();
    /** Credentials taken, with the time they were taken. */
    private final Map<String, Long> stolen = new LinkedHashMap<>();
    private final Set<String> done = new HashSet<>();
    private final AuthLog log;
    private final List<RedTeamLogin> logins = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();

    private RedTeamCampaign(ComputerInventory inventory, Staff staff, HostUsage usage, RandomGenerator rng) {
        this.inventory = inventory;
        this.usage = usage;
        this.rng = rng;
        staff.people().forEach(person -> people.put(person.account(), person));
        this.log = new AuthLog(inventory.domainControllers());
    }

    static Result run(LanlConfig config, ComputerInventory inventory, Staff staff, HostUsage usage, RandomGenerator rng) {
        RedTeamCampaign campaign = new RedTeamCampaign(inventory, staff, usage, rng);
        List<Hold> footholds = campaign.footholds(config, staff);
        List<Long> hops = campaign.hopTimes(config, footholds.getFirst().since());
        long end = config.days() * LanlClock.DAY;
        int next = 0;
        for (long time : hops) {
            while (next < footholds.size() && footholds.get(next).since() <= time) {
                campaign.take(footholds.get(next++));
            }
            campaign.hop(time, end);
        }
        campaign.logins.sort(Comparator.comparingLong(RedTeamLogin::time));
        return new Result(campaign.log.events(), List.copyOf(campaign.logins));
    }

    /** The victims' desktops, the first on the campaign's first weekday, the others on later weekdays, in time order. */
    private List<Hold> footholds(LanlConfig config, Staff staff) {
        List<Person> candidates = staff.people().stream()
            .filter(person -> person.kind() == Person.Kind.OFFICE && person.firstDay() == 0 && person.move() == null)
            .toList();
        List<Person> victims = Draws.sample(rng, candidates, Math.clamp(config.users() / 300, 2, 5));
        List<Integer> weekdays = new ArrayList<>();
        for (int day = config.redTeamFromDay(); day < config.days() - 1; day++) {
            if (LanlClock.weekend(day) == false) {
                weekdays.add(day);
            }
        }
        if (weekdays.isEmpty()) {
            weekdays.add(config.redTeamFromDay());
        }
        List<Hold> footholds = new ArrayList<>();
        for (int i = 0; i < victims.size(); i++) {
            int day = i == 0 ? weekdays.getFirst() : Draws.pick(rng, weekdays);
            footholds.add(new Hold(victims.get(i).home(), at(day, 9 + rng.nextDouble() * 7), victims.get(i)));
        }
        footholds.sort(Comparator.comparingLong(Hold::since));
        return footholds;
    }

    /** When the hops happen: after the first foothold, on weekdays mostly, in working hours mostly. */
    private List<Long> hopTimes(LanlConfig config, long firstFoothold) {
        int firstDay = LanlClock.day(firstFoothold);
        List<Integer> days = new ArrayList<>();
        for (int day = firstDay; day < config.days(); day++) {
            days.add(day);
        }
        List<Long> times = new ArrayList<>();
        for (int n = Math.max(8, config.users() / 5); n > 0; n--) {
            int day = Draws.weighted(rng, days, d -> LanlClock.weekend(d) ? 0.15 : 1);
            double hour = rng.nextDouble() < WORKING_HOURS ? 8.5 + rng.nextDouble() * 9.5 : 18 + rng.nextDouble() * 5.5;
            long time = at(day, hour);
            times.add(time > firstFoothold + 600 ? time : firstFoothold + 600 + rng.nextInt(3600));
        }
        times.sort(null);
        return times;
    }

    private void take(Hold hold) {
        held.add(hold);
        for (String account : usage.credentialsOn(hold.machine(), hold.since())) {
            stolen.putIfAbsent(account, hold.since() + 300);
        }
    }

    private void hop(long time, long end) {
        List<Hold> ready = held.stream().filter(hold -> hold.since() <= time - 300).toList();
        if (ready.isEmpty()) {
            return;
        }
        Hold from = rng.nextDouble() < 0.3 ? ready.getFirst() : Draws.weighted(rng, ready, hold -> 1 + ready.indexOf(hold));
        String account = credential(from, time);
        Computer target = target(account, from.machine(), LanlClock.day(time));
        if (target == null) {
            return;
        }
        done.add(account + " " + target.name());
        boolean remoteDesktop = rng.nextDouble() < REMOTE_DESKTOP;
        String auth = rng.nextDouble() < PASS_THE_HASH ? AuthLog.NTLM : AuthLog.KERBEROS;
        long at = logon(time, account, from.machine(), target, remoteDesktop, auth);
        if (rng.nextDouble() < REPEAT) {
            for (int n = 1 + rng.nextInt(3); n > 0; n--) {
                at += 120 + rng.nextInt(5400);
                if (at < end) {
                    logon(at, account, from.machine(), target, false, auth);
                }
            }
        }
        if (rng.nextDouble() < (target.role().server() ? TAKE_SERVER : TAKE_CLIENT)) {
            take(new Hold(target, time + 120, from.victim()));
        }
    }

    /** The victim's own credentials, or one taken on the way, admins' and the help desk's rather than others'. */
    private String credential(Hold from, long time) {
        List<String> taken = stolen.entrySet().stream().filter(entry -> entry.getValue() <= time).map(Map.Entry::getKey).toList();
        if (taken.isEmpty() || rng.nextDouble() >= STOLEN) {
            return from.victim().account();
        }
        return Draws.weighted(rng, taken, account -> privileged(account) ? PRIVILEGED_WEIGHT : 1);
    }

    /** A machine the account's owner never used, not yet reached with it: a server mostly, a domain controller with an admin's. */
    private Computer target(String account, Computer source, int day) {
        List<Computer> pool;
        if (privileged(account) && rng.nextDouble() < TO_DOMAIN_CONTROLLER) {
            pool = inventory.domainControllers();
        } else if (rng.nextDouble() < TO_SERVER) {
            pool = inventory.all().stream().filter(computer -> computer.role().server() && computer.role() != Role.DOMAIN_CONTROLLER).toList();
        } else {
            pool = inventory.clientsOn(day);
        }
        for (int i = 0; i < TRIES; i++) {
            Computer target = Draws.pick(rng, pool);
            if (target != source && target.activeOn(day) && usage.used(account, target) == false && done.contains(account + " " + target.name()) == false) {
                return target;
            }
        }
        return null;
    }

    private boolean privileged(String account) {
        Person person = people.get(account);
        return person != null && (person.kind() == Person.Kind.HELP_DESK || person.kind() == Person.Kind.SERVER_ADMIN);
    }

    /** One red-team logon, at a second no other of its logons with the same account, source and target has. */
    private long logon(long time, String account, Computer source, Computer target, boolean remoteDesktop, String auth) {
        while (keys.add(time + " " + account + " " + source.name() + " " + target.name()) == false) {
            time++;
        }
        if (remoteDesktop) {
            log.remoteInteractive(time, account, source, target, rng);
        } else {
            log.network(time, account, source, target, auth, rng);
        }
        logins.add(new RedTeamLogin(time, account, source.name(), target.name()));
        return time;
    }
}
