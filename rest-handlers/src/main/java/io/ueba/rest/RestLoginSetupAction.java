package io.ueba.rest;

import io.ueba.action.LoginSetupAction;
import io.ueba.action.LoginSetupRequest;
import org.opensearch.rest.BaseRestHandler;
import org.opensearch.rest.RestRequest;
import org.opensearch.rest.action.RestToXContentListener;
import org.opensearch.transport.client.node.NodeClient;

import java.util.List;

/** {@code POST /_plugins/_ueba/_setup}: installs the {@code logins-*} index template and its default pipeline. */
public class RestLoginSetupAction extends BaseRestHandler {

    @Override
    public String getName() {
        return "ueba_setup";
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(RestRequest.Method.POST, UebaRestPaths.SETUP));
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
        return channel -> client.execute(LoginSetupAction.INSTANCE, new LoginSetupRequest(), new RestToXContentListener<>(channel));
    }
}
