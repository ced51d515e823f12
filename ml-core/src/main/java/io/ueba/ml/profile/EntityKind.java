package io.ueba.ml.profile;

import io.ueba.ml.features.EntityNames;

import java.util.Locale;
import java.util.function.UnaryOperator;

/** What an entity of the profile is: a user, or a host or an IP address at either end of a login. */
public enum EntityKind {

    USER(EntityNames::user),
    HOST(EntityNames::host),
    /** An address is an entity of its own only where a login named no host on that side. */
    IP(address -> EntityNames.endpoint(null, address));

    private final UnaryOperator<String> naming;

    EntityKind(UnaryOperator<String> naming) {
        this.naming = naming;
    }

    /** The entity's name as the models write it ({@code CORP\Alice} is the user {@code alice}); the raw name must not be blank. */
    public String normalize(String raw) {
        return naming.apply(raw);
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming {@code [kind]} for anything but {@code user}, {@code host} or {@code ip} */
    public static EntityKind fromJson(String name) {
        for (EntityKind kind : values()) {
            if (kind.jsonName().equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("[kind] must be user, host or ip, got [" + name + "]");
    }
}
