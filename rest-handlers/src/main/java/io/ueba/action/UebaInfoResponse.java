package io.ueba.action;

import io.ueba.ml.engine.EngineStatus;
import org.opensearch.core.action.ActionResponse;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.xcontent.ToXContentObject;
import org.opensearch.core.xcontent.XContentBuilder;

import java.io.IOException;
import java.util.List;

/** The body of {@code GET /_plugins/_ueba}: this node's plugin and engine, and every node's models. */
public class UebaInfoResponse extends ActionResponse implements ToXContentObject {

    private final String pluginVersion;
    private final String nodeName;
    private final EngineStatus engine;
    private final JobSchedulerRegistration jobScheduler;
    private final List<NodeModels> nodes;

    public UebaInfoResponse(
        String pluginVersion,
        String nodeName,
        EngineStatus engine,
        JobSchedulerRegistration jobScheduler,
        List<NodeModels> nodes
    ) {
        this.pluginVersion = pluginVersion;
        this.nodeName = nodeName;
        this.engine = engine;
        this.jobScheduler = jobScheduler;
        this.nodes = List.copyOf(nodes);
    }

    public UebaInfoResponse(StreamInput in) throws IOException {
        super(in);
        this.pluginVersion = in.readString();
        this.nodeName = in.readString();
        this.engine = EngineStatusWire.read(in);
        this.jobScheduler = new JobSchedulerRegistration(in);
        this.nodes = in.readList(NodeModels::new);
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        out.writeString(pluginVersion);
        out.writeString(nodeName);
        EngineStatusWire.write(out, engine);
        jobScheduler.writeTo(out);
        out.writeList(nodes);
    }

    public String pluginVersion() {
        return pluginVersion;
    }

    public EngineStatus engine() {
        return engine;
    }

    public JobSchedulerRegistration jobScheduler() {
        return jobScheduler;
    }

    public List<NodeModels> nodes() {
        return nodes;
    }

    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        builder.startObject().field("name", "ueba").field("version", pluginVersion).field("node", nodeName);
        builder.field("engine");
        EngineStatusWire.toXContent(builder, engine);
        builder.field("job_scheduler", jobScheduler);
        builder.startArray("nodes");
        for (NodeModels node : nodes) {
            node.toXContent(builder, params);
        }
        builder.endArray();
        return builder.endObject();
    }
}
