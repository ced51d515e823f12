package io.ueba.rest;

import io.ueba.action.EntityAction;
import io.ueba.action.EntityRequest;
import io.ueba.action.JobConfig;
import io.ueba.ml.profile.EntityKind;
import org.opensearch.rest.BaseRestHandler;
import org.opensearch.rest.RestRequest;
import org.opensearch.rest.action.RestToXContentListener;
import org.opensearch.transport.client.node.NodeClient;

import java.util.List;

/**
 * {@code GET /_plugins/_ueba/entities/{kind}/{name}?model_set=default&size=20}: what the entity profile a model set
 * scores with knows of one user, host or IP, for a page that shows the entity.
 */
public class RestEntityAction extends BaseRestHandler {

    @Override
    public String getName() {
        return "ueba_entity";
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(RestRequest.Method.GET, UebaRestPaths.ENTITIES + "/{kind}/{name}"));
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
        EntityRequest entity = new EntityRequest(
            EntityKind.fromJson(request.param("kind")),
            request.param("name"),
            request.param("model_set", JobConfig.DEFAULT_MODEL_SET),
            RestParams.wholeNumber(request, "size", EntityRequest.DEFAULT_SIZE)
        );
        return channel -> client.execute(EntityAction.INSTANCE, entity, new RestToXContentListener<>(channel));
    }
}
