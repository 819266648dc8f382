package io.strandwatch.agent.instrumentation.openai;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class AzureEndpointsTest {

  @Test
  void explicitAzurePathModesAreAzureWhateverTheHost() {
    assertTrue(AzureEndpoints.isAzure("LEGACY", URI.create("http://127.0.0.1:8080")));
    assertTrue(AzureEndpoints.isAzure("UNIFIED", URI.create("https://gateway.internal/openai/v1")));
  }

  @Test
  void autoModeAndVersionsWithoutModesGoByTheHost() {
    for (String host : new String[] {"https://contoso.openai.azure.com", "https://x.services.ai.azure.com/openai/v1",
        "https://apim.azure-api.net", "https://X.CognitiveServices.Azure.com"}) {
      assertTrue(AzureEndpoints.isAzure("AUTO", URI.create(host)), host);
      assertTrue(AzureEndpoints.isAzure(null, URI.create(host)), host);
    }
    assertFalse(AzureEndpoints.isAzure("AUTO", URI.create("https://api.openai.com/v1")));
    assertFalse(AzureEndpoints.isAzure(null, URI.create("https://openai.azure.com.example.org")));
    assertFalse(AzureEndpoints.isAzure(null, URI.create("file:/no-host")));
  }
}
