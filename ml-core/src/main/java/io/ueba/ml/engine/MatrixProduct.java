package io.ueba.ml.engine;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * A matrix product computed by the engine on its default device (a GPU when one is visible): the
 * smallest real proof that tensors flow through the native library.
 */
public final class MatrixProduct {

    /** The product and the device that computed it. */
    public record Result(float[][] product, String device) {}

    private MatrixProduct() {}

    /** Multiplies after {@link #checkShapes}. */
    public static Result multiply(float[][] left, float[][] right) {
        checkShapes(left, right);
        int rows = left.length;
        int inner = right.length;
        int columns = right[0].length;
        Engine engine = Engine.getEngine(TorchEngineLoader.ENGINE_NAME);
        try (NDManager manager = engine.newBaseManager()) {
            Device device = manager.getDevice();
            NDArray a = manager.create(flatten(left), new Shape(rows, inner));
            NDArray b = manager.create(flatten(right), new Shape(inner, columns));
            float[] flat = a.matMul(b).toFloatArray();
            float[][] product = new float[rows][columns];
            for (int r = 0; r < rows; r++) {
                System.arraycopy(flat, r * columns, product[r], 0, columns);
            }
            return new Result(product, device.toString());
        }
    }

    /**
     * @throws IllegalArgumentException when the matrices are empty, ragged, or their inner dimensions differ
     */
    public static void checkShapes(float[][] left, float[][] right) {
        checkRectangular("left", left);
        int inner = checkRectangular("right", right);
        if (left[0].length != inner) {
            throw new IllegalArgumentException(
                "left has " + left[0].length + " columns but right has " + inner + " rows; they must be equal"
            );
        }
    }

    private static int checkRectangular(String name, float[][] matrix) {
        if (matrix == null || matrix.length == 0 || matrix[0] == null || matrix[0].length == 0) {
            throw new IllegalArgumentException(name + " must be a non-empty matrix");
        }
        int width = matrix[0].length;
        for (int r = 1; r < matrix.length; r++) {
            if (matrix[r] == null || matrix[r].length != width) {
                throw new IllegalArgumentException(name + " row " + r + " does not have " + width + " values like row 0");
            }
        }
        return matrix.length;
    }

    private static float[] flatten(float[][] matrix) {
        int width = matrix[0].length;
        float[] flat = new float[matrix.length * width];
        for (int r = 0; r < matrix.length; r++) {
            System.arraycopy(matrix[r], 0, flat, r * width, width);
        }
        return flat;
    }
}
