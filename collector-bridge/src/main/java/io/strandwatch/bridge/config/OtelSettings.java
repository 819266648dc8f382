package io.strandwatch.bridge.config;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The standard OpenTelemetry settings as the spec resolves them: an {@code otel.*} system property wins over the
 * {@code OTEL_*} environment variable of the same name. Both maps are handed in, so tests never depend on the
 * real process environment.
 */
public final class OtelSettings {

  private final Map<String, String> properties;
  private final Map<String, String> environment;

  public OtelSettings(Map<String, String> properties, Map<String, String> environment) {
    this.properties = Map.copyOf(properties);
    this.environment = Map.copyOf(environment);
  }

  /** The value of {@code key} (dotted lower-case form), trimmed; empty when unset or blank. */
  public Optional<String> get(String key) {
    String value = properties.get(key);
    if (value == null || value.isBlank()) {
      value = environment.get(environmentName(key));
    }
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(value.trim());
  }

  public boolean isSet(String key) {
    return get(key).isPresent();
  }

  /** The first key that is set, in order; lets per-signal settings override the general ones. */
  public Optional<String> first(String... keys) {
    for (String key : keys) {
      Optional<String> value = get(key);
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  /** A comma-separated list, lower-cased, without blanks. */
  public List<String> list(String key) {
    List<String> items = new ArrayList<>();
    get(key).ifPresent(value -> {
      for (String item : value.split(",")) {
        if (!item.isBlank()) {
          items.add(item.trim().toLowerCase(Locale.ROOT));
        }
      }
    });
    return items;
  }

  /** {@code k1=v1,k2=v2} with percent-encoded values (the W3C baggage form the spec uses for headers). */
  public Map<String, String> map(String... keys) {
    Optional<String> value = first(keys);
    if (value.isEmpty()) {
      return Collections.emptyMap();
    }
    Map<String, String> entries = new LinkedHashMap<>();
    for (String pair : value.get().split(",")) {
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        continue;
      }
      String name = pair.substring(0, equals).trim();
      String decoded = percentDecode(pair.substring(equals + 1).trim());
      if (!name.isEmpty()) {
        entries.put(name, decoded);
      }
    }
    return entries;
  }

  /** A duration such as {@code 500ms}, {@code 10s}, {@code 1m}; a bare number is milliseconds. */
  public Optional<Duration> duration(String... keys) {
    return first(keys).map(OtelSettings::parseDuration);
  }

  static Duration parseDuration(String text) {
    String value = text.trim().toLowerCase(Locale.ROOT);
    int unitStart = 0;
    while (unitStart < value.length() && Character.isDigit(value.charAt(unitStart))) {
      unitStart++;
    }
    if (unitStart == 0) {
      throw new IllegalArgumentException("not a duration: " + text);
    }
    long amount = Long.parseLong(value.substring(0, unitStart));
    switch (value.substring(unitStart).trim()) {
      case "":
      case "ms":
        return Duration.ofMillis(amount);
      case "s":
        return Duration.ofSeconds(amount);
      case "m":
        return Duration.ofMinutes(amount);
      case "h":
        return Duration.ofHours(amount);
      case "d":
        return Duration.ofDays(amount);
      default:
        throw new IllegalArgumentException("not a duration: " + text);
    }
  }

  static String environmentName(String key) {
    return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  // URLDecoder would turn '+' into a space, which the spec does not ask for.
  static String percentDecode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    byte[] raw = text.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[raw.length];
    int length = 0;
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == '%' && i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
        out[length++] = (byte) (hex(raw[i + 1]) * 16 + hex(raw[i + 2]));
        i += 2;
      } else {
        out[length++] = raw[i];
      }
    }
    return new String(out, 0, length, StandardCharsets.UTF_8);
  }

  private static int hex(byte c) {
    return Character.digit(c, 16);
  }
}
