package io.ueba.action;

import org.opensearch.action.ActionType;

/** Multiplies two small matrices with the node's deep-learning engine: a diagnostic that tensors run in the node. */
public class MatrixProductAction extends ActionType<MatrixProductResponse> {

    public static final String NAME = "cluster:admin/ueba/diagnostics/matmul";
    public static final MatrixProductAction INSTANCE = new MatrixProductAction();

    private MatrixProductAction() {
        super(NAME, MatrixProductResponse::new);
    }
}
