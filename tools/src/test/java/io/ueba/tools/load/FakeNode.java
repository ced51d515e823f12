package io.ueba.tools.load;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * Stands in for an OpenSearch node in unit tests: records every request, and answers each path by the last part of
 * it ({@code _bulk}, {@code _search}, ...) with what the test set, else with {@code {}}. By default {@code _bulk}
 * indexes every document it is sent, with ids {@code doc-1}, {@code doc-2}, ..., and {@code _search} finds nothing.
 */
public final class FakeNode implements AutoCloseable {

    /** @param query the query string, null when there is none */
    public record Request(String method, String path, String query, String body) {}

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, UnaryOperator<String>> answers = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    public FakeNode() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(exchange.getRequestMethod(), path, exchange.getRequestURI().getQuery(), body));
            byte[] reply = answers.getOrDefault(path.substring(path.lastIndexOf('/') + 1), request -> "{}").apply(body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        });
        answer("_bulk", this::indexEverything);
        answer("_search", body -> "{\"_shards\": {\"failed\": 0}, \"hits\": {\"hits\": []}}");
        server.start();
    }

    /** Answers requests whose path ends in {@code /last} with what {@code reply} makes of their body. */
    public FakeNode answer(String last, UnaryOperator<String> reply) {
        answers.put(last, reply);
        return this;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public OpenSearchHttp client() {
        return new OpenSearchHttp(url());
    }

    /** The requests whose path ends in {@code /last}, in the order they came. */
    public List<Request> requests(String last) {
        return requests.stream().filter(request -> request.path().endsWith("/" + last)).toList();
    }

    private String indexEverything(String bulk) {
        StringBuilder items = new StringBuilder();
        long documents = bulk.lines().count() / 2;
        for (long i = 0; i < documents; i++) {
            items.append(i == 0 ? "" : ",").append("{\"index\": {\"_id\": \"doc-").append(ids.incrementAndGet()).append("\", \"status\": 201}}");
        }
        return "{\"errors\": false, \"items\": [" + items + "]}";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
