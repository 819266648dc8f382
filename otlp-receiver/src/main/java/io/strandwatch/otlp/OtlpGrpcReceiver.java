package io.strandwatch.otlp;

import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse;
import io.opentelemetry.proto.collector.logs.v1.LogsServiceGrpc;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
import io.opentelemetry.proto.collector.metrics.v1.MetricsServiceGrpc;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.collector.trace.v1.TraceServiceGrpc;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * OTLP/gRPC: a real grpc-java server (Netty, plaintext HTTP/2) serving the collector's three services with the
 * stubs generated into opentelemetry-proto, so the requests are decoded from the gRPC wire format exactly as a
 * collector does.
 */
public final class OtlpGrpcReceiver extends OtlpReceiver {

  private final Server server;

  private OtlpGrpcReceiver(int port) {
    ServerInterceptor headers = new ServerInterceptor() {
      @Override
      public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata metadata,
          ServerCallHandler<Q, R> next) {
        Map<String, String> values = new HashMap<>();
        for (String key : metadata.keys()) {
          if (!key.endsWith(Metadata.BINARY_HEADER_SUFFIX)) {
            values.put(key, metadata.get(Metadata.Key.of(key, Metadata.ASCII_STRING_MARSHALLER)));
          }
        }
        received.headers(values);
        return next.startCall(call, metadata);
      }
    };
    this.server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", port))
        .addService(ServerInterceptors.intercept(new MetricsServiceGrpc.MetricsServiceImplBase() {
          @Override
          public void export(ExportMetricsServiceRequest request,
              StreamObserver<ExportMetricsServiceResponse> response) {
            received.add(request);
            response.onNext(ExportMetricsServiceResponse.getDefaultInstance());
            response.onCompleted();
          }
        }, headers))
        .addService(ServerInterceptors.intercept(new TraceServiceGrpc.TraceServiceImplBase() {
          @Override
          public void export(ExportTraceServiceRequest request,
              StreamObserver<ExportTraceServiceResponse> response) {
            received.add(request);
            response.onNext(ExportTraceServiceResponse.getDefaultInstance());
            response.onCompleted();
          }
        }, headers))
        .addService(ServerInterceptors.intercept(new LogsServiceGrpc.LogsServiceImplBase() {
          @Override
          public void export(ExportLogsServiceRequest request, StreamObserver<ExportLogsServiceResponse> response) {
            received.add(request);
            response.onNext(ExportLogsServiceResponse.getDefaultInstance());
            response.onCompleted();
          }
        }, headers))
        .build();
  }

  /** On a free port. */
  public static OtlpGrpcReceiver start() throws IOException {
    return start(0);
  }

  /** On {@code port}, e.g. the port of a receiver that was closed, to test that export resumes. */
  public static OtlpGrpcReceiver start(int port) throws IOException {
    OtlpGrpcReceiver receiver = new OtlpGrpcReceiver(port);
    receiver.server.start();
    return receiver;
  }

  @Override
  public String endpoint() {
    return "http://127.0.0.1:" + port();
  }

  @Override
  public String protocol() {
    return "grpc";
  }

  @Override
  public int port() {
    return server.getPort();
  }

  @Override
  public void close() {
    server.shutdownNow();
    try {
      server.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
