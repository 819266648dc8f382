package io.strandwatch.simulator;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A request as received: method, raw path, query, headers and the body, read once. */
final class Incoming {

    private final HttpExchange exchange;
    private final byte[] body;
    private Object parsedBody;
    private boolean parsed;

    Incoming(HttpExchange exchange) throws IOException {
        this.exchange = exchange;
        try (InputStream in = exchange.getRequestBody()) {
            this.body = in.readAllBytes();
        }
    }

    HttpExchange exchange() {
        return exchange;
    }

    String method() {
        return exchange.getRequestMethod();
    }

    /** Undecoded: Bedrock model ids may be URL-encoded ARNs containing an encoded '/'. */
    String rawPath() {
        return exchange.getRequestURI().getRawPath();
    }

    String queryParam(String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (key.equals(name)) {
                return eq < 0 ? "" : decode(pair.substring(eq + 1));
            }
        }
        return null;
    }

    String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    byte[] body() {
        return body;
    }

    /**
     * The body as a JSON object; an empty body is an empty object.
     *
     * @throws IllegalArgumentException when the body is not a JSON object
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> json() {
        if (!parsed) {
            parsedBody = body.length == 0 ? Json.object() : Json.parse(new String(body, StandardCharsets.UTF_8));
            parsed = true;
        }
        if (!(parsedBody instanceof Map)) {
            throw new IllegalArgumentException("request body is not a JSON object");
        }
        return (Map<String, Object>) parsedBody;
    }

    /** Answers a request that never became a simulated call (unknown path, unreadable body); not logged. */
    void reject(int status, Object jsonBody) throws IOException {
        byte[] bytes = Json.write(jsonBody).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    static String decode(String s) {
        // Not URLDecoder's form decoding for paths: '+' is a literal plus in a path segment.
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
