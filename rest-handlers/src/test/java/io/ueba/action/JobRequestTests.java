package io.ueba.action;

import org.opensearch.action.ActionRequestValidationException;
import org.opensearch.test.OpenSearchTestCase;

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
        assertNotNull(new JobRequest(JobRequest.Operation.GET, "", null).validate());
    }
}
