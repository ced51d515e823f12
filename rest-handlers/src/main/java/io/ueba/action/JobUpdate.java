package io.ueba.action;

import org.opensearch.common.xcontent.LoggingDeprecationHandler;
import org.opensearch.common.xcontent.XContentFactory;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.core.common.bytes.BytesReference;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.common.io.stream.Writeable;
import org.opensearch.core.xcontent.MediaTypeRegistry;
import org.opensearch.core.xcontent.NamedXContentRegistry;
import org.opensearch.core.xcontent.ToXContent;
import org.opensearch.core.xcontent.XContentParser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code POST /_plugins/_ueba/jobs/{job_id}/_update} changes: any of the fields of {@link JobConfig}, as the
 * user wrote them. They are merged over the stored job's settings, an object field by field except {@code schedule},
 * whose {@code interval} and {@code cron} forms exclude each other and so replace it whole. {@code models} and
 * {@code exclude_account_kinds} replace their lists whole; the {@code model} shorthand changes, field by field, the
 * listed model of its {@code type} (the first listed when it names none), or adds that kind. The result is read like a
 * PUT body, so a wrong value is refused naming its field.
 */
public record JobUpdate(Map<String, Object> changes) implements Writeable {

    private static final String REPLACED_WHOLE = "schedule";
    private static final String ONE_MODEL = "model";
    private static final String MODELS = "models";

    public JobUpdate(StreamInput in) throws IOException {
        this(in.readMap());
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        out.writeMap(changes);
    }

    /** The settings with the changes made to them. */
    public JobConfig applyTo(JobConfig current) throws IOException {
        Map<String, Object> merged = asMap(current);
        changes.forEach((field, change) -> {
            switch (field) {
                case REPLACED_WHOLE, MODELS -> merged.put(field, change);
                case ONE_MODEL -> merged.put(MODELS, withModelChanged(current.models(), change));
                default -> merged.put(field, fieldByField(merged.get(field), change));
            }
        });
        try (XContentParser parser = XContentHelper.createParser(NamedXContentRegistry.EMPTY, LoggingDeprecationHandler.INSTANCE,
            BytesReference.bytes(XContentFactory.jsonBuilder().map(merged)), MediaTypeRegistry.JSON)) {
            return JobConfig.parse(parser);
        }
    }

    /** The listed models with one changed, or added, as the {@code model} shorthand says; a change that is not an object is left for the parse to refuse. */
    private static Object withModelChanged(JobModels current, Object change) {
        return change instanceof Map<?, ?> fields ? withModelChanged(current, fields) : change;
    }

    private static List<Map<String, Object>> withModelChanged(JobModels current, Map<?, ?> fields) {
        List<Map<String, Object>> models = new ArrayList<>(current.asMaps());
        Object type = fields.containsKey("type") ? fields.get("type") : models.getFirst().get("type");
        int listed = 0;
        while (listed < models.size() && models.get(listed).get("type").equals(type) == false) {
            listed++;
        }
        Map<String, Object> changed = new LinkedHashMap<>(listed < models.size() ? models.get(listed) : Map.of("type", type));
        fields.forEach((name, value) -> changed.put(String.valueOf(name), value));
        if (listed < models.size()) {
            models.set(listed, changed);
        } else {
            models.add(changed);
        }
        return models;
    }

    private static Object fieldByField(Object current, Object change) {
        if (current instanceof Map<?, ?> currentFields && change instanceof Map<?, ?> changedFields) {
            Map<Object, Object> fields = new LinkedHashMap<>(currentFields);
            fields.putAll(changedFields);
            return fields;
        }
        return change;
    }

    private static Map<String, Object> asMap(JobConfig config) throws IOException {
        BytesReference json = BytesReference.bytes(config.toXContent(XContentFactory.jsonBuilder(), ToXContent.EMPTY_PARAMS));
        return XContentHelper.convertToMap(json, true, MediaTypeRegistry.JSON).v2();
    }
}
