package io.ueba.plugin.transport;

import io.ueba.plugin.training.MlNodes;
import org.opensearch.OpenSearchStatusException;
import org.opensearch.action.ActionListenerResponseHandler;
import org.opensearch.action.ActionRequest;
import org.opensearch.action.support.ChannelActionListener;
import org.opensearch.cluster.node.DiscoveryNode;
import org.opensearch.cluster.service.ClusterService;
import org.opensearch.core.action.ActionListener;
import org.opensearch.core.action.ActionResponse;
import org.opensearch.core.common.io.stream.Writeable;
import org.opensearch.core.rest.RestStatus;
import org.opensearch.threadpool.ThreadPool;
import org.opensearch.transport.TransportService;

import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Does an action's training work on the node {@link MlNodes} selects: here when that is this node, else on that
 * node, through a transport handler named after the action with {@code [ml]} appended, which does it where it lands.
 */
final class MlNodeRouting<Request extends ActionRequest, Response extends ActionResponse> {

    private final String handlerName;
    private final TransportService transportService;
    private final ClusterService clusterService;
    private final MlNodes mlNodes;
    private final Writeable.Reader<Response> responses;
    private final BiConsumer<Request, ActionListener<Response>> work;

    MlNodeRouting(
        String action,
        TransportService transportService,
        ClusterService clusterService,
        MlNodes mlNodes,
        Writeable.Reader<Request> requests,
        Writeable.Reader<Response> responses,
        BiConsumer<Request, ActionListener<Response>> work
    ) {
        this.handlerName = action + "[ml]";
        this.transportService = transportService;
        this.clusterService = clusterService;
        this.mlNodes = mlNodes;
        this.responses = responses;
        this.work = work;
        transportService.registerRequestHandler(handlerName, ThreadPool.Names.SAME, requests,
            (request, channel, task) -> work.accept(request, new ChannelActionListener<>(channel, handlerName, request)));
    }

    /** Does the work for the key's ML node, answering the listener from wherever it ran. */
    void execute(String key, Request request, ActionListener<Response> listener) {
        Optional<DiscoveryNode> target = mlNodes.select(clusterService.state().nodes(), key);
        if (target.isEmpty()) {
            listener.onFailure(new OpenSearchStatusException(MlNodes.noneEligible(), RestStatus.SERVICE_UNAVAILABLE));
        } else if (target.get().getId().equals(clusterService.localNode().getId())) {
            work.accept(request, listener);
        } else {
            transportService.sendRequest(target.get(), handlerName, request, new ActionListenerResponseHandler<>(listener, responses));
        }
    }
}
