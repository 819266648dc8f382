package io.strandwatch.simulator;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Google Gen AI (Gemini API): {@code POST /v1beta/models/{model}:generateContent} and
 * {@code :streamGenerateContent?alt=sse} ({@code /v1/} too); Vertex AI's
 * {@code /v1beta1/projects/{project}/locations/{location}/publishers/google/models/{model}:...} carries the same
 * bodies.
 *
 * <p>Usage on the wire: {@code promptTokenCount} includes {@code cachedContentTokenCount};
 * {@code candidatesTokenCount} EXCLUDES {@code thoughtsTokenCount}; {@code totalTokenCount} is everything.
 * Gemini has no cache-write count. Every stream chunk carries {@code usageMetadata}, the early ones with the
 * prompt count only, as the real API does: the last chunk's is the answer's, a sum over chunks is wrong.
 * A tool-call behavior answers with a {@code functionCall} part, which makes the SDK's automatic function
 * calling invoke the function and call again.
 */
final class GeminiProtocol implements Protocol {

    private static final String VERTEX_MODELS = "/publishers/google/models/";

    @Override
    public boolean handles(String rawPath) {
        return rawPath.startsWith("/v1beta/models/") || rawPath.startsWith("/v1/models/") || isVertex(rawPath);
    }

    private static boolean isVertex(String rawPath) {
        return (rawPath.startsWith("/v1beta1/projects/") || rawPath.startsWith("/v1/projects/"))
                && rawPath.contains("/locations/") && rawPath.contains(VERTEX_MODELS);
    }

    @Override
    public void handle(Incoming in, Calls calls) throws IOException {
        String path = in.rawPath();
        String resource = path.substring(path.indexOf("/models/") + "/models/".length());
        int colon = resource.lastIndexOf(':');
        String method = colon < 0 ? "" : resource.substring(colon + 1);
        boolean streaming = method.equals("streamGenerateContent");
        if (!"POST".equals(in.method()) || colon <= 0 || !(streaming || method.equals("generateContent"))) {
            sendStatus(in, 404, "NOT_FOUND", "Method not found: " + in.method() + " " + path);
            return;
        }
        in.json();
        SimulatedCall call = calls.begin(in, isVertex(path) ? Provider.VERTEX_AI : Provider.GEMINI,
                Incoming.decode(resource.substring(0, colon)), streaming);
        if (call.behavior().isError()) {
            sendError(call);
        } else if (streaming) {
            stream(call);
        } else {
            call.sendJson(200, response(call, List.of(wholePart(call)), true, fullUsage(call.behavior().usage())));
        }
    }

    private static void stream(SimulatedCall call) throws IOException {
        Behavior b = call.behavior();
        call.responseId("");
        SseWriter sse = new SseWriter(call.openStream(SseWriter.CONTENT_TYPE));
        if (b.toolCall() != null) {
            // The real API sends a function call whole, in one chunk.
            sse.data(response(call, List.of(wholePart(call)), true, fullUsage(b.usage())));
        } else {
            List<String> pieces = TextChunks.split(b.text(), b.streamChunks());
            for (int i = 0; i < pieces.size(); i++) {
                boolean last = i == pieces.size() - 1;
                sse.data(response(call, List.of(Json.object("text", pieces.get(i))), last,
                        last ? fullUsage(b.usage()) : promptOnlyUsage(b.usage())));
            }
        }
        sse.close();
    }

    private static Map<String, Object> wholePart(SimulatedCall call) {
        Behavior b = call.behavior();
        if (b.toolCall() != null) {
            return Json.object("functionCall", Json.object("name", b.toolCall().name(),
                    "args", b.toolCall().arguments()));
        }
        return Json.object("text", b.text());
    }

    private static Map<String, Object> response(SimulatedCall call, List<Object> parts, boolean finished,
                                                Map<String, Object> usage) {
        Map<String, Object> candidate = Json.object("content", Json.object("parts", parts, "role", "model"));
        if (finished) {
            candidate.put("finishReason", "STOP");
        }
        candidate.put("index", 0);
        Map<String, Object> response = Json.object("candidates", Json.array(candidate));
        if (usage != null) {
            response.put("usageMetadata", usage);
        }
        response.put("modelVersion", call.responseModel());
        response.put("responseId", call.responseId(""));
        return response;
    }

    private static Map<String, Object> fullUsage(TokenUsage u) {
        if (!u.isPresent()) {
            return null;
        }
        Map<String, Object> usage = Json.object();
        putIfNotNull(usage, "promptTokenCount", u.input());
        putIfNotNull(usage, "candidatesTokenCount", u.outputExcludingReasoning());
        putIfNotNull(usage, "cachedContentTokenCount", u.cacheRead());
        putIfNotNull(usage, "thoughtsTokenCount", u.reasoning());
        putIfNotNull(usage, "totalTokenCount", u.total());
        if (u.input() != null) {
            usage.put("promptTokensDetails", Json.array(Json.object("modality", "TEXT", "tokenCount", u.input())));
        }
        return usage;
    }

    private static Map<String, Object> promptOnlyUsage(TokenUsage u) {
        if (!u.isPresent() || u.input() == null) {
            return null;
        }
        return Json.object("promptTokenCount", u.input(), "totalTokenCount", u.input());
    }

    private static void sendError(SimulatedCall call) throws IOException {
        int status = call.behavior().status();
        String grpcStatus;
        String message;
        switch (status) {
            case 400:
                grpcStatus = "INVALID_ARGUMENT";
                message = "Request contains an invalid argument (simulated).";
                break;
            case 401:
                grpcStatus = "UNAUTHENTICATED";
                message = "API key not valid (simulated).";
                break;
            case 403:
                grpcStatus = "PERMISSION_DENIED";
                message = "The caller does not have permission (simulated).";
                break;
            case 404:
                grpcStatus = "NOT_FOUND";
                message = "Model is not found (simulated).";
                break;
            case 429:
                grpcStatus = "RESOURCE_EXHAUSTED";
                message = "Resource has been exhausted (e.g. check quota) (simulated).";
                break;
            case 503:
                grpcStatus = "UNAVAILABLE";
                message = "The model is overloaded. Please try again later (simulated).";
                break;
            case 504:
                grpcStatus = "DEADLINE_EXCEEDED";
                message = "Deadline exceeded (simulated).";
                break;
            default:
                grpcStatus = status >= 500 ? "INTERNAL" : "FAILED_PRECONDITION";
                message = "An internal error has occurred (simulated).";
        }
        if (call.behavior().errorMessage() != null) {
            message = call.behavior().errorMessage();
        }
        call.addRetryAfter();
        call.sendJson(status, errorBody(status, grpcStatus, message));
    }

    private static void sendStatus(Incoming in, int status, String grpcStatus, String message) throws IOException {
        in.reject(status, errorBody(status, grpcStatus, message));
    }

    private static Map<String, Object> errorBody(int status, String grpcStatus, String message) {
        return Json.object("error", Json.object("code", status, "message", message, "status", grpcStatus));
    }

    private static void putIfNotNull(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
