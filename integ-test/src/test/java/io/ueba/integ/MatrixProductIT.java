package io.ueba.integ;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatrixProductIT {

    private static final String MATMUL = "/_plugins/_ueba/_diagnostics/matmul";

    private final NodeClient node = new NodeClient();

    @Test
    void multipliesInsideTheNodeWithPyTorch() throws Exception {
        NodeClient.Reply reply = node.post(MATMUL, """
            {"left": [[1, 2, 3], [4, 5, 6]], "right": [[7, 8], [9, 10], [11, 12.5]]}""");
        assertEquals(200, reply.status(), String.valueOf(reply.body()));
        JsonNode product = reply.body().get("product");
        assertEquals(2, product.size());
        assertRow(product.get(0), 58, 65.5);
        assertRow(product.get(1), 139, 157);
        assertEquals("cpu()", reply.body().get("device").asText());
        assertEquals("2.7.1", reply.body().get("engine_version").asText());
    }

    @Test
    void mismatchedShapesAreABadRequestNamingBothMatrices() throws Exception {
        assertBadRequest(node.post(MATMUL, "{\"left\": [[1, 2]], \"right\": [[1, 2]]}"), "left", "right");
    }

    @Test
    void nonNumericCellIsABadRequestNamingTheCell() throws Exception {
        assertBadRequest(node.post(MATMUL, "{\"left\": [[1, \"x\"]], \"right\": [[1], [2]]}"), "[left][0][1]");
    }

    @Test
    void missingMatrixIsABadRequestNamingIt() throws Exception {
        assertBadRequest(node.post(MATMUL, "{\"left\": [[1]]}"), "[right]");
    }

    private static void assertRow(JsonNode row, double... expected) {
        assertEquals(expected.length, row.size(), row.toString());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], row.get(i).asDouble(), 1e-4, row.toString());
        }
    }

    private static void assertBadRequest(NodeClient.Reply reply, String... named) {
        assertEquals(400, reply.status(), String.valueOf(reply.body()));
        String reason = reply.body().get("error").get("reason").asText();
        for (String name : named) {
            assertTrue(reason.contains(name), reason + " does not name " + name);
        }
    }
}
