package io.ueba.plugin.profile;

import io.ueba.ml.profile.EntityProfile;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The entity profile that ingest reads: the last one training published on this node, swapped atomically so that a
 * processor sees either the old profile or the new one, never a mix. Empty until the first publication.
 */
public final class EntityProfileHolder {

    private final AtomicReference<EntityProfile> current = new AtomicReference<>();

    /** The published profile, or null before any training. */
    public EntityProfile current() {
        return current.get();
    }

    public void publish(EntityProfile profile) {
        current.set(profile);
    }
}
