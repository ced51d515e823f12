package io.ueba.integ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ueba.ml.login.EcsLoginDocument;
import io.ueba.ml.login.LoginEvent;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** Talks JSON over HTTP to the node the build started; its address comes from the {@code ueba.integ.url} property. */
final class NodeClient {

    /** A response: the HTTP status and the parsed body. */
    record Reply(int status, JsonNode body) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    NodeClient() {
        String url = System.getProperty("ueba.integ.url");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("ueba.integ.url is not set: run the integration tests through Maven (mvn verify)");
        }
        this.baseUrl = url;
    }

    Reply get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    Reply post(String path, String json) throws IOException, InterruptedException {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply put(String path, String json) throws IOException, InterruptedException {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply delete(String path) throws IOException, InterruptedException {
        return send(request(path).DELETE());
    }

    /** Installs the login template and pipeline and deletes the index, so a test starts from an empty one. */
    void emptyLoginIndex(String index) throws IOException, InterruptedException {
        Reply setup = post("/_plugins/_ueba/_setup", "");
        if (setup.status() != 200) {
            throw new IllegalStateException("_setup answered " + setup.status() + ": " + setup.body());
        }
        delete("/" + index);
    }

    /** Indexes the logins through the index's default pipeline, refreshed, and fails on any refused document. */
    void indexLogins(String index, List<LoginEvent> logins) throws IOException, InterruptedException {
        StringBuilder bulk = new StringBuilder();
        for (LoginEvent login : logins) {
            bulk.append("{\"index\": {}}\n").append(JSON.writeValueAsString(EcsLoginDocument.toDocument(login))).append('\n');
        }
        Reply reply = post("/" + index + "/_bulk?refresh=true", bulk.toString());
        if (reply.status() != 200 || reply.body().get("errors").asBoolean()) {
            throw new IllegalStateException("_bulk answered " + reply.status() + ": " + reply.body());
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json");
    }

    private Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        return new Reply(response.statusCode(), body.isEmpty() ? JSON.nullNode() : JSON.readTree(body));
    }
}
