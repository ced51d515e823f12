package io.ueba.plugin.training;

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

    /**
     * @param optionsByIndex the options of each index that has them; any other index is read with the defaults
     */
    StoredLoginReader(Map<String, LoginFieldOptions> optionsByIndex, LongSupplier nowMillis) {
        Map<LoginFieldOptions, LoginSourceReader> readers = new HashMap<>();
        Set<String> fields = new LinkedHashSet<>(LoginFieldOptions.DEFAULTS.fields().paths());
        this.fallback = readers.computeIfAbsent(LoginFieldOptions.DEFAULTS, options -> options.reader(nowMillis));
        for (Map.Entry<String, LoginFieldOptions> index : optionsByIndex.entrySet()) {
            byIndex.put(index.getKey(), readers.computeIfAbsent(index.getValue(), options -> options.reader(nowMillis)));
            fields.addAll(index.getValue().fields().paths());
        }
        this.sourceFields = fields.toArray(String[]::new);
    }

    LoginSourceReader.Reading read(String index, Map<String, Object> source) {
        return byIndex.getOrDefault(index, fallback).read(source);
    }

    /** The fields to fetch from stored documents: every path some reader reads. */
    String[] sourceFields() {
        return sourceFields;
    }
}
