package io.ueba.action;

import org.opensearch.action.ActionType;

/** What the entity profile a model set scores with knows of one user, host or IP. */
public class EntityAction extends ActionType<EntityResponse> {

    public static final String NAME = "cluster:monitor/ueba/entities/get";
    public static final EntityAction INSTANCE = new EntityAction();

    private EntityAction() {
        super(NAME, EntityResponse::new);
    }
}
