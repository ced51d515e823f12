package io.ueba.ml.features;

import io.ueba.ml.collect.Utf8Crc32;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays a login's features out as the fixed-length vector the models read. Entities (user, source, destination,
 * relation) are hashed into one-hot buckets so the vector never grows with the number of users; the behaviour
 * features compare the login with the published profile and carry most of the signal. Before any profile they are
 * zero, as for a perfectly ordinary login. Stateless and thread-safe.
 */
public final class LoginVectorizer {

    static final int RELATION_BUCKETS = 8;
    static final int ENTITY_BUCKETS = 16;
    /**
     * Novelty counts for more than which hashed bucket a name fell in: scaled up, a first-time source weighs in the
     * reconstruction error like the few entity positions that make up most of the vector's variance.
     */
    static final float BEHAVIOUR_WEIGHT = 3;
    /** {@code log1p} of this many distinct sources maps to 1: more is no more unusual. */
    private static final int MANY_SOURCES = 64;
    /** The feature for each count of distinct sources up to {@link #MANY_SOURCES}, computed once: a logarithm is slow. */
    private static final float[] DISTINCT_SOURCES_FEATURE = distinctSourcesFeature();

    private final List<FeatureGroup> groups;
    private final int dimension;

    public LoginVectorizer() {
        List<FeatureGroup> layout = new ArrayList<>();
        int at = 0;
        for (Object[] group : new Object[][] {
            { "hour", 2 }, { "day", 2 }, { "weekend", 1 }, { "success", 1 }, { "source_ip", 2 },
            { "new_user", 1 }, { "first_user_source", 1 }, { "first_user_country", 1 }, { "first_source_destination", 1 }, { "hour_distance", 1 },
            { "user_distinct_sources", 1 }, { "relation", RELATION_BUCKETS }, { "user", ENTITY_BUCKETS },
            { "source", ENTITY_BUCKETS }, { "destination", ENTITY_BUCKETS } }) {
            int width = (Integer) group[1];
            layout.add(new FeatureGroup((String) group[0], at, at + width));
            at += width;
        }
        this.groups = List.copyOf(layout);
        this.dimension = at;
    }

    private static float[] distinctSourcesFeature() {
        float[] feature = new float[MANY_SOURCES + 1];
        for (int sources = 0; sources <= MANY_SOURCES; sources++) {
            feature[sources] = (float) (Math.log1p(sources) / Math.log1p(MANY_SOURCES));
        }
        return feature;
    }

    public int dimension() {
        return dimension;
    }

    public List<FeatureGroup> groups() {
        return groups;
    }

    /** The layout of the vector, e.g. {@code hour_of_day[0,2) ...}: a model trained under another layout cannot be used. */
    public String schema() {
        StringBuilder schema = new StringBuilder();
        for (FeatureGroup group : groups) {
            schema.append(schema.isEmpty() ? "" : " ").append(group.name()).append('[').append(group.from()).append(',').append(group.to()).append(')');
        }
        return schema.toString();
    }

    public float[] vectorize(LoginFeatures features) {
        float[] vector = new float[dimension];
        CyclicTime time = features.time();
        int at = 0;
        vector[at++] = (float) time.hourSin();
        vector[at++] = (float) time.hourCos();
        vector[at++] = (float) time.daySin();
        vector[at++] = (float) time.dayCos();
        vector[at++] = flag(time.weekend());
        vector[at++] = flag(features.success());
        IpFacts ip = features.sourceIp();
        vector[at++] = flag(ip != null && ip.privateAddress());
        vector[at++] = flag(ip != null && ip.privateAddress() == false);
        ProfileFeatures profile = features.profile();
        if (profile != null) {
            vector[at] = BEHAVIOUR_WEIGHT * flag(profile.newUser());
            vector[at + 1] = BEHAVIOUR_WEIGHT * flag(profile.firstUserSource());
            vector[at + 2] = BEHAVIOUR_WEIGHT * flag(profile.firstUserCountry());
            vector[at + 3] = BEHAVIOUR_WEIGHT * flag(profile.firstSourceDestination());
            vector[at + 4] = BEHAVIOUR_WEIGHT * (float) (profile.hourDistance() / 12);
            vector[at + 5] = DISTINCT_SOURCES_FEATURE[Math.clamp(profile.userDistinctSources(), 0, MANY_SOURCES)];
        }
        at += 6;
        at = oneHot(vector, at, RELATION_BUCKETS, features.relation());
        at = oneHot(vector, at, ENTITY_BUCKETS, features.user());
        at = oneHot(vector, at, ENTITY_BUCKETS, features.source());
        oneHot(vector, at, ENTITY_BUCKETS, features.destination());
        return vector;
    }

    private static int oneHot(float[] vector, int at, int buckets, String value) {
        vector[at + bucket(value, buckets)] = 1;
        return at + buckets;
    }

    /** CRC-32 of the UTF-8 bytes, not {@link String#hashCode}: the bucket of a name must not change between JVMs or releases. */
    static int bucket(String value, int buckets) {
        return (int) (Utf8Crc32.of(value) % buckets);
    }

    private static float flag(boolean value) {
        return value ? 1 : 0;
    }
}
