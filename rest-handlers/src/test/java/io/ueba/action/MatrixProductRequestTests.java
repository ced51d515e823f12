package io.ueba.action;

import org.opensearch.action.ActionRequestValidationException;
import org.opensearch.common.io.stream.BytesStreamOutput;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.test.OpenSearchTestCase;

import java.io.IOException;

public class MatrixProductRequestTests extends OpenSearchTestCase {

    public void testSurvivesTheTransportWire() throws IOException {
        MatrixProductRequest original = new MatrixProductRequest(new float[][] { { 1, 2 }, { 3, 4 } }, new float[][] { { 5 }, { 6 } });
        BytesStreamOutput out = new BytesStreamOutput();
        original.writeTo(out);
        try (StreamInput in = out.bytes().streamInput()) {
            MatrixProductRequest copy = new MatrixProductRequest(in);
            assertArrayEquals(original.left()[1], copy.left()[1], 0f);
            assertArrayEquals(original.right()[1], copy.right()[1], 0f);
        }
    }

    public void testCompatibleShapesAreValid() {
        assertNull(new MatrixProductRequest(new float[][] { { 1, 2 } }, new float[][] { { 1 }, { 2 } }).validate());
    }

    public void testTooManyValuesAreRejected() {
        float[][] big = new float[1][MatrixProductRequest.MAX_CELLS + 1];
        float[][] column = new float[MatrixProductRequest.MAX_CELLS + 1][1];
        ActionRequestValidationException errors = new MatrixProductRequest(big, column).validate();
        assertNotNull(errors);
        assertTrue(errors.getMessage(), errors.getMessage().contains("at most " + MatrixProductRequest.MAX_CELLS + " values"));
    }

    public void testRaggedMatrixIsRejectedNamingIt() {
        ActionRequestValidationException errors = new MatrixProductRequest(new float[][] { { 1 } }, new float[][] { { 1, 2 }, { 3 } })
            .validate();
        assertNotNull(errors);
        assertTrue(errors.getMessage(), errors.getMessage().contains("right row 1"));
    }
}
