package io.ueba.action;

import org.opensearch.action.ActionRequest;
import org.opensearch.action.ActionRequestValidationException;
import org.opensearch.core.common.io.stream.StreamInput;

import java.io.IOException;

/** Asks for {@link UebaInfoResponse}; it has no parameters. */
public class UebaInfoRequest extends ActionRequest {

    public UebaInfoRequest() {}

    public UebaInfoRequest(StreamInput in) throws IOException {
        super(in);
    }

    @Override
    public ActionRequestValidationException validate() {
        return null;
    }
}
