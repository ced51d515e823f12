package io.ueba.ml.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ueba.ml.login.LoginAttributes;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginFields;
import io.ueba.ml.login.LoginSourceReader;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Reads a login document (one line of an {@code ecs-ndjson} file) with its label, for the commands that score logins
 * in this process: the login as the installed pipeline's {@code ueba_login_features} reads it ({@link LoginSourceReader}
 * with the default fields), so an offline evaluation sees what the node would, and the label as {@link LabelField} reads it.
 */
final class EcsDocumentLogin {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> DOCUMENT = new TypeReference<>() {};
    /** As the installed pipeline's processor: a timestamp more than a day ahead is an error. */
    private static final LoginSourceReader READER = new LoginSourceReader(LoginFields.ECS, Duration.ofDays(1), System::currentTimeMillis);

    private EcsDocumentLogin() {}

    /**
     * @param attributeFields the further fields to keep with the login, read as ingest reads them for a model
     * @throws IllegalArgumentException saying why the document is not a login, or its label not one
     */
    static LoginEvent read(String json, Set<String> attributeFields) {
        Map<String, Object> document;
        try {
            document = JSON.readValue(json, DOCUMENT);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getOriginalMessage(), e);
        }
        LoginSourceReader.Reading reading = READER.read(document);
        if (reading.failure() != null) {
            throw reading.failure();
        }
        LoginEvent login = reading.event().withLabel(LabelField.read(document));
        return LoginAttributes.attach(login, document, attributeFields);
    }
}
