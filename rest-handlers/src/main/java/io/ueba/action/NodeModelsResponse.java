package io.ueba.action;

import org.opensearch.action.FailedNodeException;
import org.opensearch.action.support.nodes.BaseNodesResponse;
import org.opensearch.cluster.ClusterName;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;

import java.io.IOException;
import java.util.List;

/** Every node's {@link NodeModels}, and the nodes that did not answer. */
public class NodeModelsResponse extends BaseNodesResponse<NodeModels> {

    public NodeModelsResponse(ClusterName clusterName, List<NodeModels> nodes, List<FailedNodeException> failures) {
        super(clusterName, nodes, failures);
    }

    public NodeModelsResponse(StreamInput in) throws IOException {
        super(in);
    }

    @Override
    protected List<NodeModels> readNodesFrom(StreamInput in) throws IOException {
        return in.readList(NodeModels::new);
    }

    @Override
    protected void writeNodesTo(StreamOutput out, List<NodeModels> nodes) throws IOException {
        out.writeList(nodes);
    }
}
