package io.ueba.ml.cli;

import io.ueba.ml.load.OpenSearchHttp;

/** Makes sure the node enriches what the tools load: the login template and pipeline are installed. */
final class LoginIndices {

    static final String PATTERN_PREFIX = "logins-";
    /** The pipeline {@code _setup} installs as the login indices' default. */
    static final String PIPELINE = "ueba-logins";

    private LoginIndices() {}

    static void setUp(OpenSearchHttp node, String index) {
        if (index.startsWith(PATTERN_PREFIX) == false) {
            throw new IllegalArgumentException("[--index] must start with " + PATTERN_PREFIX + " so that logins are enriched, got [" + index + "]");
        }
        node.postOk("/_plugins/_ueba/_setup", "");
    }
}
