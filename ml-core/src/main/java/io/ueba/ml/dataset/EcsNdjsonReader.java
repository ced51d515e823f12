package io.ueba.ml.dataset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.ueba.ml.login.EcsLoginDocument;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * NDJSON, one JSON object per line, each sent to the node as it is: fields outside our schema (see
 * {@link EcsLoginDocument}) stay, and what the object holds is for the ingest pipeline to judge, which keeps what it
 * cannot read with a warning or under {@code ueba.malformed}, or indexes the document with {@code ueba.error}. Only a
 * line that is not one JSON object is rejected here.
 */
public final class EcsNdjsonReader extends LoginReader {

    private static final JsonFactory JSON = new JsonFactory();

    public EcsNdjsonReader(Reader in) {
        super(in);
    }

    @Override
    protected ParsedLine parse(long line, String text) {
        if (text.isBlank()) {
            return new ParsedLine.Skipped(line, "blank line");
        }
        String problem = whyNotOneObject(text);
        return problem == null ? new ParsedLine.Document(line, text) : new ParsedLine.Rejected(line, "not a JSON object: " + problem);
    }

    /** Streams through the text without building it: null when it is exactly one JSON object, else why not. */
    static String whyNotOneObject(String text) {
        try (JsonParser parser = JSON.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                return "it starts with " + (first == JsonToken.START_ARRAY ? "an array" : parser.getText());
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                return "more follows the object, from column " + parser.currentTokenLocation().getColumnNr();
            }
            return null;
        } catch (JsonProcessingException e) {
            return e.getOriginalMessage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
