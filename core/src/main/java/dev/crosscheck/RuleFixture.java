package dev.crosscheck;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.align.FactKind;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.crosscheck.rule.Divergence;
import dev.crosscheck.rule.Rule;
import dev.crosscheck.rule.RulePack;
import dev.crosscheck.rule.Severity;
import dev.crosscheck.text.Report;
import dev.crosscheck.text.Span;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small reports with the expected findings marked in place, for testing rules. A line
 * {@code === id} starts each report, {@code === id 2019-04-26} one with that publication date (so that
 * "yesterday" or "on Thursday" resolve); {@code <e1>guard</e1>} in one report and {@code <e1>gird</e1>}
 * in another mark the evidence of divergence 1 (same number, same divergence). An opening mark may
 * name the severity once, {@code <e1 conflict>}, and the message once, {@code <e1 msg="Meeting
 * duration: three hours (a) vs nearly five hours (b)">} (after the severity when both are given).
 * {@link #verify(Rule)} runs the whole pipeline with only that rule and fails on a missing finding,
 * an unmarked one, one reported twice, a wrong severity or a wrong message, so both silence and
 * findings are tested.
 *
 * <pre>{@code
 * RuleFixture.parse("""
 *     === a
 *     They met for <e1 conflict>three hours</e1> on Tuesday.
 *     === b
 *     They met for <e1>nearly five hours</e1> on Tuesday.
 *     """).verify(new QuantityMismatchRule());
 *
 * RuleFixture.parse("""
 *     === a 2019-04-26
 *     They met <e1 conflict>on Thursday</e1> in the port.
 *     === b 2019-04-26
 *     They met <e1>on Wednesday</e1> in the port.
 *     """).verify(new DateMismatchRule());
 * }</pre>
 *
 * <p>No test framework is needed: failures are {@link AssertionError}s, which every framework reports.
 */
public final class RuleFixture {
  private static final ImmutableList<FactKind<?>> STANDARD_KINDS =
      new dev.crosscheck.rule.standard.StandardRulePack().factKinds();
  private static final Pattern MARK =
      Pattern.compile("<(/?)e(\\d+)(?:\\s+(conflict|variant))?(?:\\s+msg=\"([^\"]*)\")?>");
  /** "id 2019-04-26": an id, white space, a date as the last word. */
  private static final Pattern DATED = Pattern.compile("(\\S.*?)\\s+(\\d{4}-\\d{2}-\\d{2})");

  private final String source;
  private final ImmutableList<Report> reports;
  private final ImmutableMap<Integer, Expected> expected;

  private RuleFixture(String source, ImmutableList<Report> reports, ImmutableMap<Integer, Expected> expected) {
    this.source = source;
    this.reports = reports;
    this.expected = expected;
  }

  /** What a marked divergence must look like. */
  private record Expected(Set<Span> evidence, Optional<Severity> severity, Optional<String> message) {}

  /**
   * Parses a fixture.
   *
   * @param fixture the fixture text: {@code === id} lines, each followed by its report with marks
   * @return the fixture, ready to {@link #verify(Rule)} a rule
   * @throws IllegalArgumentException when it has fewer than two reports, text before the first
   *     {@code ===}, a mark that is not closed, two reports with one id, a divergence given two
   *     severities or messages, or a publication date that is no date
   */
  public static RuleFixture parse(String fixture) {
    requireNonNull(fixture, "fixture");
    List<String> ids = new ArrayList<>();
    List<Optional<LocalDate>> dates = new ArrayList<>();
    List<StringBuilder> texts = new ArrayList<>();
    for (String line : fixture.split("\n", -1)) {
      if (line.startsWith("=== ")) {
        String id = line.substring(4).trim();
        Optional<LocalDate> date = Optional.empty();
        Matcher dated = DATED.matcher(id);
        if (dated.matches()) {
          id = dated.group(1);
          try {
            date = Optional.of(LocalDate.parse(dated.group(2)));
          } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("report " + id + ": bad publication date '" + dated.group(2)
                + "' (expected yyyy-MM-dd)", e);
          }
        }
        checkArgument(!id.isEmpty(), "a '===' line without an id");
        checkArgument(!ids.contains(id), "two reports have the id '%s'", id);
        ids.add(id);
        dates.add(date);
        texts.add(new StringBuilder());
      } else if (ids.isEmpty()) {
        checkArgument(line.isBlank(), "text before the first '=== id' line: %s", line);
      } else {
        StringBuilder sb = texts.get(texts.size() - 1);
        if (sb.length() > 0) {
          sb.append('\n');
        }
        sb.append(line);
      }
    }
    checkArgument(!ids.isEmpty(), "no '=== id' line: a fixture needs reports");
    checkArgument(ids.size() >= 2, "one report (%s): a fixture compares two reports at least", ids.get(0));
    ImmutableList.Builder<Report> reports = ImmutableList.builder();
    Map<Integer, Set<Span>> spans = new LinkedHashMap<>();
    Map<Integer, Severity> severities = new HashMap<>();
    Map<Integer, String> messages = new HashMap<>();
    for (int r = 0; r < ids.size(); r++) {
      String id = ids.get(r);
      String marked = texts.get(r).toString().stripTrailing();
      StringBuilder plain = new StringBuilder();
      Map<Integer, Integer> open = new HashMap<>();
      Matcher m = MARK.matcher(marked);
      int last = 0;
      while (m.find()) {
        plain.append(marked, last, m.start());
        last = m.end();
        int n = Integer.parseInt(m.group(2));
        if (m.group(1).isEmpty()) {
          checkArgument(open.putIfAbsent(n, plain.length()) == null, "report %s: <e%s> opened twice", id, n);
          if (m.group(3) != null) {
            Severity s = Severity.valueOf(m.group(3).toUpperCase(Locale.ROOT));
            Severity before = severities.putIfAbsent(n, s);
            checkArgument(before == null || before == s, "e%s has two severities", n);
          }
          if (m.group(4) != null) {
            String before = messages.putIfAbsent(n, m.group(4));
            checkArgument(before == null || before.equals(m.group(4)), "e%s has two messages", n);
          }
        } else {
          Integer start = open.remove(n);
          checkArgument(start != null, "report %s: </e%s> without <e%s>", id, n, n);
          checkArgument(plain.length() > start, "report %s: <e%s> marks nothing", id, n);
          spans.computeIfAbsent(n, k -> new HashSet<>()).add(new Span(id, start, plain.length()));
        }
      }
      checkArgument(open.isEmpty(), "report %s: marks %s are not closed", id, open.keySet());
      plain.append(marked.substring(last));
      reports.add(new Report(id, plain.toString(), dates.get(r)));
    }
    ImmutableMap.Builder<Integer, Expected> expected = ImmutableMap.builder();
    spans.forEach((n, s) -> expected.put(n, new Expected(ImmutableSet.copyOf(s),
        Optional.ofNullable(severities.get(n)), Optional.ofNullable(messages.get(n)))));
    return new RuleFixture(fixture, reports.build(), expected.build());
  }

  /**
   * The reports, marks removed.
   *
   * @return one report per {@code ===} line, in fixture order, with its publication date if given
   */
  public ImmutableList<Report> reports() {
    return reports;
  }

  /**
   * How many divergences are marked.
   *
   * @return the number of distinct mark numbers
   */
  public int expectedCount() {
    return expected.size();
  }

  /**
   * Runs the pipeline with only {@code rule} and checks its findings against the marks: every marked
   * divergence found once, with exactly its evidence (and severity and message, when marked), nothing
   * else found.
   *
   * @param rule the rule to run, alone
   * @return the check result, for further assertions
   * @throws AssertionError listing every missing, unmarked, repeated, mis-graded or mis-worded finding
   */
  public CheckResult verify(Rule rule) {
    return verify(rule, ImmutableList.of());
  }

  /**
   * Runs the pipeline with only {@code rule}, reading the added kinds of facts it needs, and checks
   * its findings against the marks as {@link #verify(Rule)} does.
   *
   * @param rule the rule to run, alone
   * @param kinds the kinds of facts it reads beside the built-in ones and those the standard pack
   *     adds (names)
   * @return the check result, for further assertions
   * @throws AssertionError listing every missing, unmarked, repeated, mis-graded or mis-worded finding
   */
  public CheckResult verify(Rule rule, List<? extends FactKind<?>> kinds) {
    requireNonNull(rule, "rule");
    ImmutableList<FactKind<?>> added = ImmutableList.<FactKind<?>>builder()
        .addAll(STANDARD_KINDS)
        .addAll(kinds)
        .build();
    RulePack single = new RulePack() {
      @Override
      public ImmutableList<FactKind<?>> factKinds() {
        return added;
      }

      @Override
      public String id() {
        return "fixture";
      }

      @Override
      public ImmutableList<Rule> rules() {
        return ImmutableList.of(rule);
      }
    };
    CheckResult result = Crosscheck.builder().rulePack(single).build().check(reports);
    List<String> problems = new ArrayList<>();
    Set<Integer> matched = new HashSet<>();
    for (Divergence d : result.divergences()) {
      Set<Span> evidence = ImmutableSet.copyOf(d.evidence());
      Integer hit = null;
      for (Map.Entry<Integer, Expected> e : expected.entrySet()) {
        if (e.getValue().evidence().equals(evidence)) {
          hit = e.getKey();
        }
      }
      if (hit == null) {
        problems.add("unmarked finding: " + describe(d));
      } else if (!matched.add(hit)) {
        problems.add("e" + hit + " reported twice: " + describe(d));
      } else {
        Optional<Severity> want = expected.get(hit).severity();
        if (want.isPresent() && want.get() != d.severity()) {
          problems.add("e" + hit + " should be " + want.get().jsonName() + ": " + describe(d));
        }
        Optional<String> message = expected.get(hit).message();
        if (message.isPresent() && !message.get().equals(d.message())) {
          problems.add("e" + hit + " should say '" + message.get() + "': " + describe(d));
        }
      }
    }
    for (Map.Entry<Integer, Expected> e : expected.entrySet()) {
      if (!matched.contains(e.getKey())) {
        problems.add("missing finding e" + e.getKey() + " with evidence " + quote(e.getValue().evidence()));
      }
    }
    if (!problems.isEmpty()) {
      throw new AssertionError("rule " + rule.id() + " on fixture:\n" + source + "\n- "
          + String.join("\n- ", problems));
    }
    return result;
  }

  private String describe(Divergence d) {
    return d.severity().jsonName() + " '" + d.message() + "' with evidence " + quote(d.evidence());
  }

  private String quote(Iterable<Span> spans) {
    List<String> out = new ArrayList<>();
    for (Span s : spans) {
      String text = reports.stream().filter(r -> r.id().equals(s.reportId())).findFirst()
          .map(r -> s.end() <= r.text().length() ? r.text().substring(s.start(), s.end()) : "?").orElse("?");
      out.add(s + " \"" + text + "\"");
    }
    out.sort(null);
    return out.toString();
  }

  /**
   * Verifies every example of the rule.
   *
   * @param rule a rule with at least one example
   * @throws IllegalArgumentException when the rule has no examples or an example does not parse
   * @throws AssertionError when an example's findings differ from its marks
   */
  public static void verifyExamples(Rule rule) {
    verifyExamples(rule, ImmutableList.of());
  }

  /**
   * Verifies every example of a rule over added kinds of facts.
   *
   * @param rule a rule with at least one example
   * @param kinds the kinds of facts it reads beside the built-in ones
   * @throws IllegalArgumentException when the rule has no examples or an example does not parse
   * @throws AssertionError when an example's findings differ from its marks
   */
  public static void verifyExamples(Rule rule, List<? extends FactKind<?>> kinds) {
    checkArgument(!rule.examples().isEmpty(), "rule %s has no examples", rule.id());
    for (String example : rule.examples()) {
      parse(example).verify(rule, kinds);
    }
  }
}
