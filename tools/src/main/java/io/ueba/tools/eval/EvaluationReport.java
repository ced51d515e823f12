package io.ueba.tools.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ueba.ml.metrics.DetectionMetrics;
import io.ueba.ml.metrics.RankingMetrics;
import io.ueba.ml.metrics.ThresholdMetrics;

import java.io.PrintStream;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Prints what an evaluation measured: with labels, a table of detection metrics of the combined score per level (each
 * login, and one-minute bins) and per calendar month when the held-out logins span several, then, when several kinds
 * scored, each kind's own score over all the held-out logins; without labels, the score distribution and the most
 * suspicious logins. With several seeds it prints each seed's, then the mean, range and standard deviation of each
 * figure across them. The last line is always one JSON object, for scripts.
 */
public final class EvaluationReport {

    /** A login is flagged when its score reaches the product's threshold, which scores put at 1. */
    static final double PRODUCT_THRESHOLD = 1.0;
    static final int TOP = 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROW = "%-12s %-7s %-8s %8s %9s %9s %7s %6s %13s %9s %9s%n";
    private static final String SPREAD_ROW = "%-12s %-7s %-8s %-5s %8s %9s %9s %7s %6s %13s%n";
    private static final String FIGURE_ROW = "%-12s %9s %9s %9s %9s%n";
    private static final String COMBINED = "combined";

    private final Map<String, Object> context;
    private final Phases phases;

    /** @param context what was evaluated (format, mode, split, counts), printed first and put in the JSON line */
    public EvaluationReport(Map<String, Object> context, Phases phases) {
        this.context = new LinkedHashMap<>(context);
        this.phases = phases;
    }

