package io.strandwatch.agent.instrumentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class ErrorTypesTest {

  /** Like the OpenAI and Anthropic SDKs: the status is on the exception. */
  public static final class StatusException extends RuntimeException {
    private final int status;

    StatusException(int status) {
      super("HTTP " + status);
      this.status = status;
    }

    public int statusCode() {
      return status;
    }
  }

  /** Like azure-core: the exception carries a response, whose class is the HTTP client's own. */
  public static final class ResponseException extends RuntimeException {
    private final HttpResponse response;

    ResponseException(int status) {
      super("HTTP " + status);
      this.response = new ClientResponse(status);
    }

    public HttpResponse getResponse() {
      return response;
    }
  }

  public interface HttpResponse {
    int getStatusCode();
  }

  /** Not public, like the HTTP client classes behind azure-core's {@code HttpResponse}. */
  private static final class ClientResponse implements HttpResponse {
    private final int status;

    ClientResponse(int status) {
      this.status = status;
    }

    @Override
    public int getStatusCode() {
      return status;
    }
  }

  /** A framework's exception with no status of its own, wrapping the SDK's (LangChain4j's RateLimitException). */
  public static final class FrameworkRateLimitException extends RuntimeException {
    FrameworkRateLimitException(Throwable cause) {
      super(cause);
    }
  }

  @Test
  void statusesMapToTheirTypes() {
    assertEquals("rate_limited", ErrorTypes.classify(new StatusException(429)));
    assertEquals("http_5xx", ErrorTypes.classify(new StatusException(500)));
    assertEquals("http_5xx", ErrorTypes.classify(new StatusException(529)), "Anthropic's overloaded");
    assertEquals("http_4xx", ErrorTypes.classify(new StatusException(400)));
    assertEquals("timeout", ErrorTypes.classify(new StatusException(408)));
    assertEquals("timeout", ErrorTypes.classify(new StatusException(504)));
  }

  @Test
  void theStatusOfAResponseTheExceptionCarriesCounts() {
    assertEquals("rate_limited", ErrorTypes.classify(new ResponseException(429)));
    assertEquals("http_5xx", ErrorTypes.classify(new ResponseException(503)));
  }

  @Test
  void theCauseChainIsSearchedAndWrappersAreUnwrapped() {
    assertEquals("rate_limited",
        ErrorTypes.classify(new FrameworkRateLimitException(new ResponseException(429))));
    assertEquals("http_4xx", ErrorTypes.classify(new CompletionException(new StatusException(401))));
    assertEquals("http_5xx",
        ErrorTypes.classify(new ExecutionException(new CompletionException(new StatusException(502)))));
  }

  @Test
  void timeoutsAndCancellationsWithoutAStatus() {
    assertEquals("timeout", ErrorTypes.classify(new SocketTimeoutException("read timed out")));
    assertEquals("timeout", ErrorTypes.classify(new IOException(new java.util.concurrent.TimeoutException())));
    assertEquals("cancelled", ErrorTypes.classify(new CompletionException(new CancellationException())));
  }

  @Test
  void otherwiseTheOutermostUnwrappedClassNameAndNothingForSuccess() {
    assertEquals("java.lang.IllegalStateException",
        ErrorTypes.classify(new CompletionException(new IllegalStateException("stream cut"))));
    assertEquals(FrameworkRateLimitException.class.getName(),
        ErrorTypes.classify(new FrameworkRateLimitException(new IOException("no status anywhere"))));
    assertNull(ErrorTypes.classify(null));
    assertNull(ErrorTypes.forStatus(200));
  }
}
