package io.ueba.ml.graph;

import io.ueba.ml.collect.NameHash;

/** What a node of the login graph stands for. A node's key is its kind's prefix and its name, so a user and a host of one name are two nodes. */
public enum NodeKind {
    USER("user:"),
    HOST("host:"),
    IP("ip:");

    private final String prefix;

    NodeKind(String prefix) {
        this.prefix = prefix;
    }

    /** The node's key in the graph. */
    public String key(String name) {
        return prefix + name;
    }

    /** {@link NameHash#of(String)} of the node's {@link #key}, without making the key. */
    public long keyHash(String name) {
        return NameHash.of(prefix, name);
    }

    /** The kind of the node with that key. */
    public static NodeKind ofKey(String key) {
        for (NodeKind kind : values()) {
            if (key.startsWith(kind.prefix)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("[" + key + "] is not a node key");
    }

    /** A source or destination entity: an address when it reads as one, a host otherwise. */
    public static NodeKind ofEntity(String entity) {
        return looksLikeAddress(entity) ? IP : HOST;
    }

    /** IPv6 has colons, which host names never do; IPv4 is four dot-separated numbers. */
    static boolean looksLikeAddress(String entity) {
        if (entity.indexOf(':') >= 0) {
            return true;
        }
        int dots = 0;
        for (int i = 0; i < entity.length(); i++) {
            char c = entity.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return dots == 3;
    }
}
