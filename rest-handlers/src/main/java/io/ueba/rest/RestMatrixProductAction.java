package io.ueba.rest;

import io.ueba.action.MatrixProductAction;
import io.ueba.action.MatrixProductRequest;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.rest.BaseRestHandler;
import org.opensearch.rest.RestRequest;
import org.opensearch.rest.action.RestToXContentListener;
import org.opensearch.transport.client.node.NodeClient;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /_plugins/_ueba/_diagnostics/matmul} with {@code {"left": [[...]], "right": [[...]]}}: the node's
 * engine multiplies the two matrices. Proves that tensors run inside the node, on which device.
 */
public class RestMatrixProductAction extends BaseRestHandler {

    static final String LEFT = "left";
    static final String RIGHT = "right";

    @Override
    public String getName() {
        return "ueba_diagnostics_matmul";
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(RestRequest.Method.POST, UebaRestPaths.DIAGNOSTICS + "/matmul"));
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) throws IOException {
        if (!request.hasContent()) {
            throw new IllegalArgumentException("request body is required: {\"left\": [[...]], \"right\": [[...]]}");
        }
        Map<String, Object> body;
        try (XContentParser parser = request.contentParser()) {
            body = parser.map();
        }
        for (String field : body.keySet()) {
            if (!LEFT.equals(field) && !RIGHT.equals(field)) {
                throw new IllegalArgumentException("unknown field [" + field + "]; expected [left] and [right]");
            }
        }
        MatrixProductRequest matmul = new MatrixProductRequest(matrix(body, LEFT), matrix(body, RIGHT));
        return channel -> client.execute(MatrixProductAction.INSTANCE, matmul, new RestToXContentListener<>(channel));
    }

    static float[][] matrix(Map<String, Object> body, String field) {
        if (!(body.get(field) instanceof List<?> rows) || rows.isEmpty()) {
            throw new IllegalArgumentException("[" + field + "] is required and must be a non-empty array of arrays of numbers");
        }
        float[][] matrix = new float[rows.size()][];
        for (int r = 0; r < matrix.length; r++) {
            if (!(rows.get(r) instanceof List<?> row)) {
                throw new IllegalArgumentException("[" + field + "][" + r + "] must be an array of numbers");
            }
            matrix[r] = new float[row.size()];
            for (int c = 0; c < matrix[r].length; c++) {
                if (!(row.get(c) instanceof Number number)) {
                    throw new IllegalArgumentException("[" + field + "][" + r + "][" + c + "] must be a number, got [" + row.get(c) + "]");
                }
                matrix[r][c] = number.floatValue();
            }
        }
        return matrix;
    }
}
