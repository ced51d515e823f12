package io.ueba.action;

import org.opensearch.action.support.nodes.BaseNodeResponse;
import org.opensearch.cluster.node.DiscoveryNode;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.xcontent.ToXContentObject;
import org.opensearch.core.xcontent.XContentBuilder;

import java.io.IOException;

/**
 * One node's models: the version ingest scores with there, the version the store's pointer names, a version the node
 * cannot use (written by another plugin version, or damaged), and the last error of its look at the store.
 */
public class NodeModels extends BaseNodeResponse implements ToXContentObject {

    private final String inUse;
    private final String wanted;
    private final String unusable;
    private final String lastError;
    private final Long errorAtMillis;
    private final String rescoreTask;

    /** @param rescoreTask the last rescore of the logins indexed before a model, which the node started as its model came in */
    public NodeModels(DiscoveryNode node, String inUse, String wanted, String unusable, String lastError, Long errorAtMillis,
        String rescoreTask) {
        super(node);
        this.inUse = inUse;
        this.wanted = wanted;
        this.unusable = unusable;
        this.lastError = lastError;
        this.errorAtMillis = errorAtMillis;
        this.rescoreTask = rescoreTask;
    }

    public NodeModels(StreamInput in) throws IOException {
        super(in);
        this.inUse = in.readOptionalString();
        this.wanted = in.readOptionalString();
        this.unusable = in.readOptionalString();
        this.lastError = in.readOptionalString();
        this.errorAtMillis = in.readOptionalLong();
        this.rescoreTask = in.readOptionalString();
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        super.writeTo(out);
        out.writeOptionalString(inUse);
        out.writeOptionalString(wanted);
        out.writeOptionalString(unusable);
        out.writeOptionalString(lastError);
        out.writeOptionalLong(errorAtMillis);
        out.writeOptionalString(rescoreTask);
    }

    public String inUse() {
        return inUse;
    }

    public String unusable() {
        return unusable;
    }

    public String lastError() {
        return lastError;
    }

    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        builder.startObject().field("node", getNode().getName());
        // One model kind today; the kinds to come report their versions beside it.
        builder.startObject("scoring_with").field("profile", inUse).field("autoencoder", inUse).endObject();
        builder.field("store_current", wanted);
        if (unusable != null) {
            builder.field("unusable_model", unusable);
        }
        if (lastError != null) {
            builder.startObject("last_sync_error").field("message", lastError).field("at", errorAtMillis).endObject();
        }
        if (rescoreTask != null) {
            builder.field("unscored_logins_rescore_task", rescoreTask);
        }
        return builder.endObject();
    }
}
