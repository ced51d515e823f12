package io.ueba.plugin.setup;

/**
 * A raw authentication log that {@code _setup} gives a pipeline of its own: the pipeline maps the source's events into
 * the login schema with OpenSearch's processors and a stored painless script, then runs {@code ueba-logins}; a template
 * makes it the default pipeline of the source's indices, so a collector pointed at {@code logins-windows} or
 * {@code logins-sshd} gets every login enriched.
 */
public enum LogSource {
    WINDOWS("windows"),
    SSHD("sshd");

    private final String name;

    LogSource(String name) {
        this.name = name;
    }

    public String pipeline() {
        return "ueba-" + name;
    }

    public String template() {
        return "ueba-logins-" + name;
    }

    public String indexPattern() {
        return "logins-" + name + "*";
    }

    /** The id of the stored script the pipeline calls. */
    public String scriptId() {
        return "ueba-" + name + "-login";
    }

    String scriptResource() {
        return name + "-login.painless";
    }

    String pipelineResource() {
        return name + "-pipeline.json";
    }
}
