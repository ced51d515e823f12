package io.ueba.action;

import org.opensearch.core.action.ActionResponse;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.xcontent.ToXContentObject;
import org.opensearch.core.xcontent.XContentBuilder;

import java.io.IOException;
import java.util.List;

/** What the setup installed: the pipeline, the index template and the index patterns it covers. */
public class LoginSetupResponse extends ActionResponse implements ToXContentObject {

    private final String pipeline;
    private final String indexTemplate;
    private final List<String> indexPatterns;

    public LoginSetupResponse(String pipeline, String indexTemplate, List<String> indexPatterns) {
        this.pipeline = pipeline;
        this.indexTemplate = indexTemplate;
        this.indexPatterns = List.copyOf(indexPatterns);
    }

    public LoginSetupResponse(StreamInput in) throws IOException {
        super(in);
        this.pipeline = in.readString();
        this.indexTemplate = in.readString();
        this.indexPatterns = in.readStringList();
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        out.writeString(pipeline);
        out.writeString(indexTemplate);
        out.writeStringCollection(indexPatterns);
    }

    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        return builder.startObject()
            .field("acknowledged", true)
            .field("pipeline", pipeline)
            .field("index_template", indexTemplate)
            .field("index_patterns", indexPatterns)
            .endObject();
    }
}
