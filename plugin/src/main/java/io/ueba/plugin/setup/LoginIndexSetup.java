package io.ueba.plugin.setup;

import io.ueba.plugin.Resources;
import org.opensearch.action.admin.cluster.storedscripts.PutStoredScriptRequest;
import org.opensearch.action.admin.indices.template.put.PutComposableIndexTemplateAction;
import org.opensearch.action.ingest.PutPipelineRequest;
import org.opensearch.cluster.metadata.ComposableIndexTemplate;
import org.opensearch.common.xcontent.XContentFactory;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.common.xcontent.json.JsonXContent;
import org.opensearch.core.common.bytes.BytesArray;
import org.opensearch.core.common.bytes.BytesReference;
import org.opensearch.core.xcontent.DeprecationHandler;
import org.opensearch.core.xcontent.MediaTypeRegistry;
import org.opensearch.core.xcontent.NamedXContentRegistry;
import org.opensearch.core.xcontent.XContentBuilder;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.script.StoredScriptSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code _setup} installs, read from the resources beside this class: the {@code ueba-logins} pipeline and the
 * {@code logins-*} index template that makes it the default, and for each raw log source ({@link LogSource}) its
 * stored mapping script, its pipeline (which maps the raw event into the login schema, then runs {@code ueba-logins})
 * and a template that makes that pipeline the default of the source's own indices.
 */
public final class LoginIndexSetup {

    public static final String PIPELINE_ID = "ueba-logins";
    public static final String TEMPLATE_NAME = "ueba-logins";
    public static final List<String> INDEX_PATTERNS = List.of("logins-*");
    /** Above the {@code logins-*} template's, so that a log source's indices get their own default pipeline. */
    private static final int LOG_SOURCE_PRIORITY = 110;

    private LoginIndexSetup() {}

    public static PutPipelineRequest pipelineRequest() {
        return pipeline(PIPELINE_ID, "logins-pipeline.json");
    }

    public static PutComposableIndexTemplateAction.Request templateRequest() {
        return template(TEMPLATE_NAME, loginTemplate());
    }

    public static PutStoredScriptRequest scriptRequest(LogSource source) {
        String painless = new String(Resources.bytes(LoginIndexSetup.class, source.scriptResource()), StandardCharsets.UTF_8);
        try (XContentBuilder content = XContentFactory.jsonBuilder()) {
            content.startObject().startObject("script").field("lang", "painless").field("source", painless).endObject().endObject();
            BytesReference bytes = BytesReference.bytes(content);
            return new PutStoredScriptRequest(source.scriptId(), null, bytes, MediaTypeRegistry.JSON,
                StoredScriptSource.parse(bytes, MediaTypeRegistry.JSON));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PutPipelineRequest pipelineRequest(LogSource source) {
        return pipeline(source.pipeline(), source.pipelineResource());
    }

    /** The login template with the source's index pattern, a higher priority, and the source's pipeline as the default. */
    @SuppressWarnings("unchecked")
    public static PutComposableIndexTemplateAction.Request templateRequest(LogSource source) {
        Map<String, Object> template = loginTemplate();
        template.put("index_patterns", List.of(source.indexPattern()));
        template.put("priority", LOG_SOURCE_PRIORITY);
        Map<String, Object> settings = new HashMap<>((Map<String, Object>) ((Map<String, Object>) template.get("template")).get("settings"));
        settings.put("index.default_pipeline", source.pipeline());
        ((Map<String, Object>) template.get("template")).put("settings", settings);
        return template(source.template(), template);
    }

    private static PutPipelineRequest pipeline(String id, String resource) {
        return new PutPipelineRequest(id, new BytesArray(Resources.bytes(LoginIndexSetup.class, resource)), MediaTypeRegistry.JSON);
    }

    private static Map<String, Object> loginTemplate() {
        return new HashMap<>(XContentHelper.convertToMap(
            new BytesArray(Resources.bytes(LoginIndexSetup.class, "logins-template.json")), true, MediaTypeRegistry.JSON).v2());
    }

    private static PutComposableIndexTemplateAction.Request template(String name, Map<String, Object> source) {
        try (
            XContentBuilder json = XContentFactory.jsonBuilder().map(source);
            XContentParser parser = JsonXContent.jsonXContent.createParser(
                NamedXContentRegistry.EMPTY, DeprecationHandler.THROW_UNSUPPORTED_OPERATION, BytesReference.bytes(json).streamInput())
        ) {
            ComposableIndexTemplate template = ComposableIndexTemplate.parse(parser);
            return new PutComposableIndexTemplateAction.Request(name).indexTemplate(template).cause("ueba setup");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
