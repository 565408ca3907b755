package dev.crosscheck.examples;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.fact.DocumentFacts;
import dev.crosscheck.rule.Divergence;
import dev.crosscheck.rule.Reading;
import dev.crosscheck.rule.Rule;
import dev.crosscheck.rule.RuleContext;
import dev.crosscheck.rule.RulePack;
import dev.crosscheck.rule.Severity;
import dev.crosscheck.text.Span;

/**
 * Two rules whose findings are known in advance, so that the command line's output can be tested
 * without depending on the real extractors and rules:
 *
 * <ul>
 *   <li>{@code length-differs} (conflict): every pair of non-empty reports whose texts differ in
 *       length, with each report's last word as evidence;
 *   <li>{@code first-word-differs} (variant): every pair of non-empty reports whose first words
 *       differ, with those words as evidence.
 * </ul>
 */
final class TestRulePack implements RulePack {
  @Override
  public String id() {
    return "test";
  }

  @Override
  public ImmutableList<Rule> rules() {
    return ImmutableList.of(new LengthRule(), new FirstWordRule());
  }

  /** The first run of letters or digits, or null. */
  static Span firstWord(String id, String text) {
    int start = 0;
    while (start < text.length() && !Character.isLetterOrDigit(text.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
      end++;
    }
    return end > start ? new Span(id, start, end) : null;
  }

  /** The last run of letters or digits, or null. */
  static Span lastWord(String id, String text) {
    int end = text.length();
    while (end > 0 && !Character.isLetterOrDigit(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
      start--;
    }
    return end > start ? new Span(id, start, end) : null;
  }

  private abstract static class PairRule implements Rule {
    @Override
    public ImmutableList<String> examples() {
      return ImmutableList.of();
    }

    abstract Span evidence(String id, String text);

    abstract boolean differ(String a, String b, Span sa, Span sb);

    abstract String label(String text, Span span);

    @Override
    public ImmutableList<Divergence> check(RuleContext context) {
      ImmutableList.Builder<Divergence> found = ImmutableList.builder();
      ImmutableList<DocumentFacts> docs = context.documents();
      for (int i = 0; i < docs.size(); i++) {
        for (int j = i + 1; j < docs.size(); j++) {
          String a = docs.get(i).document().text();
          String b = docs.get(j).document().text();
          Span sa = evidence(docs.get(i).id(), a);
          Span sb = evidence(docs.get(j).id(), b);
          if (sa != null && sb != null && differ(a, b, sa, sb)) {
            found.add(new Divergence(id(), kind(), defaultSeverity(),
                docs.get(i).id() + " and " + docs.get(j).id() + " differ",
                ImmutableList.of(
                    new Reading(label(a, sa), ImmutableList.of(sa)),
                    new Reading(label(b, sb), ImmutableList.of(sb)))));
          }
        }
      }
      return found.build();
    }
  }

  private static final class LengthRule extends PairRule {
    @Override
    public String id() {
      return "length-differs";
    }

    @Override
    public String description() {
      return "Flags reports of different lengths.";
    }

    @Override
    public String kind() {
      return "length";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.CONFLICT;
    }

    @Override
    Span evidence(String id, String text) {
      return lastWord(id, text);
    }

    @Override
    boolean differ(String a, String b, Span sa, Span sb) {
      return a.length() != b.length();
    }

    @Override
    String label(String text, Span span) {
      return text.length() + " chars";
    }
  }

  private static final class FirstWordRule extends PairRule {
    @Override
    public String id() {
      return "first-word-differs";
    }

    @Override
    public String description() {
      return "Flags reports that open with different words.";
    }

    @Override
    public String kind() {
      return "name";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.VARIANT;
    }

    @Override
    Span evidence(String id, String text) {
      return firstWord(id, text);
    }

    @Override
    boolean differ(String a, String b, Span sa, Span sb) {
      return !sa.text(a).equals(sb.text(b));
    }

    @Override
    String label(String text, Span span) {
      return span.text(text);
    }
  }
}
