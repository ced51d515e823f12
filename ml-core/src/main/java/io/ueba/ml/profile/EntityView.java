package io.ueba.ml.profile;

/** What the profile knows of one entity, each list bounded for a page that shows it. */
public sealed interface EntityView permits UserView, EndpointView {

    EntityKind kind();

    /** As the models name it. */
    String name();

    /** Whether the profile has seen the entity at all. */
    boolean known();

    /**
     * @param profile null when the model set has none yet: every entity is then unknown
     * @param name    as the models name it ({@link EntityKind#normalize})
     * @param size    the most values each list holds
     */
    static EntityView of(EntityProfile profile, EntityKind kind, String name, int size) {
        return kind == EntityKind.USER ? UserView.of(profile, name, size) : EndpointView.of(profile, kind, name, size);
    }
}
