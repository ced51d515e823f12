package io.ueba.integ;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plugin zip the node installs carries what a node runs: no command-line tool, loader, generator or benchmark. */
class PluginZipIT {

    @Test
    void carriesNoToolsGeneratorOrBenchmark() throws IOException {
        List<String> ours = new ArrayList<>();
        List<String> outOfPlace = new ArrayList<>();
        try (ZipFile zip = new ZipFile(System.getProperty("ueba.integ.plugin.zip"))) {
            for (ZipEntry jar : zip.stream().filter(entry -> entry.getName().matches("ueba-.*\\.jar")).toList()) {
                ours.add(jar.getName().replaceAll("-[0-9].*", ""));
                try (InputStream in = zip.getInputStream(jar); ZipInputStream classes = new ZipInputStream(in)) {
                    for (ZipEntry entry = classes.getNextEntry(); entry != null; entry = classes.getNextEntry()) {
                        String name = entry.getName();
                        if (name.startsWith("io/ueba/tools/") || name.contains("Benchmark") || name.contains("/jmh/")) {
                            outOfPlace.add(jar.getName() + "!" + name);
                        }
                    }
                }
            }
        }
        assertEquals(List.of("ueba-ml-core", "ueba-plugin", "ueba-rest-handlers"), ours.stream().sorted().toList());
        assertTrue(outOfPlace.isEmpty(), outOfPlace.toString());
    }
}
