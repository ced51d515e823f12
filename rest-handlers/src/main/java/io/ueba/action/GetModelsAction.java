package io.ueba.action;

import org.opensearch.action.ActionType;

/** Lists the model versions in the model store, or shows one. */
public class GetModelsAction extends ActionType<GetModelsResponse> {

    public static final String NAME = "cluster:monitor/ueba/models/get";
    public static final GetModelsAction INSTANCE = new GetModelsAction();

    private GetModelsAction() {
        super(NAME, GetModelsResponse::new);
    }
}
