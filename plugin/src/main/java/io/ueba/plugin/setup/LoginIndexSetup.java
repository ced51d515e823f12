package io.ueba.plugin.setup;

import io.ueba.plugin.Resources;
import org.opensearch.action.admin.indices.template.put.PutComposableIndexTemplateAction;
import org.opensearch.action.ingest.PutPipelineRequest;
import org.opensearch.cluster.metadata.ComposableIndexTemplate;
import org.opensearch.common.xcontent.json.JsonXContent;
import org.opensearch.core.common.bytes.BytesArray;
import org.opensearch.core.xcontent.DeprecationHandler;
import org.opensearch.core.xcontent.MediaTypeRegistry;
import org.opensearch.core.xcontent.NamedXContentRegistry;
import org.opensearch.core.xcontent.XContentParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The index template for {@code logins-*} and its default pipeline, read from the JSON resources beside this class. */
public final class LoginIndexSetup {

    public static final String PIPELINE_ID = "ueba-logins";
    public static final String TEMPLATE_NAME = "ueba-logins";
    public static final List<String> INDEX_PATTERNS = List.of("logins-*");

    private LoginIndexSetup() {}

    public static PutPipelineRequest pipelineRequest() {
        return new PutPipelineRequest(PIPELINE_ID, new BytesArray(Resources.bytes(LoginIndexSetup.class, "logins-pipeline.json")), MediaTypeRegistry.JSON);
    }

    public static PutComposableIndexTemplateAction.Request templateRequest() {
        try (
            XContentParser parser = JsonXContent.jsonXContent.createParser(
                NamedXContentRegistry.EMPTY,
                DeprecationHandler.THROW_UNSUPPORTED_OPERATION,
                Resources.bytes(LoginIndexSetup.class, "logins-template.json")
            )
        ) {
            ComposableIndexTemplate template = ComposableIndexTemplate.parse(parser);
            return new PutComposableIndexTemplateAction.Request(TEMPLATE_NAME).indexTemplate(template).cause("ueba setup");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
