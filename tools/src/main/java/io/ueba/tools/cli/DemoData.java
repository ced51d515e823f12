package io.ueba.tools.cli;

import io.ueba.ml.login.LoginEvent;
import io.ueba.tools.synth.DemoLoginConfig;
import io.ueba.tools.synth.DemoLoginGenerator;

import java.util.Iterator;

/** The demo enterprise's logins, for benchmarks that need realistic documents. */
final class DemoData {

    private DemoData() {}

    /** Up to {@code limit} logins of the default demo configuration, in time order. */
    static Iterator<LoginEvent> events(int limit) {
        return new DemoLoginGenerator(DemoLoginConfig.defaults()).stream().limit(limit).iterator();
    }
}
