package io.ueba.action;

import org.opensearch.core.action.ActionResponse;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.xcontent.ToXContentObject;
import org.opensearch.core.xcontent.XContentBuilder;

import java.io.IOException;

/** The product and where it was computed. */
public class MatrixProductResponse extends ActionResponse implements ToXContentObject {

    private final float[][] product;
    private final String device;
    private final String engineVersion;

    public MatrixProductResponse(float[][] product, String device, String engineVersion) {
        this.product = product;
        this.device = device;
        this.engineVersion = engineVersion;
    }

    public MatrixProductResponse(StreamInput in) throws IOException {
        super(in);
        this.product = MatrixProductRequest.readMatrix(in);
        this.device = in.readString();
        this.engineVersion = in.readString();
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        MatrixProductRequest.writeMatrix(out, product);
        out.writeString(device);
        out.writeString(engineVersion);
    }

    public float[][] product() {
        return product;
    }

    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        builder.startObject().startArray("product");
        for (float[] row : product) {
            builder.value(row);
        }
        return builder.endArray().field("device", device).field("engine_version", engineVersion).endObject();
    }
}
