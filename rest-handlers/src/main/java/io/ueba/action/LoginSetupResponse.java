package io.ueba.action;

import org.opensearch.core.action.ActionResponse;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.xcontent.ToXContentObject;
import org.opensearch.core.xcontent.XContentBuilder;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the setup installed: the pipeline, the index template and the index patterns it covers, and the pipeline of
 * each raw log source with the index pattern whose default it is.
 */
public class LoginSetupResponse extends ActionResponse implements ToXContentObject {

    private final String pipeline;
    private final String indexTemplate;
    private final List<String> indexPatterns;
    private final Map<String, String> logPipelines;

    public LoginSetupResponse(String pipeline, String indexTemplate, List<String> indexPatterns, Map<String, String> logPipelines) {
        this.pipeline = pipeline;
        this.indexTemplate = indexTemplate;
        this.indexPatterns = List.copyOf(indexPatterns);
        this.logPipelines = new LinkedHashMap<>(logPipelines);
    }

    public LoginSetupResponse(StreamInput in) throws IOException {
        super(in);
        this.pipeline = in.readString();
        this.indexTemplate = in.readString();
        this.indexPatterns = in.readStringList();
        this.logPipelines = new LinkedHashMap<>(in.readMap(StreamInput::readString, StreamInput::readString));
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        out.writeString(pipeline);
        out.writeString(indexTemplate);
        out.writeStringCollection(indexPatterns);
        out.writeMap(logPipelines, StreamOutput::writeString, StreamOutput::writeString);
    }

    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        return builder.startObject()
            .field("acknowledged", true)
            .field("pipeline", pipeline)
            .field("index_template", indexTemplate)
            .field("index_patterns", indexPatterns)
            .field("log_pipelines", logPipelines)
            .endObject();
    }
}
