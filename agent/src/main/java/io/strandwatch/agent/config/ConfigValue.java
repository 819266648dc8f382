package io.strandwatch.agent.config;

/** A raw setting as written, with where it was written (for error messages). */
final class ConfigValue {

  final String text;
  final String where;

  ConfigValue(String text, String where) {
    this.text = text;
    this.where = where;
  }
}
