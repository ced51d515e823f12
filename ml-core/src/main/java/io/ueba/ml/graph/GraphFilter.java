package io.ueba.ml.graph;

import io.ueba.ml.features.EntityNames;

/**
 * Which edges a graph keeps: those that start or end at an entity, of one relation, or both; null keeps every one.
 * Both are compared as the models name them, so {@code WS-01.corp.} finds the edges of {@code ws-01.corp} and
 * {@code NTLM/Network} those of {@code ntlm/network}.
 */
public record GraphFilter(String entity, String relation) {

    public static final GraphFilter NONE = new GraphFilter(null, null);

    public GraphFilter {
        entity = entity == null ? null : EntityNames.host(entity);
        relation = relation == null ? null : relation(relation);
    }

    public boolean keeps(GraphEdge edge) {
        return (entity == null || edge.touches(entity)) && (relation == null || relation.equals(edge.relation()));
    }

    /**
     * A relation as the models name it: each side of its first {@code /} trimmed and lowercased, a blank side
     * {@code unknown}.
     *
     * @throws IllegalArgumentException naming {@code [relation]} when it has no {@code /}
     */
    public static String relation(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("[relation] must be an auth package and a logon type, like ntlm/network, got [" + text + "]");
        }
        return EntityNames.relation(text.substring(0, slash), text.substring(slash + 1));
    }
}
