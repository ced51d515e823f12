package io.ueba.action;

import org.opensearch.action.ActionRequest;
import org.opensearch.action.ActionRequestValidationException;
import org.opensearch.core.common.io.stream.StreamInput;

import java.io.IOException;

/** Asks for the login setup; it has no parameters: names and patterns are the product's own. */
public class LoginSetupRequest extends ActionRequest {

    public LoginSetupRequest() {}

    public LoginSetupRequest(StreamInput in) throws IOException {
        super(in);
    }

    @Override
    public ActionRequestValidationException validate() {
        return null;
    }
}
