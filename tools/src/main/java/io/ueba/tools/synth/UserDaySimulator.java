package io.ueba.tools.synth;

import io.ueba.ml.login.LoginEvent;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import static io.ueba.tools.synth.Draws.minutes;

/**
 * The benign logins of one user on one local date: a shift on workdays, now and then a short check-in from home on
 * other days. Every event lies after the local midnight that starts the date, which lets the generator release
 * earlier events once it has simulated that date for everyone.
 */
final class UserDaySimulator {

    /** Workdays lost to leave, sickness and travel. */
    private static final double ABSENCE = 0.06;
    private static final double OFF_DAY_CHECK_IN = 0.07;
    private static final double UNLOCK_AFTER_LUNCH = 0.6;
    private static final double DOMAIN_CONTROLLER_SHARE = 0.3;
    /** Network logons right after sign-in: drive mappings, mail, the intranet. */
    private static final int MORNING_BURST = 3;

    private final Infrastructure infrastructure;

    UserDaySimulator(Infrastructure infrastructure) {
        this.infrastructure = infrastructure;
    }

    /** Where a user works from during one sitting. */
    private record Session(SyntheticUser user, Host device, String internalIp, String publicIp, Instant begin, Instant end, boolean remote) {}

    List<LoginEvent> simulate(SyntheticUser user, LocalDate date, RandomGenerator rng) {
        boolean workday = user.shift().startsOn(date.getDayOfWeek());
        if (workday && rng.nextDouble() >= ABSENCE) {
            return shift(user, date, rng);
        }
        if (workday == false && rng.nextDouble() < OFF_DAY_CHECK_IN) {
            return checkIn(user, date, rng);
        }
        return List.of();
    }

    private List<LoginEvent> shift(SyntheticUser user, LocalDate date, RandomGenerator rng) {
        Instant begin = date.atTime(user.shift().start()).atZone(user.zone()).toInstant()
            .plus(minutes(Draws.clippedNormal(rng, 0, 20, -60, 60)));
        Instant end = begin.plus(user.shift().length()).plus(minutes(Draws.clippedNormal(rng, 0, 30, -90, 90)));
        Session session = session(user, rng.nextDouble() < user.remoteShare(), begin, end, rng);
        List<LoginEvent> events = new ArrayList<>();
        signIn(session, events, rng);
        if (rng.nextDouble() < UNLOCK_AFTER_LUNCH) {
            Instant midday = begin.plus(Duration.between(begin, end).dividedBy(2));
            Instant unlock = Draws.between(rng, midday.minus(Duration.ofMinutes(30)), midday.plus(Duration.ofMinutes(60)));
            events.addAll(LoginMistakes.attempt(LoginEvents.interactive(unlock, user.name(), session.device()), rng));
        }
        webSignIns(session, 1 + rng.nextInt(2), events, rng);
        networkLogons(session, Draws.poisson(rng, user.networkLogonsPerDay()), events, rng);
        if (user.admin()) {
            remoteDesktops(session, 1 + Draws.poisson(rng, 1), events, rng);
        }
        return events;
    }

    /** A short remote sitting on a day off: reading mail, checking a file. */
    private List<LoginEvent> checkIn(SyntheticUser user, LocalDate date, RandomGenerator rng) {
        Instant begin = date.atTime(LocalTime.of(10, 0)).atZone(user.zone()).toInstant().plus(minutes(rng.nextInt(600)));
        Session session = session(user, true, begin, begin.plus(minutes(20 + rng.nextInt(100))), rng);
        List<LoginEvent> events = new ArrayList<>();
        signIn(session, events, rng);
        if (rng.nextDouble() < 0.4) {
            webSignIns(session, 1, events, rng);
        }
        networkLogons(session, 1 + rng.nextInt(4), events, rng);
        return events;
    }

    private Session session(SyntheticUser user, boolean remote, Instant begin, Instant end, RandomGenerator rng) {
        if (remote) {
            return new Session(user, user.laptop(), infrastructure.vpnAddress(rng), Draws.pick(rng, user.homeIps()), begin, end, true);
        }
        Host desktop = user.desktop();
        return new Session(user, desktop, desktop.ip(), Draws.pick(rng, user.site().egressIps()), begin, end, false);
    }

    /** The logon at the machine and, from home, the VPN sign-in right after. */
    private void signIn(Session session, List<LoginEvent> events, RandomGenerator rng) {
        String user = session.user().name();
        events.addAll(LoginMistakes.attempt(LoginEvents.interactive(session.begin(), user, session.device()), rng));
        if (session.remote()) {
            Instant connect = session.begin().plus(minutes(1 + rng.nextDouble() * 3));
            events.addAll(LoginMistakes.attempt(LoginEvents.web(connect, user, session.publicIp(), infrastructure.vpnGateway()), rng));
        }
    }

    private void webSignIns(Session session, int count, List<LoginEvent> events, RandomGenerator rng) {
        for (int i = 0; i < count; i++) {
            Instant at = Draws.between(rng, session.begin(), session.end());
            events.addAll(LoginMistakes.attempt(LoginEvents.web(at, session.user().name(), session.publicIp(), infrastructure.ssoPortal()), rng));
        }
    }

    private void networkLogons(Session session, int count, List<LoginEvent> events, RandomGenerator rng) {
        SyntheticUser user = session.user();
        for (int i = 0; i < count; i++) {
            Instant at = i < MORNING_BURST
                ? session.begin().plus(minutes(0.5 + rng.nextDouble() * 15))
                : Draws.between(rng, session.begin(), session.end());
            Host destination = rng.nextDouble() < DOMAIN_CONTROLLER_SHARE
                ? Draws.pick(rng, infrastructure.domainControllers())
                : Draws.weighted(rng, user.usualServers(), server -> 1.0 / (1 + user.usualServers().indexOf(server)));
            String authPackage = destination.equals(infrastructure.legacyAppServer()) ? LoginEvents.NTLM : LoginEvents.KERBEROS;
            events.add(LoginEvents.network(at, user.name(), session.device(), session.internalIp(), destination, authPackage));
        }
    }

    private static void remoteDesktops(Session session, int count, List<LoginEvent> events, RandomGenerator rng) {
        SyntheticUser user = session.user();
        for (int i = 0; i < count; i++) {
            Instant at = Draws.between(rng, session.begin(), session.end());
            LoginEvent rdp = LoginEvents.remoteInteractive(at, user.name(), session.device(), session.internalIp(), Draws.pick(rng, user.rdpServers()));
            events.addAll(LoginMistakes.attempt(rdp, rng));
        }
    }
}
