package io.ueba.plugin.settings;

import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.test.OpenSearchTestCase;

import java.nio.file.Path;

public class UebaSettingsTests extends OpenSearchTestCase {

    public void testEngineCacheDirDefaultsToTheFirstDataPath() {
        Environment environment = environment(Settings.EMPTY);
        assertEquals(environment.dataFiles()[0].resolve("ueba/djl-cache"), UebaSettings.engineCacheDir(Settings.EMPTY, environment));
    }

    public void testAbsoluteEngineCacheDirIsKept() {
        Path absolute = createTempDir().resolve("torch");
        Settings settings = Settings.builder().put(UebaSettings.ENGINE_CACHE_DIR.getKey(), absolute.toString()).build();
        assertEquals(absolute.toString(), UebaSettings.engineCacheDir(settings, environment(settings)).toString());
    }

    public void testBlankEngineCacheDirIsRejectedNamingTheSetting() {
        Settings settings = Settings.builder().put(UebaSettings.ENGINE_CACHE_DIR.getKey(), " ").build();
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class, () -> UebaSettings.ENGINE_CACHE_DIR.get(settings));
        assertTrue(e.getMessage(), e.getMessage().contains("plugins.ueba.engine.cache_dir"));
    }

    private Environment environment(Settings settings) {
        return new Environment(Settings.builder().put(settings).put("path.home", createTempDir()).build(), null);
    }

    public void testOnlyANodeMarkedForTrainingLoadsTheEngineAsItStarts() {
        assertTrue(UebaSettings.preloadsEngine(Settings.builder().put("node.attr.ueba_ml", true).build()));
        assertFalse(UebaSettings.preloadsEngine(Settings.EMPTY));
        assertFalse(UebaSettings.preloadsEngine(Settings.builder().put("node.attr.ueba_ml", false).build()));
        assertFalse(UebaSettings.preloadsEngine(Settings.builder().put("node.attr.ueba_ml", true).put("plugins.ueba.engine.preload", false).build()));
    }
}
