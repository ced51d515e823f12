package io.ueba.action;

import org.opensearch.action.ActionType;

/** Installs the login index template and the default ingest pipeline, so that {@code logins-*} is enriched. */
public class LoginSetupAction extends ActionType<LoginSetupResponse> {

    public static final String NAME = "cluster:admin/ueba/setup";
    public static final LoginSetupAction INSTANCE = new LoginSetupAction();

    private LoginSetupAction() {
        super(NAME, LoginSetupResponse::new);
    }
}
