package io.strandwatch.agent.config;

/**
 * "Did you mean" hints for misspelt configuration keys and rule ids: the known name closest by edit distance, or
 * the one name a typed key is the start of ({@code limit} for {@code limit_usd}), since leaving off a unit suffix
 * is the usual slip.
 */
public final class KeySuggestions {

  private KeySuggestions() {}

  /** The candidate closest to {@code name}, or null when none is close. */
  public static String closest(String name, Iterable<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String prefixOf = null;
    int prefixMatches = 0;
    for (String c : candidates) {
      if (name.length() >= 3 && c.startsWith(name)) {
        prefixOf = c;
        prefixMatches++;
      }
      int d = editDistance(name, c);
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    if (bestDistance <= Math.max(2, name.length() / 3)) {
      return best;
    }
    return prefixMatches == 1 ? prefixOf : null;
  }

  private static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
