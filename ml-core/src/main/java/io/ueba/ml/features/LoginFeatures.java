package io.ueba.ml.features;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the models read about one login. The ingest processor writes all of it ({@link #toDocument}) or the part
 * an analyst searches on ({@link #novelty}) into the document under {@code ueba.features}.
 *
 * @param time        cyclic time of day and week
 * @param user        normalized user name
 * @param source      normalized source entity: the source host, else the source IP, else {@code unknown}
 * @param destination normalized destination entity: the destination host, else its IP, else {@code unknown}
 * @param relation    the graph relation: auth package / logon type
 * @param success     whether the login succeeded
 * @param sourceIp      facts about the source address, null without a valid one
 * @param sourceCountry ISO code of the country the source address is in, null when not known
 * @param profile     comparison with the published profile, null before any training
 * @param attributes  the further document fields a model in use reads ({@link io.ueba.ml.login.LoginEvent#attributes})
 */
public record LoginFeatures(
    CyclicTime time,
    String user,
    String source,
    String destination,
    String relation,
    boolean success,
    IpFacts sourceIp,
    String sourceCountry,
    ProfileFeatures profile,
    Map<String, String> attributes
) {

    public LoginFeatures {
        attributes = attributes == null ? Map.of() : attributes;
    }

    /** A login's features without further document fields. */
    public LoginFeatures(CyclicTime time, String user, String source, String destination, String relation, boolean success, IpFacts sourceIp,
        String sourceCountry, ProfileFeatures profile) {
        this(time, user, source, destination, relation, success, sourceIp, sourceCountry, profile, Map.of());
    }

    public static final String UNKNOWN_ENTITY = "unknown";

    /** Every feature, as a document: what the models read. */
    public Map<String, Object> toDocument() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("hour_sin", fourDecimals(time.hourSin()));
        document.put("hour_cos", fourDecimals(time.hourCos()));
        document.put("day_sin", fourDecimals(time.daySin()));
        document.put("day_cos", fourDecimals(time.dayCos()));
        document.put("weekend", time.weekend());
        document.put("user", user);
        document.put("source", source);
        document.put("destination", destination);
        document.put("relation", relation);
        document.put("success", success);
        if (sourceIp != null) {
            Map<String, Object> ip = new LinkedHashMap<>();
            ip.put("version", sourceIp.version());
            ip.put("private", sourceIp.privateAddress());
            ip.put("prefix", sourceIp.prefix());
            document.put("source_ip", ip);
        }
        Map<String, Object> profileDocument = new LinkedHashMap<>();
        if (profile == null) {
            profileDocument.put("status", "missing");
        } else {
            profileDocument.put("status", "published");
            profileDocument.put("version", profile.profileVersion());
            profileDocument.put("new_user", profile.newUser());
            profileDocument.put("first_user_source", profile.firstUserSource());
            profileDocument.put("first_user_country", profile.firstUserCountry());
            profileDocument.put("first_source_destination", profile.firstSourceDestination());
            profileDocument.put("hour_distance", fourDecimals(profile.hourDistance()));
            profileDocument.put("user_distinct_sources", profile.userDistinctSources());
        }
        document.put("profile", profileDocument);
        return document;
    }

    /**
     * The names of what is new about this login against the profile ({@code new_user}, {@code first_user_source},
     * {@code first_user_country}, {@code first_source_destination}); empty for a usual login and before any profile.
     */
    public List<String> novelty() {
        List<String> novelty = new ArrayList<>(4);
        if (profile != null) {
            if (profile.newUser()) {
                novelty.add("new_user");
            }
            if (profile.firstUserSource()) {
                novelty.add("first_user_source");
            }
            if (profile.firstUserCountry()) {
                novelty.add("first_user_country");
            }
            if (profile.firstSourceDestination()) {
                novelty.add("first_source_destination");
            }
        }
        return novelty;
    }

    /**
     * Four decimals are finer than a second of the day; the full double would double the bytes every login's source
     * carries and the node serializes on each write.
     */
    static float fourDecimals(double value) {
        return Math.round(value * 10_000) / 10_000f;
    }
}
