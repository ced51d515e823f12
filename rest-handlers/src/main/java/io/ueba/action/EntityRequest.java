package io.ueba.action;

import io.ueba.ml.features.IpFacts;
import io.ueba.ml.login.LoginSourceReader;
import io.ueba.ml.profile.EntityKind;
import org.opensearch.action.ActionRequest;
import org.opensearch.action.ActionRequestValidationException;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;

import java.io.IOException;
import java.util.Optional;

/**
 * Which entity, of which model set's profile, and how much of it: the {@code kind} of entity named {@code name} as a
 * log may write it ({@code CORP\Alice}), each of its lists at most {@code size} values.
 */
public class EntityRequest extends ActionRequest {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private final EntityKind kind;
    private final String name;
    private final String modelSet;
    private final int size;

    public EntityRequest(EntityKind kind, String name, String modelSet, int size) {
        this.kind = kind;
        this.name = name;
        this.modelSet = modelSet;
        this.size = size;
    }

    public EntityRequest(StreamInput in) throws IOException {
        super(in);
        this.kind = in.readEnum(EntityKind.class);
        this.name = in.readString();
        this.modelSet = in.readString();
        this.size = in.readVInt();
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        super.writeTo(out);
        out.writeEnum(kind);
        out.writeString(name);
        out.writeString(modelSet);
        out.writeVInt(size);
    }

    public EntityKind kind() {
        return kind;
    }

    /** As the request wrote it. */
    public String name() {
        return name;
    }

    /** The entity as the models name it. */
    public String entity() {
        return kind.normalize(name);
    }

    public String modelSet() {
        return modelSet;
    }

    public int size() {
        return size;
    }

    @Override
    public ActionRequestValidationException validate() {
        ActionRequestValidationException errors = new ActionRequestValidationException();
        if (kind == null) {
            errors.addValidationError("[kind] must be user, host or ip");
        }
        nameProblem().ifPresent(errors::addValidationError);
        ResourceNames.problem("model_set", modelSet).ifPresent(errors::addValidationError);
        if (size < 1 || size > MAX_SIZE) {
            errors.addValidationError("[size] must be between 1 and " + MAX_SIZE + ", got [" + size + "]");
        }
        return errors.validationErrors().isEmpty() ? null : errors;
    }

    private Optional<String> nameProblem() {
        if (name == null || name.isBlank()) {
            return Optional.of("[name] must not be empty");
        }
        if (name.length() > LoginSourceReader.MAX_VALUE_LENGTH) {
            return Optional.of("[name] must be at most " + LoginSourceReader.MAX_VALUE_LENGTH + " characters, got " + name.length());
        }
        if (kind == EntityKind.IP && isAddress(name.trim()) == false) {
            return Optional.of("[name] [" + name + "] is not an IP address");
        }
        if (kind != null && kind.normalize(name).isEmpty()) {
            return Optional.of("[name] [" + name + "] is empty as the models name a " + kind.jsonName());
        }
        return Optional.empty();
    }

    private static boolean isAddress(String text) {
        try {
            IpFacts.of(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
