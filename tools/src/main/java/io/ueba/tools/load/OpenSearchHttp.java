package io.ueba.tools.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** JSON over HTTP to an OpenSearch node, for the command-line tools. Not for the plugin: it runs outside the node. */
public final class OpenSearchHttp {

    /** An answer: the HTTP status and the parsed body (a JSON null when there was none). */
    public record Reply(int status, JsonNode body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    public OpenSearchHttp(URI base) {
        this.base = base;
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply put(String path, String json) {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply post(String path, String json) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    /** Like {@link #get}, but a status other than 2xx is an error carrying the node's answer. */
    public JsonNode getOk(String path) {
        return ok("GET", path, get(path));
    }

    /** Like {@link #post}, but a status other than 2xx is an error carrying the node's answer. */
    public JsonNode postOk(String path, String json) {
        return ok("POST", path, post(path, json));
    }

    private static JsonNode ok(String method, String path, Reply reply) {
        if (reply.ok() == false) {
            throw new IllegalStateException(method + " " + path + " answered " + reply.status() + ": " + reply.body());
        }
        return reply.body();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(2)).header("Content-Type", "application/json");
    }

    private Reply send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Reply(response.statusCode(), body.isEmpty() ? JSON.nullNode() : JSON.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach OpenSearch at " + base + " (" + built.method() + " " + built.uri().getPath() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted talking to " + base, e);
        }
    }
}
