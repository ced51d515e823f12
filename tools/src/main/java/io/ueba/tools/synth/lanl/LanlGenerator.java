package io.ueba.tools.synth.lanl;

import io.ueba.tools.synth.Seeds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * LANL-style data for evaluating detection: an enterprise's authentication events in the format of LANL's
 * "Comprehensive, Multi-Source Cyber-Security Events" (auth.txt), with a red team moving laterally in its last
 * third (redteam.txt). The benign days are simulated first, a person's day and the machines' day at a time, each from
 * a random stream of its own; the red team then plans its campaign on what the benign logons left behind (who used
 * which machine, whose credentials a machine holds). The same {@link LanlConfig} always gives the same files.
 *
 * <pre>{@code
 * LanlDataset data = new LanlGenerator(LanlConfig.defaults()).generate();
 * data.write(Path.of("lanl"));
 * }</pre>
 */
public final class LanlGenerator {

    private static final long POPULATION = 101;
    private static final long PERSON_DAYS = 102;
    private static final long MACHINE_DAYS = 103;
    private static final long SET_UPS = 104;
    private static final long RED_TEAM = 105;

    private final LanlConfig config;
    private final ComputerInventory inventory;
    private final Staff staff;
    private final MachineActivity machines;

    public LanlGenerator(LanlConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        RandomGenerator rng = Seeds.random(config.seed(), POPULATION);
        Headcount headcount = Headcount.of(config.users());
        this.inventory = ComputerInventory.build(config, headcount, rng);
        this.staff = Staff.hire(headcount, inventory, rng);
        this.machines = new MachineActivity(inventory, staff, rng);
    }

    public LanlDataset generate() {
        AuthLog log = new AuthLog(inventory.domainControllers());
        DeskDay desks = new DeskDay(inventory);
        AdminDay admins = new AdminDay(inventory);
        List<Person> helpDesk = staff.people().stream().filter(person -> person.kind() == Person.Kind.HELP_DESK).toList();
        for (int day = 0; day < config.days(); day++) {
            for (Person person : staff.people()) {
                RandomGenerator rng = Seeds.random(config.seed(), PERSON_DAYS, person.index(), day);
                switch (person.kind()) {
                    case HELP_DESK, SERVER_ADMIN -> admins.simulate(person, day, rng, log);
                    default -> desks.simulate(person, day, rng, log);
                }
            }
            machines.simulate(day, Seeds.random(config.seed(), MACHINE_DAYS, day), log);
            RandomGenerator setUps = Seeds.random(config.seed(), SET_UPS, day);
            for (Computer computer : inventory.all()) {
                if (computer.firstDay() == day && day > 0) {
                    admins.setUp(helpDesk.get(setUps.nextInt(helpDesk.size())), computer, day, setUps, log);
                }
            }
        }
        List<AuthEvent> benign = inPeriod(log.events());
        Set<String> worthTaking = new HashSet<>();
        staff.people().forEach(person -> worthTaking.add(person.account()));
        staff.services().forEach(service -> worthTaking.add(service.account()));
        HostUsage usage = HostUsage.of(benign, worthTaking);
        RedTeamCampaign.Result redTeam = RedTeamCampaign.run(config, inventory, staff, usage, Seeds.random(config.seed(), RED_TEAM));

        List<AuthEvent> all = new ArrayList<>(benign.size() + redTeam.events().size());
        all.addAll(benign);
        all.addAll(redTeam.events());
        return new LanlDataset(config, inPeriod(all), redTeam.logins());
    }

    ComputerInventory inventory() {
        return inventory;
    }

    Staff staff() {
        return staff;
    }

    /** The events within the period, in time order; events of the same second keep the order they were made in. */
    private List<AuthEvent> inPeriod(List<AuthEvent> events) {
        long end = config.days() * LanlClock.DAY;
        List<AuthEvent> kept = new ArrayList<>(events.size());
        for (AuthEvent event : events) {
            if (event.time() >= 1 && event.time() < end) {
                kept.add(event);
            }
        }
        kept.sort(Comparator.comparingLong(AuthEvent::time));
        return kept;
    }
}
