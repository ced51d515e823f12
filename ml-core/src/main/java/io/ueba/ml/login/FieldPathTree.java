package io.ueba.ml.login;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a fixed set of {@link FieldPath}s in one walk of a document: each object on the way is looked up once,
 * however many of the paths pass through it. On the way it notes every value that stands where one of the paths needs
 * an object ({@code user: "bob"} where {@code user.name} is read).
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

    /** A name in the tree: its value goes to every one of {@code slots}, and it is walked into when it has children. */
    private record Node(String name, String path, int[] slots, Node[] children, FieldPath firstBelow) {}

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
            nodes.add(new Node(entry.getKey(), path, ending, build(entry.getValue(), depth + 1, path + "."), entry.getValue().getFirst().path()));
        }
        return nodes.toArray(Node[]::new);
    }
}
