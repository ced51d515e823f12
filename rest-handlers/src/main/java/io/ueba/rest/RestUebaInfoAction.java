package io.ueba.rest;

import io.ueba.action.UebaInfoAction;
import io.ueba.action.UebaInfoRequest;
import org.opensearch.rest.BaseRestHandler;
import org.opensearch.rest.RestRequest;
import org.opensearch.rest.action.RestToXContentListener;
import org.opensearch.transport.client.node.NodeClient;

import java.util.List;

/** {@code GET /_plugins/_ueba}: plugin version, engine state and devices, Job Scheduler registration. */
public class RestUebaInfoAction extends BaseRestHandler {

    @Override
    public String getName() {
        return "ueba_info";
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(RestRequest.Method.GET, UebaRestPaths.BASE));
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
        return channel -> client.execute(UebaInfoAction.INSTANCE, new UebaInfoRequest(), new RestToXContentListener<>(channel));
    }
}
