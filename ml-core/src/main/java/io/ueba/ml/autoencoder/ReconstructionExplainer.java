package io.ueba.ml.autoencoder;

import io.ueba.ml.features.FeatureGroup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Says in words why a login scored as it did: the feature groups holding most of its reconstruction error, each
 * as the sentence an analyst reads in the scored document ("first login from this source for this user").
 */
public final class ReconstructionExplainer {

    /** A group is named when it holds at least this share of the login's error. */
    static final double MIN_SHARE = 0.10;

    private static final Map<String, String> SENTENCES = Map.ofEntries(
        Map.entry("hour", "unusual time of day for this user"),
        Map.entry("hour_distance", "unusual time of day for this user"),
        Map.entry("day", "unusual day of the week"),
        Map.entry("weekend", "unusual day of the week"),
        Map.entry("success", "unusual outcome"),
        Map.entry("source_ip", "unusual kind of source address"),
        Map.entry("new_user", "a user never seen before"),
        Map.entry("first_user_source", "first login from this source for this user"),
        Map.entry("first_user_country", "first login from this country for this user"),
        Map.entry("first_source_destination", "first login from this source to this destination"),
        Map.entry("user_distinct_sources", "unusual number of sources for this user"),
        Map.entry("relation", "unusual kind of logon"),
        Map.entry("user", "unusual user for this kind of login"),
        Map.entry("source", "unusual source for this kind of login"),
        Map.entry("destination", "unusual destination for this kind of login")
    );

    private final List<FeatureGroup> groups;
    private final int maxReasons;

    public ReconstructionExplainer(List<FeatureGroup> groups, int maxReasons) {
        this.groups = List.copyOf(groups);
        this.maxReasons = maxReasons;
    }

    /** The reasons, strongest first, from the squared error of each position of the login's vector. */
    public List<String> explain(float[] squaredErrors) {
        double total = 0;
        for (float error : squaredErrors) {
            total += error;
        }
        if (total <= 0) {
            return List.of();
        }
        List<double[]> shares = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            FeatureGroup group = groups.get(g);
            double sum = 0;
            for (int i = group.from(); i < group.to(); i++) {
                sum += squaredErrors[i];
            }
            shares.add(new double[] { g, sum / total });
        }
        shares.sort(Comparator.comparingDouble((double[] share) -> share[1]).reversed());
        Set<String> reasons = new LinkedHashSet<>();
        for (double[] share : shares) {
            if (share[1] < MIN_SHARE || reasons.size() == maxReasons) {
                break;
            }
            String name = groups.get((int) share[0]).name();
            reasons.add(SENTENCES.getOrDefault(name, "unusual " + name.replace('_', ' ')));
        }
        return List.copyOf(reasons);
    }
}
