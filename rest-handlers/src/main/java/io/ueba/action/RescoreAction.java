package io.ueba.action;

import org.opensearch.action.ActionType;

/** Scores the logins of a time range again, through their index's pipeline, with the models in use now. */
public class RescoreAction extends ActionType<RescoreResponse> {

    public static final String NAME = "cluster:admin/ueba/rescore";
    public static final RescoreAction INSTANCE = new RescoreAction();

    private RescoreAction() {
        super(NAME, RescoreResponse::new);
    }
}
