package io.strandwatch.it.genai.app;

/** A function the SDK's automatic function calling invokes; public, and bound by parameter name. */
public final class GeminiTools {

  private GeminiTools() {}

  public static String getWeather(String city) {
    return "Sunny in " + city;
  }
}
