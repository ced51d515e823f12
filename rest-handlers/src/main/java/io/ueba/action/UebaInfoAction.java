package io.ueba.action;

import org.opensearch.action.ActionType;

/** Describes the plugin on the node that answers: version, engine state, Job Scheduler registration. */
public class UebaInfoAction extends ActionType<UebaInfoResponse> {

    public static final String NAME = "cluster:monitor/ueba/info";
    public static final UebaInfoAction INSTANCE = new UebaInfoAction();

    private UebaInfoAction() {
        super(NAME, UebaInfoResponse::new);
    }
}
