package io.ueba.tools.cli;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --name value} options and positional arguments; every error names the option it is about. Settings, from
 * the launcher, stand in for options that are not given, and are not options a command must read.
 */
final class CommandLine {

    private final Map<String, List<String>> options = new HashMap<>();
    private final List<String> positional = new ArrayList<>();
    private final Set<String> read = new HashSet<>();
    private final Map<String, String> settings;

    CommandLine(List<String> args) {
        this(args, Map.of());
    }

    CommandLine(List<String> args, Map<String, String> settings) {
        this.settings = Map.copyOf(settings);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("[" + arg + "] needs a value");
                }
                options.computeIfAbsent(arg.substring(2), k -> new ArrayList<>()).add(args.get(++i));
            } else {
                positional.add(arg);
            }
        }
    }

    String string(String name, String defaultValue) {
        List<String> values = all(name);
        if (values.size() > 1) {
            throw new IllegalArgumentException("[--" + name + "] is given " + values.size() + " times");
        }
        return values.isEmpty() ? settings.getOrDefault(name, defaultValue) : values.get(0);
    }

    String required(String name) {
        String value = string(name, null);
        if (value == null) {
            throw new IllegalArgumentException("[--" + name + "] is required");
        }
        return value;
    }

    List<String> all(String name) {
        read.add(name);
        return options.getOrDefault(name, List.of());
    }

    int integer(String name, int defaultValue, int min) {
        return integer(name, defaultValue, min, Integer.MAX_VALUE);
    }

    int integer(String name, int defaultValue, int min, int max) {
        String value = string(name, null);
        if (value == null) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < min || parsed > max) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            String range = max == Integer.MAX_VALUE ? "of at least " + min : "from " + min + " to " + max;
            throw new IllegalArgumentException("[--" + name + "] must be a whole number " + range + ", got [" + value + "]");
        }
    }

    URI url() {
        String value = string("url", "http://127.0.0.1:9200");
        try {
            URI uri = URI.create(value);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("[--url] is not an http URL: [" + value + "]");
        }
    }

    String onePositional(String what) {
        if (positional.size() != 1) {
            throw new IllegalArgumentException("expected one " + what + ", got " + positional.size() + ": " + positional);
        }
        return positional.get(0);
    }

    /** Call after reading every option: an option nobody read is a typo the user should hear about. */
    void rejectUnknown() {
        for (String name : options.keySet()) {
            if (read.contains(name) == false) {
                throw new IllegalArgumentException("unknown option [--" + name + "]");
            }
        }
    }
}
