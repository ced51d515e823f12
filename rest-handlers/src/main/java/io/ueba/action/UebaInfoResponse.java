package io.ueba.action;

import io.ueba.ml.engine.EngineStatus;
import org.opensearch.core.action.ActionResponse;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.xcontent.ToXContentObject;
import org.opensearch.core.xcontent.XContentBuilder;

import java.io.IOException;

/** The body of {@code GET /_plugins/_ueba}. */
public class UebaInfoResponse extends ActionResponse implements ToXContentObject {

    private final String pluginVersion;
    private final String nodeName;
    private final EngineStatus engine;
    private final JobSchedulerRegistration jobScheduler;

    public UebaInfoResponse(String pluginVersion, String nodeName, EngineStatus engine, JobSchedulerRegistration jobScheduler) {
        this.pluginVersion = pluginVersion;
        this.nodeName = nodeName;
        this.engine = engine;
        this.jobScheduler = jobScheduler;
    }

    public UebaInfoResponse(StreamInput in) throws IOException {
        super(in);
        this.pluginVersion = in.readString();
        this.nodeName = in.readString();
        this.engine = EngineStatusWire.read(in);
        this.jobScheduler = new JobSchedulerRegistration(in);
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        out.writeString(pluginVersion);
        out.writeString(nodeName);
        EngineStatusWire.write(out, engine);
        jobScheduler.writeTo(out);
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

    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        builder.startObject().field("name", "ueba").field("version", pluginVersion).field("node", nodeName);
        builder.field("engine");
        EngineStatusWire.toXContent(builder, engine);
        builder.field("job_scheduler", jobScheduler);
        return builder.endObject();
    }
}
