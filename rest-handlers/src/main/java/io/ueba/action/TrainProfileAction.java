package io.ueba.action;

import org.opensearch.action.ActionType;

/** Builds the entity profile from the logins of a window and publishes it to this node's ingest processors. */
public class TrainProfileAction extends ActionType<TrainProfileResponse> {

    public static final String NAME = "cluster:admin/ueba/train/profile";
    public static final TrainProfileAction INSTANCE = new TrainProfileAction();

    private TrainProfileAction() {
        super(NAME, TrainProfileResponse::new);
    }
}
