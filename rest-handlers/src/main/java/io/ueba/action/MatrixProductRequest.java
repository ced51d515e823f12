package io.ueba.action;

import io.ueba.ml.engine.MatrixProduct;
import org.opensearch.action.ActionRequest;
import org.opensearch.action.ActionRequestValidationException;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;

import java.io.IOException;

/** Two matrices to multiply, left x right. */
public class MatrixProductRequest extends ActionRequest {

    /** Keeps the diagnostic cheap: it runs on the ML thread pool, ahead of nothing important but still on a node. */
    public static final int MAX_CELLS = 10_000;

    private final float[][] left;
    private final float[][] right;

    public MatrixProductRequest(float[][] left, float[][] right) {
        this.left = left;
        this.right = right;
    }

    public MatrixProductRequest(StreamInput in) throws IOException {
        super(in);
        this.left = readMatrix(in);
        this.right = readMatrix(in);
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        super.writeTo(out);
        writeMatrix(out, left);
        writeMatrix(out, right);
    }

    public float[][] left() {
        return left;
    }

    public float[][] right() {
        return right;
    }

    @Override
    public ActionRequestValidationException validate() {
        String problem = null;
        try {
            MatrixProduct.checkShapes(left, right);
            if ((long) left.length * left[0].length > MAX_CELLS || (long) right.length * right[0].length > MAX_CELLS) {
                problem = "[left] and [right] may hold at most " + MAX_CELLS + " values each";
            }
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        if (problem == null) {
            return null;
        }
        ActionRequestValidationException errors = new ActionRequestValidationException();
        errors.addValidationError(problem);
        return errors;
    }

    static float[][] readMatrix(StreamInput in) throws IOException {
        float[][] matrix = new float[in.readVInt()][];
        for (int r = 0; r < matrix.length; r++) {
            matrix[r] = new float[in.readVInt()];
            for (int c = 0; c < matrix[r].length; c++) {
                matrix[r][c] = in.readFloat();
            }
        }
        return matrix;
    }

    static void writeMatrix(StreamOutput out, float[][] matrix) throws IOException {
        out.writeVInt(matrix.length);
        for (float[] row : matrix) {
            out.writeVInt(row.length);
            for (float value : row) {
                out.writeFloat(value);
            }
        }
    }
}
