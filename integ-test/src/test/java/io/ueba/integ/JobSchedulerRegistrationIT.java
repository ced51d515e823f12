package io.ueba.integ;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobSchedulerRegistrationIT {

    private static final String JOB_ID = "integ-registration";

    private final NodeClient node = new NodeClient();

    @AfterEach
    void removeJob() throws Exception {
        node.delete("/.ueba-jobs/_doc/" + JOB_ID + "?refresh=true");
    }

    @Test
    void pluginReportsItsExtensionRegistered() throws Exception {
        JsonNode jobScheduler = node.get("/_plugins/_ueba").body().get("job_scheduler");
        assertTrue(jobScheduler.get("registered").asBoolean(), jobScheduler.toString());
        assertEquals("ueba_training", jobScheduler.get("job_type").asText());
        assertEquals(".ueba-jobs", jobScheduler.get("job_index").asText());
    }

    @Test
    void jobSchedulerSchedulesAJobWrittenToOurIndex() throws Exception {
        long now = System.currentTimeMillis();
        String job = """
            {"name": "%s", "enabled": true,
             "schedule": {"interval": {"start_time": %d, "period": 10, "unit": "Minutes"}},
             "enabled_time": %d, "last_update_time": %d, "lock_duration_seconds": 60}
            """.formatted(JOB_ID, now, now, now);
        NodeClient.Reply indexed = node.put("/.ueba-jobs/_doc/" + JOB_ID + "?refresh=true", job);
        assertEquals(201, indexed.status(), String.valueOf(indexed.body()));

        JsonNode scheduled = scheduledJob(JOB_ID);
        assertNotNull(scheduled, "Job Scheduler does not list " + JOB_ID);
        assertEquals("ueba_training", scheduled.get("job_type").asText());
        assertEquals(".ueba-jobs", scheduled.get("index_name").asText());
        assertEquals(10, scheduled.get("schedule").get("interval").asInt());
    }

    /** Job Scheduler parses the document with our parser as it is indexed; it lists the job once that worked. */
    private JsonNode scheduledJob(String id) throws Exception {
        for (int attempt = 0; attempt < 20; attempt++) {
            for (JsonNode job : node.get("/_plugins/_job_scheduler/api/jobs").body().get("jobs")) {
                if (id.equals(job.get("job_id").asText())) {
                    return job;
                }
            }
            Thread.sleep(500);
        }
        return null;
    }
}
