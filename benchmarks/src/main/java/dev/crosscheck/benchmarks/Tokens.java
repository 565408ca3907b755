package dev.crosscheck.benchmarks;

/** The floor of any analysis: a text split into lower-cased word tokens, each built as a string. */
final class Tokens {
  private Tokens() {}

  static int count(String text) {
    int tokens = 0;
    int hash = 0;
    StringBuilder word = new StringBuilder(32);
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        word.append(Character.toLowerCase(c));
      } else if (word.length() > 0) {
        hash += word.toString().hashCode(); // the token is made, as an analysis would make it
        tokens++;
        word.setLength(0);
      }
    }
    return hash == 42 ? tokens + 1 : tokens;
  }
}
