package io.ueba.plugin.ingest;

import io.ueba.ml.login.LoginFields;
import io.ueba.ml.login.LoginSourceReader;
import org.opensearch.common.unit.TimeValue;
import org.opensearch.ingest.ConfigurationUtils;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * How a {@code ueba_login_features} processor reads logins: its field paths and how far in the future a timestamp may
 * be. Parsed from the processor's options once for the processor, and again by training from the pipeline a stored
 * login came through, so that training reads each login as ingest did.
 */
public record LoginFieldOptions(LoginFields fields, Duration maxFuture) {

    static final TimeValue DEFAULT_MAX_FUTURE = TimeValue.timeValueDays(1);

    public static final LoginFieldOptions DEFAULTS = new LoginFieldOptions(LoginFields.ECS, Duration.ofMillis(DEFAULT_MAX_FUTURE.millis()));

    /** Takes the options it knows out of a processor's configuration; what is left belongs to the processor. */
    static LoginFieldOptions take(String tag, Map<String, Object> config) {
        LoginFields defaults = LoginFields.ECS;
        LoginFields fields = new LoginFields(
            string(tag, config, "timestamp_field", defaults.timestamp()),
            string(tag, config, "user_field", defaults.user()),
            string(tag, config, "source_ip_field", defaults.sourceIp()),
            string(tag, config, "source_host_field", defaults.sourceHost()),
            destinationFields(tag, config, defaults.destination()),
            string(tag, config, "destination_ip_field", defaults.destinationIp()),
            string(tag, config, "outcome_field", defaults.outcome()),
            string(tag, config, "auth_package_field", defaults.authPackage()),
            string(tag, config, "logon_type_field", defaults.logonType()),
            string(tag, config, "source_geo_field", defaults.sourceGeo())
        );
        String maxFutureText = string(tag, config, "max_future", DEFAULT_MAX_FUTURE.getStringRep());
        TimeValue maxFuture;
        try {
            maxFuture = TimeValue.parseTimeValue(maxFutureText, "max_future");
        } catch (IllegalArgumentException e) {
            throw ConfigurationUtils.newConfigurationException(LoginFeaturesProcessor.TYPE, tag, "max_future", e.getMessage());
        }
        return new LoginFieldOptions(fields, Duration.ofMillis(maxFuture.millis()));
    }

    /** Reads the options of a processor as a pipeline stores them, leaving that configuration as it is. */
    public static LoginFieldOptions of(Map<String, Object> processorConfig) {
        return take(null, new HashMap<>(processorConfig));
    }

    public LoginSourceReader reader(LongSupplier nowMillis) {
        return new LoginSourceReader(fields, maxFuture, nowMillis);
    }

    static String string(String tag, Map<String, Object> config, String key, String defaultValue) {
        return ConfigurationUtils.readStringProperty(LoginFeaturesProcessor.TYPE, tag, config, key, defaultValue);
    }

    private static List<String> destinationFields(String tag, Map<String, Object> config, List<String> defaults) {
        List<String> fields = ConfigurationUtils.readOptionalList(LoginFeaturesProcessor.TYPE, tag, config, "destination_fields");
        if (fields == null) {
            return defaults;
        }
        if (fields.isEmpty()) {
            throw ConfigurationUtils.newConfigurationException(LoginFeaturesProcessor.TYPE, tag, "destination_fields", "must name at least one field");
        }
        return List.copyOf(fields);
    }
}
