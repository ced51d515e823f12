package io.ueba.ml.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ueba.ml.login.EcsLoginDocument;
import io.ueba.ml.login.LoginLabel;

import java.io.Reader;
import java.util.Map;

/** NDJSON in the project's own schema (see {@link EcsLoginDocument}), one JSON object per line, with its label read by {@link LabelField}. */
public final class EcsNdjsonReader extends LoginReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    public EcsNdjsonReader(Reader in) {
        super(in);
    }

    @Override
    protected ParsedLine parse(long line, String text) {
        if (text.isBlank()) {
            return new ParsedLine.Skipped(line, "blank line");
        }
        Map<String, Object> document;
        try {
            document = JSON.readValue(text, JSON.getTypeFactory().constructMapType(Map.class, String.class, Object.class));
        } catch (JsonProcessingException e) {
            return new ParsedLine.Rejected(line, "not a JSON object: " + e.getOriginalMessage());
        }
        if (document == null) {
            return new ParsedLine.Rejected(line, "not a JSON object: null");
        }
        try {
            LoginLabel label = LabelField.read(document);
            LabelField.removeFrom(document);
            return new ParsedLine.Login(line, EcsLoginDocument.fromDocument(document).withLabel(label));
        } catch (IllegalArgumentException e) {
            return new ParsedLine.Rejected(line, e.getMessage());
        }
    }
}
