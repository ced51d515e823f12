package io.ueba.action;

import io.ueba.ml.graph.GraphFilter;
import io.ueba.ml.graph.GraphOrder;
import io.ueba.ml.login.LoginAttributes;
import io.ueba.ml.login.LoginSourceReader;
import org.opensearch.action.ActionRequest;
import org.opensearch.action.ActionRequestValidationException;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * Which logins the graph is drawn from and how much of it comes back: the logins of {@code index} with
 * {@code @timestamp} in [from, to), scoring at least {@code minScore} when it is above 0, on edges that touch
 * {@code entity} and are of {@code relation} when those are given; at most {@code maxEdges} edges, the first in
 * {@code order}. With {@code relationField}, an edge's relation ends with that field's value, as an RGCN's
 * {@code relation_field} makes it ({@code ssh/network/ssh-2.0-openssh_9.6}).
 */
public class GraphRequest extends ActionRequest {

    public static final String DEFAULT_FROM = "now-24h";
    public static final String DEFAULT_TO = "now";
    public static final int DEFAULT_MAX_EDGES = 500;
    public static final int MAX_EDGES = 5000;
    public static final GraphOrder DEFAULT_ORDER = GraphOrder.SCORE;

    private final String index;
    private final String entity;
    private final Instant from;
    private final Instant to;
    private final double minScore;
    private final String relation;
    private final String relationField;
    private final int maxEdges;
    private final GraphOrder order;

    /**
     * @param entity        null for every entity
     * @param relation      null for every relation
     * @param relationField a document field whose value ends each edge's relation, or null for none
     */
    public GraphRequest(String index, String entity, Instant from, Instant to, double minScore, String relation, String relationField,
        int maxEdges, GraphOrder order) {
        this.index = index;
        this.entity = entity;
        this.from = from;
        this.to = to;
        this.minScore = minScore;
        this.relation = relation;
        this.relationField = relationField;
        this.maxEdges = maxEdges;
        this.order = order;
    }

    public GraphRequest(StreamInput in) throws IOException {
        super(in);
        this.index = in.readString();
        this.entity = in.readOptionalString();
        this.from = in.readInstant();
        this.to = in.readInstant();
        this.minScore = in.readDouble();
        this.relation = in.readOptionalString();
        this.relationField = in.readOptionalString();
        this.maxEdges = in.readVInt();
        this.order = in.readEnum(GraphOrder.class);
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        super.writeTo(out);
        out.writeString(index);
        out.writeOptionalString(entity);
        out.writeInstant(from);
        out.writeInstant(to);
        out.writeDouble(minScore);
        out.writeOptionalString(relation);
        out.writeOptionalString(relationField);
        out.writeVInt(maxEdges);
        out.writeEnum(order);
    }

    public String index() {
        return index;
    }

    /** @return null for every entity */
    public String entity() {
        return entity;
    }

    public Instant from() {
        return from;
    }

    public Instant to() {
        return to;
    }

    /** 0 for every login, scored or not; above 0, only the logins scored at least that. */
    public double minScore() {
        return minScore;
    }

    /** @return null for every relation */
    public String relation() {
        return relation;
    }

    /** @return null when the relations are auth package / logon type alone */
    public String relationField() {
        return relationField;
    }

    public int maxEdges() {
        return maxEdges;
    }

    public GraphOrder order() {
        return order;
    }

    /** The edges the graph keeps, as the models name entities and relations. */
    public GraphFilter filter() {
        return new GraphFilter(entity, relation);
    }

    @Override
    public ActionRequestValidationException validate() {
        ActionRequestValidationException errors = new ActionRequestValidationException();
        indexProblem().ifPresent(errors::addValidationError);
        if (entity != null && entity.isBlank()) {
            errors.addValidationError("[entity] must not be blank");
        } else if (entity != null && entity.length() > LoginSourceReader.MAX_VALUE_LENGTH) {
            errors.addValidationError("[entity] must be at most " + LoginSourceReader.MAX_VALUE_LENGTH + " characters, got " + entity.length());
        }
        if (relation != null) {
            try {
                GraphFilter.relation(relation);
            } catch (IllegalArgumentException e) {
                errors.addValidationError(e.getMessage());
            }
        }
        if (relationField != null && LoginAttributes.isPath(relationField) == false) {
            errors.addValidationError("[relation_field] " + LoginAttributes.PATH_RULE + ", got [" + relationField + "]");
        }
        if (from == null || to == null || from.isBefore(to) == false) {
            errors.addValidationError("[from] must be before [to], got [" + from + "] and [" + to + "]");
        }
        if (Double.isFinite(minScore) == false || minScore < 0) {
            errors.addValidationError("[min_score] must be a number of at least 0, got [" + minScore + "]");
        }
        if (maxEdges < 1 || maxEdges > MAX_EDGES) {
            errors.addValidationError("[max_edges] must be between 1 and " + MAX_EDGES + ", got [" + maxEdges + "]");
        }
        if (order == null) {
            errors.addValidationError("[order] must be score or count");
        }
        return errors.validationErrors().isEmpty() ? null : errors;
    }

    /**
     * The indices must be named, and none of them one of the cluster's own: a name starting with {@code .} is a system
     * or hidden index (the model store among them), never a login index. A part that takes indices out ({@code -name})
     * may name anything.
     */
    private Optional<String> indexProblem() {
        if (index == null || index.isBlank()) {
            return Optional.of("[index] is required: the login indices to draw the graph from, like logins-*");
        }
        for (String part : index.split(",", -1)) {
            if (part.isBlank() || part.equals("-")) {
                return Optional.of("[index] [" + index + "] has an empty part");
            }
            if (part.trim().startsWith(".")) {
                return Optional.of("[index] [" + part + "] must not name a system or hidden index (a name starting with '.')");
            }
        }
        return Optional.empty();
    }
}
