package io.strandwatch.agent.report.html;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Renders a local HTML file in headless Debian Chromium and reports what the page did, through the DevTools
 * protocol over the JDK's own WebSocket client (no test dependency). The browser runs with a fresh profile,
 * with background networking off and every host name unresolvable, and the DevTools endpoint listens on
 * 127.0.0.1 only. Also a command line for documentation screenshots:
 * {@code java -cp agent/target/test-classes io.strandwatch.agent.report.html.HeadlessChromium in.html out.png}.
 */
final class HeadlessChromium implements AutoCloseable {

  static final Path BINARY = Paths.get("/usr/bin/chromium");
  private static final long TIMEOUT_SECONDS = 60;

  private final Process process;
  /** The temporary directory with the profile and the browser's log; deleted on close. */
  private final Path root;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Messages messages;

  /** What a page did while it loaded, and its screenshot. */
  static final class Rendering {
    final byte[] png;
    /** Runtime.exceptionThrown, error-level Log entries and console errors, as the raw protocol messages. */
    final List<String> errors;
    /** Every URL the page requested (the document included). */
    final List<String> requests;

    Rendering(byte[] png, List<String> errors, List<String> requests) {
      this.png = png;
      this.errors = errors;
      this.requests = requests;
    }
  }

  static boolean available() {
    return Files.isExecutable(BINARY);
  }

  private HeadlessChromium(Process process, Path root, WebSocket socket, Messages messages) {
    this.process = process;
    this.root = root;
    this.socket = socket;
    this.messages = messages;
  }

