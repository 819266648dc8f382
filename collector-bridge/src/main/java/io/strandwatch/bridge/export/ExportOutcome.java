package io.strandwatch.bridge.export;

import io.opentelemetry.sdk.common.CompletableResultCode;
import java.util.function.Supplier;

/**
 * Runs one export and reports a failure to the {@link ExportFailureLog}. The result handed back to the SDK
 * always succeeds: the failure is already reported, and a failed result would make the SDK's readers and
 * processors log it again, once per export, through java.util.logging.
 */
final class ExportOutcome {

  private ExportOutcome() {}

  static CompletableResultCode reported(Supplier<CompletableResultCode> export, ExportFailureLog failures,
      String signal, String target, int items) {
    CompletableResultCode exported;
    try {
      exported = export.get();
    } catch (RuntimeException e) {
      failures.failed(signal, target, items, e);
      return CompletableResultCode.ofSuccess();
    }
    CompletableResultCode reported = new CompletableResultCode();
    exported.whenComplete(() -> {
      if (!exported.isSuccess()) {
        failures.failed(signal, target, items, exported.getFailureThrowable());
      }
      reported.succeed();
    });
    return reported;
  }
}
