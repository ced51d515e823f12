package io.ueba.rest;

import io.ueba.action.TrainProfileAction;
import io.ueba.action.TrainProfileRequest;
import org.opensearch.common.unit.TimeValue;
import org.opensearch.rest.BaseRestHandler;
import org.opensearch.rest.RestRequest;
import org.opensearch.rest.action.RestToXContentListener;
import org.opensearch.transport.client.node.NodeClient;

import java.util.List;

/**
 * {@code POST /_plugins/_ueba/_train/profile?index=logins-*&window=30d}: learns the entity profile from the
 * successful logins of the window and publishes it to this node's {@code ueba_login_features} processors.
 */
public class RestTrainProfileAction extends BaseRestHandler {

    @Override
    public String getName() {
        return "ueba_train_profile";
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(RestRequest.Method.POST, UebaRestPaths.TRAIN + "/profile"));
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
        String index = request.param("index", TrainProfileRequest.DEFAULT_INDEX);
        TimeValue window;
        try {
            window = request.paramAsTime("window", TrainProfileRequest.DEFAULT_WINDOW);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("[window] is not a time like 30d: " + e.getMessage(), e);
        }
        TrainProfileRequest train = new TrainProfileRequest(index, window);
        return channel -> client.execute(TrainProfileAction.INSTANCE, train, new RestToXContentListener<>(channel));
    }
}
