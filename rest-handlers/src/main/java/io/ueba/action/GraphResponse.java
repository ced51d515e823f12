package io.ueba.action;

import io.ueba.ml.graph.GraphEdge;
import io.ueba.ml.graph.GraphNode;
import io.ueba.ml.graph.GraphOrder;
import io.ueba.ml.graph.ScoreStats;
import org.opensearch.core.action.ActionResponse;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.xcontent.ToXContentObject;
import org.opensearch.core.xcontent.XContentBuilder;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The graph as a UI draws it: flat lists of nodes and of edges, an edge naming its ends by the nodes' ids, with the
 * window and indices it was drawn from and whether edges were left out.
 */
public class GraphResponse extends ActionResponse implements ToXContentObject {

    private final long tookMillis;
    private final List<String> indices;
    private final Instant from;
    private final Instant to;
    private final GraphOrder order;
    private final int edgesFound;
    private final boolean complete;
    private final List<GraphNode> nodes;
    private final List<GraphEdge> edges;

    /**
     * @param edgesFound the distinct edges the search found, of which {@code edges} are the first in {@code order}
     * @param complete   false when the search stopped at its bound on the groups of logins it reads: then
     *                   {@code edgesFound} counts only the edges of the groups read, and the order ranks only those
     */
    public GraphResponse(long tookMillis, List<String> indices, Instant from, Instant to, GraphOrder order, int edgesFound, boolean complete,
        List<GraphNode> nodes, List<GraphEdge> edges) {
        this.tookMillis = tookMillis;
        this.indices = List.copyOf(indices);
        this.from = from;
        this.to = to;
        this.order = order;
        this.edgesFound = edgesFound;
        this.complete = complete;
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
    }

    public GraphResponse(StreamInput in) throws IOException {
        this(
            in.readVLong(),
            in.readStringList(),
            in.readInstant(),
            in.readInstant(),
            in.readEnum(GraphOrder.class),
            in.readVInt(),
            in.readBoolean(),
            in.readList(GraphResponse::readNode),
            in.readList(GraphResponse::readEdge)
        );
    }

    public int edgesFound() {
        return edgesFound;
    }

    public boolean complete() {
        return complete;
    }

    public List<GraphNode> nodes() {
        return nodes;
    }

    public List<GraphEdge> edges() {
        return edges;
    }

    /** Whether the answer leaves out edges that matched: more than it may show, or groups the search did not read. */
    public boolean truncated() {
        return complete == false || edgesFound > edges.size();
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        out.writeVLong(tookMillis);
        out.writeStringCollection(indices);
        out.writeInstant(from);
        out.writeInstant(to);
        out.writeEnum(order);
        out.writeVInt(edgesFound);
        out.writeBoolean(complete);
        out.writeCollection(nodes, GraphResponse::writeNode);
        out.writeCollection(edges, GraphResponse::writeEdge);
    }

    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        builder.startObject()
            .field("took_ms", tookMillis)
            .field("indices", indices)
            .field("from", from.toString())
            .field("to", to.toString())
            .field("order", order.jsonName())
            .field("edges_found", edgesFound)
            .field("complete", complete)
            .field("truncated", truncated());
        builder.startArray("nodes");
        for (GraphNode node : nodes) {
            builder.startObject()
                .field("id", node.id())
                .field("kind", node.kind().jsonName())
                .field("logins_in", node.loginsIn())
                .field("logins_out", node.loginsOut())
                .field("suspicious", node.suspicious());
            stats(builder.field("score"), node.score());
            // Where a UI will read the entity's risk, once the plugin scores entities: drawn as unknown until then.
            builder.nullField("risk").endObject();
        }
        builder.endArray().startArray("edges");
        for (GraphEdge edge : edges) {
            builder.startObject()
                .field("source", edge.source())
                .field("relation", edge.relation())
                .field("target", edge.target())
                .field("count", edge.count())
                .field("suspicious", edge.suspicious())
                .field("failed", edge.failed())
                .field("first_seen", edge.firstSeen().toString())
                .field("last_seen", edge.lastSeen().toString());
            stats(builder.field("score"), edge.score());
            builder.startObject("scores");
            for (Map.Entry<String, ScoreStats> kind : edge.scores().entrySet()) {
                stats(builder.field(kind.getKey()), kind.getValue());
            }
            builder.endObject().endObject();
        }
        return builder.endArray().endObject();
    }

    /** {@code {"count", "min", "mean", "max"}} to four decimals, or null when no login carries the score. */
    private static void stats(XContentBuilder builder, ScoreStats stats) throws IOException {
        if (stats.isEmpty()) {
            builder.nullValue();
            return;
        }
        builder.startObject()
            .field("count", stats.count())
            .field("min", fourDecimals(stats.min()))
            .field("mean", fourDecimals(stats.mean()))
            .field("max", fourDecimals(stats.max()))
            .endObject();
    }

    /** Scores are stored as floats: their last digits say nothing. */
    private static double fourDecimals(double value) {
        return Math.round(value * 10_000) / 10_000d;
    }

    private static void writeStats(StreamOutput out, ScoreStats stats) throws IOException {
        out.writeVLong(stats.count());
        out.writeDouble(stats.min());
        out.writeDouble(stats.max());
        out.writeDouble(stats.sum());
    }

    private static ScoreStats readStats(StreamInput in) throws IOException {
        return ScoreStats.of(in.readVLong(), in.readDouble(), in.readDouble(), in.readDouble());
    }

    private static void writeNode(StreamOutput out, GraphNode node) throws IOException {
        out.writeString(node.id());
        out.writeEnum(node.kind());
        out.writeVLong(node.loginsIn());
        out.writeVLong(node.loginsOut());
        out.writeVLong(node.suspicious());
        writeStats(out, node.score());
    }

    private static GraphNode readNode(StreamInput in) throws IOException {
        return new GraphNode(in.readString(), in.readEnum(GraphNode.Kind.class), in.readVLong(), in.readVLong(), in.readVLong(), readStats(in));
    }

    private static void writeEdge(StreamOutput out, GraphEdge edge) throws IOException {
        out.writeString(edge.source());
        out.writeString(edge.relation());
        out.writeString(edge.target());
        out.writeVLong(edge.count());
        out.writeVLong(edge.suspicious());
        out.writeVLong(edge.failed());
        out.writeInstant(edge.firstSeen());
        out.writeInstant(edge.lastSeen());
        writeStats(out, edge.score());
        out.writeMap(edge.scores(), StreamOutput::writeString, GraphResponse::writeStats);
    }

    private static GraphEdge readEdge(StreamInput in) throws IOException {
        return new GraphEdge(in.readString(), in.readString(), in.readString(), in.readVLong(), in.readVLong(), in.readVLong(), in.readInstant(),
            in.readInstant(), readStats(in), in.readMap(StreamInput::readString, GraphResponse::readStats));
    }
}
