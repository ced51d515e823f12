package io.ueba.action;

import org.opensearch.action.ActionType;

/** Learns the entity profile and the autoencoder from the logins of a window and publishes them to this node's ingest processors. */
public class TrainAction extends ActionType<TrainResponse> {

    public static final String NAME = "cluster:admin/ueba/train";
    public static final TrainAction INSTANCE = new TrainAction();

    private TrainAction() {
        super(NAME, TrainResponse::new);
    }
}
