package io.ueba.plugin.index;

import org.opensearch.action.support.IndicesOptions;
import org.opensearch.cluster.ClusterState;
import org.opensearch.cluster.metadata.IndexMetadata;
import org.opensearch.cluster.metadata.IndexNameExpressionResolver;
import org.opensearch.index.IndexNotFoundException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The indices a request's login index expression names ({@code _train}, {@code _rescore}). Every part of it must match
 * an index, so that a mistyped name or a wildcard that matches nothing is refused as a bad parameter, saying so,
 * instead of failing the work at its first read (a 404 for the name, and {@code invalid id: [null]} from a point in
 * time over no index for the wildcard).
 */
public final class LoginIndexExpression {

    /** Open indices only, as a search reads them; a missing name and a wildcard that matches nothing both fail. */
    private static final IndicesOptions EVERY_PART_MATCHES = IndicesOptions.fromOptions(false, false, true, false);

    private final IndexNameExpressionResolver resolver;

    public LoginIndexExpression(IndexNameExpressionResolver resolver) {
        this.resolver = resolver;
    }

    /**
     * @return the names of the indices, sorted
     * @throws IllegalArgumentException naming {@code [index]} when a part of the expression matches no index
     */
    public List<String> resolve(ClusterState state, String expression) {
        try {
            String[] names = resolver.concreteIndexNames(state, EVERY_PART_MATCHES, expression.split(","));
            Arrays.sort(names);
            return List.of(names);
        } catch (IndexNotFoundException e) {
            String part = e.getIndex() == null ? expression : e.getIndex().getName();
            String within = part.equals(expression) ? "" : " (in [" + expression + "])";
            throw new IllegalArgumentException("[index] [" + part + "]" + within + " matches no index", e);
        }
    }

    /**
     * Like {@link #resolve}, for reading what an analyst names: only indices of logins, never one of the cluster's own.
     * A system or hidden index named outright is refused; one a wildcard matches ({@code *} matches {@code .tasks},
     * a system index that is not hidden) is left out.
     *
     * @throws IllegalArgumentException naming {@code [index]}
     */
    public List<String> resolveLoginIndices(ClusterState state, String expression) {
        Set<String> named = Set.of(expression.split(","));
        List<String> logins = new ArrayList<>();
        for (String name : resolve(state, expression)) {
            IndexMetadata index = state.metadata().index(name);
            if (index.isSystem() == false && IndexMetadata.INDEX_HIDDEN_SETTING.get(index.getSettings()) == false) {
                logins.add(name);
            } else if (named.contains(name)) {
                throw new IllegalArgumentException("[index] [" + name + "] is a system or hidden index, not one of logins");
            }
        }
        if (logins.isEmpty()) {
            throw new IllegalArgumentException("[index] [" + expression + "] matches only system or hidden indices, no index of logins");
        }
        return List.copyOf(logins);
    }
}
