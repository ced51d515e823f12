package io.ueba.ml.login;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a fixed set of {@link FieldPath}s in one walk of a document: each object on the way is looked up once,
 * however many of the paths pass through it. On the way it notes every value that stands where one of the paths needs
 * an object ({@code user: "bob"} where {@code user.name} is read).
 *
 * <p>Some shippers name fields with dots ({@code "user.name": "bob"}, or {@code "geo.country_iso_code"} inside
 * {@code source}), which the index mapping reads as the same field. Where an object on the way is missing, the walk
 * looks for the rest of each path as one dotted key instead: lookups only where something is missing, none on a
 * document in nested form.
 */
final class FieldPathTree {

    /**
     * What one walk found.
     *
     * @param values  the value at each path, in the order the tree was built with; null where the document has none
     * @param blocked the values that are not objects but stand where one is needed, in walk order
     */
    record Found(Object[] values, List<Blocked> blocked) {}

    /**
     * @param path   where the value that should be an object stands
     * @param needed the first of the paths that go through it
     * @param value  the value standing there
     */
    record Blocked(String path, FieldPath needed, Object value) {}

    /**
     * A name in the tree: its value goes to every one of {@code slots}, and it is walked into when it has children.
     * When the name is missing, each of {@code dotted} is looked up in its place.
     */
    private record Node(String name, String path, int[] slots, Node[] children, FieldPath firstBelow, Dotted[] dotted) {}

    /** The rest of a path from a node on, as one dotted key, and the slots its value goes to. */
    private record Dotted(String key, int[] slots) {}

    private record Slot(int index, FieldPath path) {}

    private final Node[] roots;
    private final int size;

    FieldPathTree(List<FieldPath> paths) {
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            slots.add(new Slot(i, paths.get(i)));
        }
        this.roots = build(slots, 0, "");
        this.size = paths.size();
    }

    Found read(Map<String, ?> source) {
        Object[] values = new Object[size];
        List<Blocked> blocked = new ArrayList<>(0);
        visit(source, roots, values, blocked);
        return new Found(values, blocked);
    }

    private static void visit(Map<?, ?> object, Node[] nodes, Object[] values, List<Blocked> blocked) {
        for (Node node : nodes) {
            Object value = object.get(node.name());
            if (value == null) {
                for (Dotted dotted : node.dotted()) {
                    Object found = object.get(dotted.key());
                    if (found != null) {
                        for (int slot : dotted.slots()) {
                            values[slot] = found;
                        }
                    }
                }
                continue;
            }
            if (node.children().length > 0) {
                if (value instanceof Map<?, ?> inner) {
                    visit(inner, node.children(), values, blocked);
                } else {
                    blocked.add(new Blocked(node.path(), node.firstBelow(), value));
                    continue;
                }
            }
            for (int slot : node.slots()) {
                values[slot] = value;
            }
        }
    }

    /** The dotted keys that stand for the paths below a node at {@code depth}, each with the slots it fills. */
    private static Dotted[] dotted(List<Slot> slots, int depth) {
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (Slot slot : slots) {
            String[] parts = slot.path().parts();
            if (parts.length > depth + 1) {
                byKey.computeIfAbsent(String.join(".", Arrays.asList(parts).subList(depth, parts.length)), key -> new ArrayList<>()).add(slot.index());
            }
        }
        return byKey.entrySet().stream()
            .map(entry -> new Dotted(entry.getKey(), entry.getValue().stream().mapToInt(Integer::intValue).toArray()))
            .toArray(Dotted[]::new);
    }

    /** The nodes at {@code depth} of the paths, which all share the parts above it. */
    private static Node[] build(List<Slot> slots, int depth, String prefix) {
        Map<String, List<Slot>> byName = new LinkedHashMap<>();
        for (Slot slot : slots) {
            if (slot.path().parts().length > depth) {
                byName.computeIfAbsent(slot.path().parts()[depth], name -> new ArrayList<>()).add(slot);
            }
        }
        List<Node> nodes = new ArrayList<>();
        for (Map.Entry<String, List<Slot>> entry : byName.entrySet()) {
            String path = prefix + entry.getKey();
            int[] ending = entry.getValue().stream().filter(slot -> slot.path().parts().length == depth + 1).mapToInt(Slot::index).toArray();
            nodes.add(new Node(entry.getKey(), path, ending, build(entry.getValue(), depth + 1, path + "."), entry.getValue().getFirst().path(),
                dotted(entry.getValue(), depth)));
        }
        return nodes.toArray(Node[]::new);
    }
}
