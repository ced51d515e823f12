package io.ueba.action;

import io.ueba.ml.engine.EngineState;
import io.ueba.ml.engine.EngineStatus;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.xcontent.XContentBuilder;

import java.io.IOException;

/** Writes ml-core's {@link EngineStatus} on the transport wire and as JSON; ml-core knows neither. */
final class EngineStatusWire {

    private EngineStatusWire() {}

    static void write(StreamOutput out, EngineStatus status) throws IOException {
        out.writeEnum(status.state());
        out.writeOptionalString(status.engineName());
        out.writeOptionalString(status.engineVersion());
        out.writeStringCollection(status.devices());
        out.writeOptionalString(status.cacheDir());
        out.writeOptionalString(status.libraryPath());
        out.writeOptionalBoolean(status.nativesReused());
        out.writeVLong(status.loadMillis());
        out.writeOptionalString(status.error());
    }

    static EngineStatus read(StreamInput in) throws IOException {
        return new EngineStatus(
            in.readEnum(EngineState.class),
            in.readOptionalString(),
            in.readOptionalString(),
            in.readStringList(),
            in.readOptionalString(),
            in.readOptionalString(),
            in.readOptionalBoolean(),
            in.readVLong(),
            in.readOptionalString()
        );
    }

    static XContentBuilder toXContent(XContentBuilder builder, EngineStatus status) throws IOException {
        builder.startObject().field("state", status.state().jsonName());
        if (status.engineName() != null) {
            builder.field("name", status.engineName()).field("version", status.engineVersion());
        }
        builder.field("devices", status.devices()).field("cache_dir", status.cacheDir());
        if (status.libraryPath() != null) {
            builder.field("library_path", status.libraryPath());
        }
        if (status.nativesReused() != null) {
            builder.field("natives", status.nativesReused() ? "reused" : "extracted");
        }
        builder.field("load_millis", status.loadMillis());
        if (status.error() != null) {
            builder.field("error", status.error());
        }
        return builder.endObject();
    }
}
