package io.ueba.rest;

import io.ueba.action.JobConfig;
import io.ueba.action.TrainAction;
import io.ueba.action.TrainRequest;
import org.opensearch.common.unit.TimeValue;
import org.opensearch.rest.BaseRestHandler;
import org.opensearch.rest.RestRequest;
import org.opensearch.rest.action.RestToXContentListener;
import org.opensearch.transport.client.node.NodeClient;

import java.util.List;

/**
 * {@code POST /_plugins/_ueba/_train?index=logins-*&window=30d}: learns the entity profile and the autoencoder from the
 * successful logins of the window and publishes them to this node's ingest processors.
 */
public class RestTrainAction extends BaseRestHandler {

    @Override
    public String getName() {
        return "ueba_train";
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(RestRequest.Method.POST, UebaRestPaths.TRAIN));
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
        String index = request.param("index", TrainRequest.DEFAULT_INDEX);
        TimeValue window;
        try {
            window = request.paramAsTime("window", TrainRequest.DEFAULT_WINDOW);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("[window] is not a time like 30d: " + e.getMessage(), e);
        }
        TrainRequest train = new TrainRequest(index, window, request.param("model_set", JobConfig.DEFAULT_MODEL_SET));
        return channel -> client.execute(TrainAction.INSTANCE, train, new RestToXContentListener<>(channel));
    }
}