    /** Prints one run's figures as they are; with several seeds, each seed's, then how much they vary across seeds. */
    public void print(List<SeededRun> runs, PrintStream out) {
        context.forEach((name, value) -> out.println(name + ": " + value));
        Map<String, Object> json = new LinkedHashMap<>();
        if (runs.size() == 1) {
            json.putAll(results(runs.getFirst().scored(), out));
        } else {
            List<Map<String, Object>> results = new ArrayList<>();
            List<Map<String, Object>> perSeed = new ArrayList<>();
            for (SeededRun run : runs) {
                out.println();
                out.println("seed " + run.seed() + ":");
                Map<String, Object> result = results(run.scored(), out);
                results.add(result);
                Map<String, Object> seeded = new LinkedHashMap<>();
                seeded.put("seed", run.seed());
                seeded.putAll(result);
                perSeed.add(seeded);
            }
            SeedSpread spread = SeedSpread.of(results);
            printSpread(runs, spread, out);
            json.putAll(spread.byStatistic());
            json.put("per_seed", perSeed);
        }
        json.putAll(context);
        out.println("phases: " + phases.summary());
        json.put("seconds", phases.seconds());
        try {
            out.println(JSON.writeValueAsString(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the result as JSON", e);
        }
    }

    /** Prints what one run measured and returns it for the JSON line. */
    private Map<String, Object> results(List<ScoredLogin> scored, PrintStream out) {
        long unscored = scored.stream().filter(login -> login.scored() == false).count();
        out.println("unscored held-out logins: " + unscored);
        Map<String, Object> json = new LinkedHashMap<>();
        boolean labelled = scored.stream().anyMatch(ScoredLogin::attack) && scored.stream().anyMatch(login -> login.attack() == false);
        json.putAll(labelled ? labelled(scored, out) : unlabelled(scored, out));
        json.put("unscored", unscored);
        return json;
    }

    /**
     * The mean, range and standard deviation of each figure across the seeds: for labelled logins, of each metric of
     * the table, row by row; otherwise of the score distribution's figures.
     */
    private static void printSpread(List<SeededRun> runs, SeedSpread spread, PrintStream out) {
        out.println();
        out.println("across " + runs.size() + " seeds " + runs.stream().map(SeededRun::seed).toList()
            + ": mean, lowest, highest and standard deviation (n - 1) of each seed's figures");
        if (spread.mean().containsKey("roc_auc") == false) {
            out.printf(Locale.ROOT, FIGURE_ROW, "figure", "mean", "min", "max", "std");
            for (String figure : spread.mean().keySet()) {
                List<Object> cells = new ArrayList<>(List.of(figure));
                spread.byStatistic().values().forEach(tree -> cells.add(spreadFigure(tree.get(figure))));
                out.printf(Locale.ROOT, FIGURE_ROW, cells.toArray());
            }
            return;
        }
        out.printf(Locale.ROOT, SPREAD_ROW, "model", "level", "slice", "stat", "roc_auc", "avg_prec", "precision", "recall", "f1", "recall@1%fpr");
        spreadRows("event", spread, out);
        spreadRows("minute", spread.at("minute"), out);
        SeedSpread kinds = spread.at("kinds");
        kinds.mean().keySet().forEach(kind -> {
            spreadRow(kind, "event", "all", kinds.at(kind).at("event"), out);
            spreadRow(kind, "minute", "all", kinds.at(kind).at("minute"), out);
        });
    }

    /** The level's row for all the held-out logins, then one per month, as in the table. */
    private static void spreadRows(String level, SeedSpread spread, PrintStream out) {
        spreadRow(COMBINED, level, "all", spread, out);
        SeedSpread months = spread.at("months");
        months.mean().keySet().forEach(month -> spreadRow(COMBINED, level, month, months.at(month), out));
    }

    private static void spreadRow(String model, String level, String slice, SeedSpread spread, PrintStream out) {
        if (spread.mean().containsKey("roc_auc") == false) {
            return;
        }
        spread.byStatistic().forEach((statistic, row) -> out.printf(Locale.ROOT, SPREAD_ROW, model, level, slice, statistic,
            spreadFigure(row.get("roc_auc")), spreadFigure(row.get("average_precision")), spreadFigure(row.get("precision")),
            spreadFigure(row.get("recall")), spreadFigure(row.get("f1")), spreadFigure(row.get("recall_at_1pct_fpr"))));
    }

    private Map<String, Object> labelled(List<ScoredLogin> scored, PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, ROW, "model", "level", "slice", "roc_auc", "avg_prec", "precision", "recall", "f1", "recall@1%fpr", "positives", "negatives");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", COMBINED);
        json.put("level", "event");
        json.putAll(rows("event", scored, out));
        json.put("minute", rows("minute", MinuteBins.of(scored), out));
        Map<String, Object> kinds = kinds(scored, out);
        if (kinds.isEmpty() == false) {
            json.put("kinds", kinds);
        }
        out.println("combined = the geometric mean of the kinds' scores, each 1 at its own threshold. Flagged = score >= 1, the product's threshold.");
        out.println("best F1 over thresholds picked on the test labels (an upper bound, as the book picked its threshold):");
        Map<String, Object> oracle = new LinkedHashMap<>();
        oracle.put("event", bestF1("event", scored, out));
        oracle.put("minute", bestF1("minute", MinuteBins.of(scored), out));
        json.put("best_f1_on_test_labels", oracle);
        return json;
    }

    /** Prints the level's rows (all, then each month when there are several) and returns the metrics of all. */
    private static Map<String, Object> rows(String level, List<ScoredLogin> logins, PrintStream out) {
        Map<String, Object> all = row(COMBINED, level, "all", logins, out);
        Map<YearMonth, List<ScoredLogin>> byMonth = new TreeMap<>();
        for (ScoredLogin login : logins) {
            byMonth.computeIfAbsent(YearMonth.from(login.event().timestamp().atZone(ZoneOffset.UTC)), month -> new ArrayList<>()).add(login);
        }
        if (byMonth.size() > 1) {
            Map<String, Object> months = new LinkedHashMap<>();
            byMonth.forEach((month, inMonth) -> months.put(month.toString(), row(COMBINED, level, month.toString(), inMonth, out)));
            all.put("months", months);
        }
        return all;
    }

    /**
     * With several kinds, each kind's own score measured over all the held-out logins, per login and per minute, by
     * kind; empty with one kind, whose score is the combined one.
     */
    private static Map<String, Object> kinds(List<ScoredLogin> scored, PrintStream out) {
        Set<String> kinds = new TreeSet<>();
        scored.forEach(login -> kinds.addAll(login.kindScores().keySet()));
        Map<String, Object> byKind = new LinkedHashMap<>();
        if (kinds.size() < 2) {
            return byKind;
        }
        for (String kind : kinds) {
            List<ScoredLogin> asKindScored = scored.stream()
                .map(login -> new ScoredLogin(login.event(), login.kindScores().getOrDefault(kind, 0.0), login.scored(), login.explanation(),
                    login.kindScores()))
                .toList();
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("event", row(kind, "event", "all", asKindScored, out));
            figures.put("minute", row(kind, "minute", "all", MinuteBins.of(asKindScored), out));
            byKind.put(kind, figures);
        }
        return byKind;
    }

    private static Map<String, Object> row(String model, String level, String slice, List<ScoredLogin> logins, PrintStream out) {
        double[] scores = logins.stream().mapToDouble(ScoredLogin::score).toArray();
        boolean[] attacks = attacks(logins);
        long positives = logins.stream().filter(ScoredLogin::attack).count();
        if (positives == 0 || positives == logins.size()) {
            ThresholdMetrics at = ThresholdMetrics.at(scores, attacks, PRODUCT_THRESHOLD);
            out.printf(Locale.ROOT, ROW, model, level, slice, "-", "-", fmt(at.precision()), fmt(at.recall()), fmt(at.f1()), "-", positives,
                logins.size() - positives);
            Map<String, Object> partial = new LinkedHashMap<>();
            partial.put("positives", positives);
            partial.put("negatives", logins.size() - positives);
            return partial;
        }
        DetectionMetrics metrics = DetectionMetrics.of(scores, attacks, PRODUCT_THRESHOLD);
        out.printf(Locale.ROOT, ROW, model, level, slice, fmt(metrics.rocAuc()), fmt(metrics.averagePrecision()), fmt(metrics.atThreshold().precision()),
            fmt(metrics.atThreshold().recall()), fmt(metrics.atThreshold().f1()), fmt(metrics.recallAtOnePercentFpr()), metrics.positives(), metrics.negatives());
        return new LinkedHashMap<>(metrics.asMap());
    }

    private static Map<String, Object> bestF1(String level, List<ScoredLogin> logins, PrintStream out) {
        double[] scores = logins.stream().mapToDouble(ScoredLogin::score).toArray();
        boolean[] attacks = attacks(logins);
        RankingMetrics.BestF1 best = RankingMetrics.bestF1(scores, attacks);
        out.printf(Locale.ROOT, "  %-7s precision %s recall %s f1 %s at score >= %.3f%n", level, fmt(best.precision()), fmt(best.recall()), fmt(best.f1()),
            best.threshold());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("precision", DetectionMetrics.rounded(best.precision()));
        json.put("recall", DetectionMetrics.rounded(best.recall()));
        json.put("f1", DetectionMetrics.rounded(best.f1()));
        json.put("threshold", DetectionMetrics.rounded(best.threshold()));
        return json;
    }

    private static boolean[] attacks(List<ScoredLogin> logins) {
        boolean[] attacks = new boolean[logins.size()];
        for (int i = 0; i < attacks.length; i++) {
            attacks[i] = logins.get(i).attack();
        }
        return attacks;
    }

    private static Map<String, Object> unlabelled(List<ScoredLogin> scored, PrintStream out) {
        double[] scores = scored.stream().filter(ScoredLogin::scored).mapToDouble(ScoredLogin::score).sorted().toArray();
        long suspicious = Arrays.stream(scores).filter(score -> score >= PRODUCT_THRESHOLD).count();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("labelled", false);
        json.put("logins", scored.size());
        json.put("suspicious", suspicious);
        out.println();
        out.println("no labels: the score distribution and the " + TOP + " most suspicious held-out logins");
        out.printf(Locale.ROOT, "logins %d, scored %d, suspicious (score >= 1) %d%n", scored.size(), scores.length, suspicious);
        if (scores.length > 0) {
            for (double q : new double[] { 0.5, 0.9, 0.99, 0.999, 1.0 }) {
                double value = scores[(int) Math.min(scores.length - 1, Math.floor(q * scores.length))];
                String name = q == 1.0 ? "max" : "p" + fmtQuantile(q);
                out.printf(Locale.ROOT, "  %-6s %.4f%n", name, value);
                json.put(name, DetectionMetrics.rounded(value));
            }
        }
        out.println();
        out.printf(Locale.ROOT, "%-20s %-16s %-22s %-22s %-8s %7s  %s%n", "time", "user", "source", "destination", "outcome", "score", "explanation");
        scored.stream().sorted(Comparator.comparingDouble(ScoredLogin::score).reversed()).limit(TOP).forEach(login -> out.printf(Locale.ROOT,
            "%-20s %-16s %-22s %-22s %-8s %7.2f  %s%n", login.event().timestamp(), login.event().user(),
            String.valueOf(login.event().sourceIp() != null ? login.event().sourceIp() : login.event().sourceHost()),
            String.valueOf(login.event().destinationHost() != null ? login.event().destinationHost() : login.event().destinationIp()),
            login.event().outcome().name().toLowerCase(Locale.ROOT), login.score(), String.join("; ", login.explanation())));
        return json;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /**
     * A figure across seeds. They are computed from each seed's figures as the JSON line carries them, to four
     * decimals, so they are printed to four: rounding them again to three could show a highest value no seed's row shows.
     */
    private static String spreadFigure(Object value) {
        return value instanceof Number number ? String.format(Locale.ROOT, "%.4f", number.doubleValue()) : "-";
    }

    private static String fmtQuantile(double q) {
        return String.valueOf(q * 100).replaceAll("\\.0$", "").replace(".", "_");
    }
}
