package io.ueba.action;

import org.opensearch.action.ActionType;

/** Asks every node which model version it scores with and how its last look at the model store went. */
public class NodeModelsAction extends ActionType<NodeModelsResponse> {

    public static final String NAME = "cluster:monitor/ueba/node_models";
    public static final NodeModelsAction INSTANCE = new NodeModelsAction();

    private NodeModelsAction() {
        super(NAME, NodeModelsResponse::new);
    }
}
