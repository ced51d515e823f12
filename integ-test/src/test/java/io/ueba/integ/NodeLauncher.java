package io.ueba.integ;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Stops and starts the node the build started, through {@code bin/ueba} as a user would, with the same zips. */
final class NodeLauncher {

    private NodeLauncher() {}

    static void restart() throws IOException, InterruptedException {
        launcher("stop", "--home", property("ueba.integ.home"));
        launcher(
            "start",
            "--home", property("ueba.integ.home"),
            "--port", property("ueba.integ.port"),
            "--plugin-zip", property("ueba.integ.plugin.zip"),
            "--dist-zip", property("ueba.integ.dist.zip"),
            "--job-scheduler-zip", property("ueba.integ.job-scheduler.zip"),
            "--wait-for-engine"
        );
    }

    private static void launcher(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(property("ueba.launcher")));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor(3, TimeUnit.MINUTES) == false) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish within 3 minutes");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + process.exitValue());
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run the integration tests through Maven (mvn verify)");
        }
        return value;
    }
}
