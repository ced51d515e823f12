package io.ueba.tools.synth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** The employees of the simulated enterprise, in a fixed order. */
public final class UserPopulation {

    private final List<SyntheticUser> users;
    private final Map<String, SyntheticUser> byName;

    private UserPopulation(List<SyntheticUser> users) {
        this.users = List.copyOf(users);
        Map<String, SyntheticUser> names = new LinkedHashMap<>();
        users.forEach(user -> names.put(user.name(), user));
        this.byName = Collections.unmodifiableMap(names);
    }

    static UserPopulation generate(int size, Infrastructure infrastructure, RandomGenerator rng) {
        UserProfiles profiles = new UserProfiles(infrastructure, rng);
        List<SyntheticUser> users = new ArrayList<>();
        for (int index = 0; index < size; index++) {
            users.add(profiles.next(index));
        }
        return new UserPopulation(users);
    }

    public List<SyntheticUser> users() {
        return users;
    }

    /** The user with that account name; empty for names nobody has, such as a misspelt one. */
    public Optional<SyntheticUser> user(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public int size() {
        return users.size();
    }
}
