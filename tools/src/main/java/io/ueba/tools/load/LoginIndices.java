package io.ueba.tools.load;

/** Makes sure the node enriches what the tools load: the login template and pipeline are installed. */
public final class LoginIndices {

    private static final String PATTERN_PREFIX = "logins-";
    /** The pipeline {@code _setup} installs as the login indices' default. */
    public static final String PIPELINE = "ueba-logins";

    private LoginIndices() {}

    public static void setUp(OpenSearchHttp node, String index) {
        if (index.startsWith(PATTERN_PREFIX) == false) {
            throw new IllegalArgumentException("[--index] must start with " + PATTERN_PREFIX + " so that logins are enriched, got [" + index + "]");
        }
        install(node);
    }

    /** {@code _setup}: the pipelines (ueba-logins and the raw log sources') and the templates. */
    public static void install(OpenSearchHttp node) {
        node.postOk("/_plugins/_ueba/_setup", "");
    }
}
