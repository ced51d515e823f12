package io.ueba.action;

import org.opensearch.action.ActionType;

/** Draws the graph of who logs in where from the logins of the indices a request names. */
public class GraphAction extends ActionType<GraphResponse> {

    public static final String NAME = "cluster:monitor/ueba/graph/get";
    public static final GraphAction INSTANCE = new GraphAction();

    private GraphAction() {
        super(NAME, GraphResponse::new);
    }
}
