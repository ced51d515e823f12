package io.ueba.plugin.ingest;

import org.opensearch.ingest.ConfigurationUtils;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A processor option whose value is one of an enum's constants, written in lower case ({@code write_features: novelty}). */
final class ChoiceOption {

    private ChoiceOption() {}

    /** Takes the option out of the configuration; a value that names no constant is refused, listing those that do. */
    static <E extends Enum<E>> E take(String processorType, String tag, Map<String, Object> config, String option, E defaultValue) {
        String name = ConfigurationUtils.readStringProperty(processorType, tag, config, option, valueOf(defaultValue));
        E[] choices = defaultValue.getDeclaringClass().getEnumConstants();
        return Arrays.stream(choices).filter(choice -> valueOf(choice).equals(name)).findFirst().orElseThrow(() ->
            ConfigurationUtils.newConfigurationException(processorType, tag, option, "must be one of ["
                + Arrays.stream(choices).map(ChoiceOption::valueOf).collect(Collectors.joining(", ")) + "], got [" + name + "]"));
    }

    private static String valueOf(Enum<?> choice) {
        return choice.name().toLowerCase(Locale.ROOT);
    }
}
