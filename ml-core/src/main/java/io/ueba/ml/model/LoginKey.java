package io.ueba.ml.model;

import io.ueba.ml.login.LoginEvent;

import java.util.Objects;

/**
 * A 64-bit name for a login, from everything a featurizer reads of it, for {@link Reservoir}: the same login read
 * twice has the same key, and two logins that differ in any field almost surely do not.
 */
public final class LoginKey {

    private LoginKey() {}

    public static long of(LoginEvent event) {
        long key = event.timestamp().getEpochSecond() * 1_000_000_000L + event.timestamp().getNano();
        key = 31 * Reservoir.mix(key) + Objects.hash(event.user(), event.sourceIp(), event.sourceHost(), event.sourceCountry());
        // The outcome by name: an enum's hashCode changes from one JVM to the next.
        key = 31 * Reservoir.mix(key) + Objects.hash(event.destinationHost(), event.destinationIp(), event.outcome().name(), event.authPackage(),
            event.logonType());
        return Reservoir.mix(key);
    }
}
