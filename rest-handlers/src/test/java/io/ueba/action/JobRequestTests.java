package io.ueba.action;

import org.opensearch.action.ActionRequestValidationException;
import org.opensearch.common.io.stream.BytesStreamOutput;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.test.OpenSearchTestCase;

import java.io.IOException;
import java.util.Map;

public class JobRequestTests extends OpenSearchTestCase {

    public void testANewJobsIdMustBeOneAnIndexCouldHave() {
        ActionRequestValidationException refused = new JobRequest(JobRequest.Operation.PUT, "Nightly Run", JobConfig.DEFAULTS).validate();
        assertNotNull(refused);
        assertTrue(refused.getMessage(), refused.getMessage().contains("[job_id] [Nightly Run] must be lowercase"));
        assertNull(new JobRequest(JobRequest.Operation.PUT, "nightly-run", JobConfig.DEFAULTS).validate());
    }

    public void testAJobStoredBeforeTheRulesCanStillBeReachedByItsId() {
        for (JobRequest.Operation operation : new JobRequest.Operation[] { JobRequest.Operation.GET, JobRequest.Operation.DELETE,
            JobRequest.Operation.START, JobRequest.Operation.STOP, JobRequest.Operation.RUN }) {
            assertNull(operation.name(), new JobRequest(operation, "Nightly Run", null).validate());
        }
        assertNull(new JobRequest("Nightly Run", new JobUpdate(Map.of("window", "7d"))).validate());
        assertNotNull(new JobRequest(JobRequest.Operation.GET, "", null).validate());
    }

    public void testOnlyAnUpdateCarriesChanges() {
        ActionRequestValidationException refused = new JobRequest(JobRequest.Operation.UPDATE, "nightly", null).validate();
        assertNotNull(refused);
        assertTrue(refused.getMessage(), refused.getMessage().contains("only _update carries changes"));
    }

    public void testAnUpdateSurvivesTheTransportWire() throws IOException {
        JobRequest original = new JobRequest("nightly", new JobUpdate(Map.of("window", "7d", "model", Map.of("hidden", 48))));
        BytesStreamOutput out = new BytesStreamOutput();
        original.writeTo(out);
        try (StreamInput in = out.bytes().streamInput()) {
            JobRequest read = new JobRequest(in);
            assertEquals(JobRequest.Operation.UPDATE, read.operation());
            assertEquals("nightly", read.jobId());
            assertEquals(original.update(), read.update());
            assertNull(read.config());
        }
    }

    public void testOnlyShowingAndListingReadSoOnlyTheyGoThroughTheMonitorAction() {
        for (JobRequest.Operation operation : JobRequest.Operation.values()) {
            boolean reads = operation == JobRequest.Operation.GET || operation == JobRequest.Operation.LIST;
            assertEquals(operation.name(), reads, operation.reads());
        }
        assertTrue(GetJobsAction.NAME.startsWith("cluster:monitor/"));
        assertTrue(JobAction.NAME.startsWith("cluster:admin/"));
        assertTrue(GetModelsAction.NAME.startsWith("cluster:monitor/"));
    }
}
