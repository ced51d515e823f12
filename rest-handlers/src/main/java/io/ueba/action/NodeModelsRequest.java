package io.ueba.action;

import org.opensearch.action.support.nodes.BaseNodesRequest;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.transport.TransportRequest;

import java.io.IOException;

/** Asks every node for its {@link NodeModels}. */
public class NodeModelsRequest extends BaseNodesRequest<NodeModelsRequest> {

    public NodeModelsRequest() {
        super((String[]) null);
    }

    public NodeModelsRequest(StreamInput in) throws IOException {
        super(in);
    }

    /** What one node is sent; it has no parameters. */
    public static class Node extends TransportRequest {

        public Node() {}

        public Node(StreamInput in) throws IOException {
            super(in);
        }
    }
}
