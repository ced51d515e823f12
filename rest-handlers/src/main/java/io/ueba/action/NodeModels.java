package io.ueba.action;

import org.opensearch.action.support.nodes.BaseNodeResponse;
import org.opensearch.cluster.node.DiscoveryNode;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.xcontent.ToXContentObject;
import org.opensearch.core.xcontent.XContentBuilder;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/** One node's models, set by set ({@link SetModels}), and the last rescore it started as a model came in. */
public class NodeModels extends BaseNodeResponse implements ToXContentObject {

    private final Map<String, SetModels> sets;
    private final String rescoreTask;

    /**
     * @param sets        by model set name
     * @param rescoreTask the last rescore of the logins indexed before a model, which the node started as its model came in
     */
    public NodeModels(DiscoveryNode node, Map<String, SetModels> sets, String rescoreTask) {
        super(node);
        this.sets = new TreeMap<>(sets);
        this.rescoreTask = rescoreTask;
    }

    public NodeModels(StreamInput in) throws IOException {
        super(in);
        this.sets = new TreeMap<>(in.readMap(StreamInput::readString, SetModels::new));
        this.rescoreTask = in.readOptionalString();
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        super.writeTo(out);
        out.writeMap(sets, StreamOutput::writeString, (stream, set) -> set.writeTo(stream));
        out.writeOptionalString(rescoreTask);
    }

    public Map<String, SetModels> sets() {
        return sets;
    }

    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        builder.startObject().field("node", getNode().getName()).startObject("model_sets");
        for (Map.Entry<String, SetModels> set : sets.entrySet()) {
            builder.field(set.getKey(), set.getValue());
        }
        builder.endObject();
        if (rescoreTask != null) {
            builder.field("unscored_logins_rescore_task", rescoreTask);
        }
        return builder.endObject();
    }
}
