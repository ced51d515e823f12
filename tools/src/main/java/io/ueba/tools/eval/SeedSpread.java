package io.ueba.tools.eval;

import io.ueba.ml.metrics.DetectionMetrics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * How an evaluation's figures vary with the seed: the mean, lowest, highest and standard deviation of each number
 * over the seeds' results, each in a tree of the results' own shape. The standard deviation is the sample one (n - 1):
 * the seeds are a sample of the runs the product could have made.
 */
public record SeedSpread(Map<String, Object> mean, Map<String, Object> min, Map<String, Object> max, Map<String, Object> std) {

    /** @param results one result per seed, of the same shape: numbers, and nested maps of them; anything else is left out */
    public static SeedSpread of(List<? extends Map<String, ?>> results) {
        if (results.size() < 2) {
            throw new IllegalArgumentException("a spread needs at least two seeds' results, got " + results.size());
        }
        return new SeedSpread(
            across(results, values -> Arrays.stream(values).average().orElseThrow()),
            across(results, values -> Arrays.stream(values).min().orElseThrow()),
            across(results, values -> Arrays.stream(values).max().orElseThrow()),
            across(results, SeedSpread::sampleStandardDeviation)
        );
    }

    /** The spread of the nested figures under the key; empty where the results have none. */
    public SeedSpread at(String key) {
        return new SeedSpread(child(mean, key), child(min, key), child(max, key), child(std, key));
    }

    /** The four trees by the name of their statistic: mean, min, max, std. */
    public Map<String, Map<String, Object>> byStatistic() {
        Map<String, Map<String, Object>> trees = new LinkedHashMap<>();
        trees.put("mean", mean);
        trees.put("min", min);
        trees.put("max", max);
        trees.put("std", std);
        return trees;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> tree, String key) {
        return tree.get(key) instanceof Map<?, ?> subtree ? (Map<String, Object>) subtree : Map.of();
    }

    private static Map<String, Object> across(List<? extends Map<String, ?>> results, ToDoubleFunction<double[]> statistic) {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (String key : results.getFirst().keySet()) {
            List<?> values = results.stream().map(result -> result.get(key)).toList();
            if (values.stream().allMatch(value -> value instanceof Number)) {
                double[] numbers = values.stream().mapToDouble(value -> ((Number) value).doubleValue()).toArray();
                tree.put(key, DetectionMetrics.rounded(statistic.applyAsDouble(numbers)));
            } else if (values.stream().allMatch(value -> value instanceof Map<?, ?>)) {
                @SuppressWarnings("unchecked")
                List<Map<String, ?>> nested = values.stream().<Map<String, ?>>map(value -> (Map<String, ?>) value).toList();
                Map<String, Object> subtree = across(nested, statistic);
                if (subtree.isEmpty() == false) {
                    tree.put(key, subtree);
                }
            }
        }
        return tree;
    }

    private static double sampleStandardDeviation(double[] values) {
        double mean = Arrays.stream(values).average().orElseThrow();
        double squares = Arrays.stream(values).map(value -> (value - mean) * (value - mean)).sum();
        return Math.sqrt(squares / (values.length - 1));
    }
}
