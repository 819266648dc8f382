package io.strandwatch.agent.instrumentation.bedrock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strandwatch.agent.instrumentation.RecordingCall;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventStreamHandlerWrapperTest {

  /** The shape of an SDK event-stream response handler. */
  public interface Handler {
    void responseReceived(Object response);

    void onEventStream(Object publisher);

    void exceptionOccurred(Throwable error);

    void complete();
  }

  /** The application's handler, a non-public implementation as the SDK's builders make. */
  static final class AppHandler implements Handler {
    final List<Object> seen = new ArrayList<>();

    @Override
    public void responseReceived(Object response) {
      seen.add(response);
    }

    @Override
    public void onEventStream(Object publisher) {
      seen.add(publisher);
    }

    @Override
    public void exceptionOccurred(Throwable error) {
      seen.add(error);
    }

    @Override
    public void complete() {
      throw new IllegalStateException("the application's own failure");
    }
  }

  public static final class RateLimited extends RuntimeException {
    public int statusCode() {
      return 429;
    }
  }

  static {
    BedrockInstrumentation.register();
  }

  private final RecordingCall call = new RecordingCall();
  private final AppHandler app = new AppHandler();
  private final Handler proxy = (Handler) new EventStreamHandlerWrapper(Handler.class.getName(), "unused")
      .wrap(app, call);

  @Test
  void passesEverythingThroughAndEndsTheCallOnAnException() {
    Object response = new SdkShapes.ConverseResponse(null, "req-9");
    proxy.responseReceived(response);
    RateLimited error = new RateLimited();
    proxy.exceptionOccurred(error);
    assertEquals(List.of(response, error), app.seen);
    assertEquals("req-9", call.responseId);
    assertEquals(List.of("rate_limited"), call.ends);
  }

  @Test
  void aPublisherThatIsNoSdkPublisherReachesTheHandlerUntouched() {
    Object publisher = new Object();
    proxy.onEventStream(publisher);
    assertSame(publisher, app.seen.get(0));
  }

  @Test
  void theApplicationsExceptionsPropagateUnwrapped() {
    IllegalStateException e = assertThrows(IllegalStateException.class, proxy::complete);
    assertEquals("the application's own failure", e.getMessage());
  }

  @Test
  void objectMethodsAreThoseOfTheProxy() {
    assertEquals(proxy, proxy);
    assertNotSame(app, proxy);
    assertEquals(System.identityHashCode(proxy), proxy.hashCode());
  }

  @Test
  void noProxyWhenTheHandlerLacksTheInterface() {
    assertEquals(null, new EventStreamHandlerWrapper("no.such.Handler", "unused").wrap(app, call));
  }
}
