package io.ueba.plugin.index;

import org.opensearch.action.support.IndicesOptions;
import org.opensearch.cluster.ClusterState;
import org.opensearch.cluster.metadata.IndexMetadata;
import org.opensearch.cluster.metadata.IndexNameExpressionResolver;
import org.opensearch.index.IndexNotFoundException;

import java.util.Arrays;
import java.util.List;

/**
 * The indices a request's login index expression names ({@code _train}, {@code _rescore}). Every part of it must match
 * an index, so that a mistyped name or a wildcard that matches nothing is refused as a bad parameter, saying so,
 * instead of failing the work at its first read (a 404 for the name, and {@code invalid id: [null]} from a point in
 * time over no index for the wildcard).
 */
public final class LoginIndexExpression {

    /**
     * Open indices only, hidden ones only when named, as a search reads them; a missing name and a wildcard that matches
     * nothing both fail. A search over the expression takes these options, so that it reads what was resolved.
     */
    public static final IndicesOptions OPTIONS = IndicesOptions.fromOptions(false, false, true, false);

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
            String[] names = resolver.concreteIndexNames(state, OPTIONS, expression.split(","));
            Arrays.sort(names);
            return List.of(names);
        } catch (IndexNotFoundException e) {
            String part = e.getIndex() == null ? expression : e.getIndex().getName();
            String within = part.equals(expression) ? "" : " (in [" + expression + "])";
            throw new IllegalArgumentException("[index] [" + part + "]" + within + " matches no index", e);
        }
    }

    /**
     * Like {@link #resolve}, for reading an analyst names: refuses an index that is the cluster's own rather than one
     * of logins, a system index or a hidden one, even when named.
     *
     * @throws IllegalArgumentException naming {@code [index]}
     */
    public List<String> resolveLoginIndices(ClusterState state, String expression) {
        List<String> names = resolve(state, expression);
        for (String name : names) {
            IndexMetadata index = state.metadata().index(name);
            if (index.isSystem() || IndexMetadata.INDEX_HIDDEN_SETTING.get(index.getSettings())) {
                throw new IllegalArgumentException("[index] [" + expression + "] names [" + name + "], a system or hidden index, not one of logins");
            }
        }
        return names;
    }
}