  /** Starts the browser on about:blank and connects to its page. */
  static HeadlessChromium start() throws IOException, InterruptedException {
    Path root = Files.createTempDirectory("strandwatch-chromium");
    Path profile = Files.createDirectory(root.resolve("profile"));
    List<String> cmd = List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps",
        "--disable-domain-reliability", "--disable-client-side-phishing-detection", "--metrics-recording-only",
        "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
        // Names resolve nowhere and anything that still tries HTTP goes to a closed local port.
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
        "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
        "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
        "--user-data-dir=" + profile, "--hide-scrollbars", "--window-size=1280,900", "about:blank");
    Process process = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(root.resolve("chromium.log").toFile()).start();
    try {
      int port = awaitPort(profile.resolve("DevToolsActivePort"), process);
      String wsUrl = pageSocketUrl(port);
      Messages messages = new Messages();
      WebSocket ws = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build().newWebSocketBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .buildAsync(URI.create(wsUrl), messages).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      return new HeadlessChromium(process, root, ws, messages);
    } catch (Exception e) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      String log = Files.isRegularFile(root.resolve("chromium.log"))
          ? Files.readString(root.resolve("chromium.log")) : "";
      deleteTree(root);
      throw new IOException("could not start or connect to " + BINARY + ": " + e + "\n" + log, e);
    }
  }

  private static int awaitPort(Path file, Process process) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    while (System.nanoTime() < deadline) {
      if (Files.isRegularFile(file)) {
        List<String> lines = Files.readAllLines(file);
        if (!lines.isEmpty() && !lines.get(0).isEmpty()) {
          return Integer.parseInt(lines.get(0).trim());
        }
      }
      if (!process.isAlive()) {
        throw new IOException("chromium exited with " + process.exitValue());
      }
      Thread.sleep(50);
    }
    throw new IOException("chromium did not open its DevTools port in " + TIMEOUT_SECONDS + " s");
  }

  private static String pageSocketUrl(int port) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
    HttpRequest list = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
        .timeout(Duration.ofSeconds(10)).build();
    String body = http.send(list, HttpResponse.BodyHandlers.ofString()).body();
    Matcher m = Pattern.compile("\"type\"\\s*:\\s*\"page\"[^}]*?\"webSocketDebuggerUrl\"\\s*:\\s*\"([^\"]+)\"")
        .matcher(body);
    if (!m.find()) {
      throw new IOException("no page target in " + body);
    }
    return m.group(1);
  }

  /** Loads {@code html}, waits for its load event and takes a full-page screenshot {@code width} wide. */
  Rendering render(Path html, int width, int maxHeight) throws Exception {
    call("Runtime.enable", "{}");
    call("Log.enable", "{}");
    call("Network.enable", "{}");
    call("Page.enable", "{}");
    call("Emulation.setDeviceMetricsOverride",
        "{\"width\":" + width + ",\"height\":900,\"deviceScaleFactor\":1,\"mobile\":false}");
    String url = html.toAbsolutePath().toUri().toString();
    call("Page.navigate", "{\"url\":\"" + jsonString(url) + "\"}");
    awaitEvent("Page.loadEventFired");
    String metrics = call("Page.getLayoutMetrics", "{}");
    Matcher h = Pattern.compile("\"cssContentSize\":\\{[^}]*\"height\":([0-9.]+)").matcher(metrics);
    int height = h.find() ? (int) Math.ceil(Double.parseDouble(h.group(1))) : 900;
    height = Math.min(Math.max(height, 100), maxHeight);
    call("Emulation.setDeviceMetricsOverride",
        "{\"width\":" + width + ",\"height\":" + height + ",\"deviceScaleFactor\":1,\"mobile\":false}");
    String shot = call("Page.captureScreenshot", "{\"format\":\"png\",\"captureBeyondViewport\":false}");
    Matcher data = Pattern.compile("\"data\":\"([^\"]+)\"").matcher(shot);
    byte[] png = data.find() ? Base64.getDecoder().decode(data.group(1)) : new byte[0];
    List<String> errors = new ArrayList<>();
    List<String> requests = new ArrayList<>();
    Pattern requestUrl = Pattern.compile("\"request\":\\{\"url\":\"([^\"]*)\"");
    for (String e : messages.events) {
      String method = method(e);
      if ("Runtime.exceptionThrown".equals(method)
          || ("Log.entryAdded".equals(method) && e.contains("\"level\":\"error\""))
          || ("Runtime.consoleAPICalled".equals(method) && e.contains("\"type\":\"error\""))) {
        errors.add(e);
      } else if ("Network.requestWillBeSent".equals(method)) {
        Matcher u = requestUrl.matcher(e);
        requests.add(u.find() ? u.group(1) : e);
      }
    }
    return new Rendering(png, errors, requests);
  }

  /** Evaluates {@code expression} in the page (DevTools, not page script: the page's policy does not apply). */
  String evaluate(String expression) throws Exception {
    String r = call("Runtime.evaluate", "{\"expression\":\"" + jsonString(expression) + "\",\"returnByValue\":true}");
    Matcher m = Pattern.compile("\"value\":(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}]+)").matcher(r);
    return m.find() ? m.group(1) : r;
  }

  private String call(String method, String params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<String> reply = new CompletableFuture<>();
    messages.pending.put(id, reply);
    socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true)
        .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    String r = reply.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (r.contains("\"error\":{")) {
      throw new IOException(method + " failed: " + r);
    }
    return r;
  }

  private void awaitEvent(String method) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    while (System.nanoTime() < deadline) {
      for (String e : messages.events) {
        if (method.equals(method(e))) {
          return;
        }
      }
      Thread.sleep(20);
    }
    throw new IOException("no " + method + " in " + TIMEOUT_SECONDS + " s");
  }

  private static String method(String message) {
    Matcher m = Pattern.compile("^\\{\"method\":\"([^\"]+)\"").matcher(message);
    return m.find() ? m.group(1) : null;
  }

  /** Replies go to the caller waiting for their id; everything else is an event, kept in order. */
  private static final class Messages implements WebSocket.Listener {
    final Map<Integer, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
    final List<String> events = new CopyOnWriteArrayList<>();
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        dispatch(partial.toString());
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    private void dispatch(String message) {
      Matcher id = Pattern.compile("^\\{\"id\":(\\d+)").matcher(message);
      if (id.find()) {
        CompletableFuture<String> f = pending.remove(Integer.parseInt(id.group(1)));
        if (f != null) {
          f.complete(message);
        }
      } else {
        events.add(message);
      }
    }
  }

  static String jsonString(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  @Override
  public void close() {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
    } catch (Exception ignored) {
      // the browser is killed below either way
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    deleteTree(root);
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary profile left behind is harmless
    }
  }

  /** {@code HeadlessChromium in.html out.png [width] [maxHeight]}: a screenshot for the documentation. */
  public static void main(String[] args) throws Exception {
    int width = args.length > 2 ? Integer.parseInt(args[2]) : 1280;
    int maxHeight = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
    Rendering r;
    try (HeadlessChromium browser = start()) {
      r = browser.render(Paths.get(args[0]), width, maxHeight);
    }
    Files.write(Paths.get(args[1]), r.png);
    System.out.println("wrote " + args[1] + " (" + r.png.length + " bytes); script errors: " + r.errors.size()
        + "; requests: " + r.requests);
    if (!r.errors.isEmpty()) {
      System.out.println(String.join("\n", r.errors));
      System.exit(1); // after close: the browser must not outlive this command
    }
  }
}
