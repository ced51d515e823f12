package io.ueba.plugin.training;

import io.ueba.ml.login.LoginAttributes;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginSourceReader;
import io.ueba.plugin.ingest.LoginFieldOptions;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Reads stored logins back as ingest read them: each with the options of the {@code ueba_login_features} processor
 * its index's pipeline runs (see {@link LoginPipelines}), so a login whose destination ingest took from
 * {@code host.name}, or whose outcome said {@code succeeded}, is learned as that same login.
 */
final class StoredLoginReader {

    private final Map<String, LoginSourceReader> byIndex = new HashMap<>();
    private final LoginSourceReader fallback;
    private final String[] sourceFields;
    private final Set<String> attributeFields;

    /**
     * @param optionsByIndex  the options of each index that has them; any other index is read with the defaults
     * @param attributeFields further fields the run's kinds learn from, read as ingest reads them ({@link LoginAttributes})
     */
    StoredLoginReader(Map<String, LoginFieldOptions> optionsByIndex, Set<String> attributeFields, LongSupplier nowMillis) {
        Map<LoginFieldOptions, LoginSourceReader> readers = new HashMap<>();
        Set<String> fields = new LinkedHashSet<>(LoginFieldOptions.DEFAULTS.fields().paths());
        this.fallback = readers.computeIfAbsent(LoginFieldOptions.DEFAULTS, options -> options.reader(nowMillis));
        for (Map.Entry<String, LoginFieldOptions> index : optionsByIndex.entrySet()) {
            byIndex.put(index.getKey(), readers.computeIfAbsent(index.getValue(), options -> options.reader(nowMillis)));
            fields.addAll(index.getValue().fields().paths());
        }
        fields.addAll(attributeFields);
        this.sourceFields = fields.toArray(String[]::new);
        this.attributeFields = Set.copyOf(attributeFields);
    }

    LoginSourceReader.Reading read(String index, Map<String, Object> source) {
        LoginSourceReader.Reading reading = byIndex.getOrDefault(index, fallback).read(source);
        if (attributeFields.isEmpty() || reading.event() == null) {
            return reading;
        }
        LoginEvent login = LoginAttributes.attach(reading.event(), source, attributeFields);
        return new LoginSourceReader.Reading(login, reading.warnings(), reading.misplaced(), reading.failure());
    }

    /** The fields to fetch from stored documents: every path some reader reads. */
    String[] sourceFields() {
        return sourceFields;
    }
}
