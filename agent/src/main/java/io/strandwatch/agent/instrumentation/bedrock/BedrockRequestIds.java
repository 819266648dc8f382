package io.strandwatch.agent.instrumentation.bedrock;

import io.strandwatch.agent.instrumentation.SdkAccessors;

/** The AWS request id of a response, the only per-response id Converse has. */
final class BedrockRequestIds {

  /** What {@code AwsResponseMetadata.requestId()} says when the header was missing. */
  private static final String SDK_PLACEHOLDER = "UNKNOWN";

  private BedrockRequestIds() {}

  /**
   * The id, or null: the SDK's placeholder for a missing header must not become an id, since ids deduplicate calls
   * and every such response would share it.
   */
  static String of(Object response) {
    String id = SdkAccessors.string(SdkAccessors.get(response, "responseMetadata"), "requestId");
    return id == null || id.isEmpty() || SDK_PLACEHOLDER.equals(id) ? null : id;
  }
}
