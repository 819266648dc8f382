package io.strandwatch.sample;

/** A fixed rotation of questions, so every run does the same work. */
final class Questions {

  private static final String[] QUESTIONS = {
      "How do transformer models handle long contexts?",
      "What limits battery energy density?",
      "Why do some bridges resonate in the wind?",
      "How is sea level rise measured?",
  };

  private Questions() {}

  static String next(int i) {
    return QUESTIONS[i % QUESTIONS.length];
  }
}
