package io.ueba.tools.eval;

import io.ueba.ml.model.KindSettings;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalModelsTest {

    @Test
    void settingsOfAKindGoIntoEverySeedsJobAndOverTheDefaults() {
        EvalModels models = new EvalModels(List.of("autoencoder", "rgcn"), Map.of("rgcn", Map.of("embedding_dim", 64)));
        for (long seed : List.of(42L, 7L)) {
            List<Map<String, Object>> job = models.job(seed);
            assertEquals(Map.of("type", "rgcn", "seed", seed, "embedding_dim", 64), job.get(1));
            assertEquals(seed, job.getFirst().get("seed"));
        }
        List<KindSettings> read = models.settings(42, Map.of());
        assertEquals(64, read.get(1).asMap().get("embedding_dim"));
        assertEquals(32, new EvalModels(List.of("rgcn")).settings(42, Map.of()).getFirst().asMap().get("embedding_dim"));
    }

    @Test
    void theDocumentFieldsTheModelsReadAreWhatTheLoginsMustKeep() {
        assertEquals(Set.of(), new EvalModels(List.of("autoencoder", "rarity", "rgcn")).attributeFields());
        assertEquals(Set.of("ssh.client", "event.action"), new EvalModels(List.of("rarity", "rgcn"),
            Map.of("rarity", Map.of("user_fields", List.of("ssh.client")), "rgcn", Map.of("relation_field", "event.action"))).attributeFields());
    }

    @Test
    void badSettingsAreRefusedBeforeAnyTrainingAndNamed() {
        Map<Map<String, Map<String, Object>>, String> refusals = Map.of(
            Map.of("rarity", Map.of()), "[--model-settings] has settings for [rarity], which [--models] does not train",
            Map.of("rgcn", Map.of("embedding_dim", 2)), "[--model-settings.rgcn.embedding_dim]",
            Map.of("rgcn", Map.of("seed", 3)), "[--model-settings.rgcn.seed] is the evaluation's own: give --seeds",
            Map.of("rgcn", Map.of("hidden", 3)), "[--model-settings.rgcn.hidden] is not a setting of the [rgcn] model");
        refusals.forEach((settings, message) -> {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new EvalModels(List.of("rgcn"), settings));
            assertTrue(refused.getMessage().startsWith(message), refused.getMessage());
        });
    }
}
