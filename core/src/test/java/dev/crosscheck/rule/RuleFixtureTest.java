package dev.crosscheck.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.RuleFixture;
import dev.crosscheck.text.Report;
import dev.crosscheck.text.Span;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RuleFixtureTest {

  /** Flags the word "red" in report a against "blue" in report b, wherever they stand. */
  private static class ColourRule implements Rule {
    @Override
    public String id() {
      return "colour";
    }

    @Override
    public String description() {
      return "Test rule.";
    }

    @Override
    public String kind() {
      return "test";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.VARIANT;
    }

    @Override
    public ImmutableList<String> examples() {
      return ImmutableList.of();
    }

    @Override
    public ImmutableList<Divergence> check(RuleContext context) {
      Report a = context.documents().get(0).document().report();
      Report b = context.documents().get(1).document().report();
      int red = a.text().indexOf("red");
      int blue = b.text().indexOf("blue");
      if (red < 0 || blue < 0) {
        return ImmutableList.of();
      }
      return ImmutableList.of(new Divergence(id(), kind(), Severity.VARIANT, "colour",
          ImmutableList.of(new Reading("red", ImmutableList.of(a.span(red, red + 3))),
              new Reading("blue", ImmutableList.of(b.span(blue, blue + 4))))));
    }
  }

  @Test
  void parseStripsMarksAndComputesOffsets() {
    //                         0123456789012345
    RuleFixture f = RuleFixture.parse("""
        === a
        The car is <e1 variant>red</e1>.
        Second line.
        === b
        The car is <e1>blue</e1>.
        """);
    assertThat(f.reports()).extracting(Report::id).containsExactly("a", "b");
    assertThat(f.reports().get(0).text()).isEqualTo("The car is red.\nSecond line.");
    assertThat(f.reports().get(1).text()).isEqualTo("The car is blue.");
    assertThat(f.expectedCount()).isEqualTo(1);
    assertThat(f.verify(new ColourRule()).divergences().get(0).evidence())
        .containsExactly(new Span("a", 11, 14), new Span("b", 11, 15));
  }

  @Test
  void aDateAfterTheIdIsThePublicationDate() {
    RuleFixture f = RuleFixture.parse("""
        === a 2019-04-26
        They met on Thursday.
        === b
        They met on Wednesday.
        """);
    assertThat(f.reports()).extracting(Report::id).containsExactly("a", "b");
    assertThat(f.reports().get(0).date()).contains(LocalDate.of(2019, 4, 26));
    assertThat(f.reports().get(1).date()).isEmpty();
    assertThatThrownBy(() -> RuleFixture.parse("=== a 2019-02-30\nx\n=== b\ny"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad publication date");
  }

  @Test
  void theDocumentedDateExampleHolds() {
    RuleFixture.parse("""
        === a 2019-04-26
        They met <e1 conflict>on Thursday</e1> in the port.
        === b 2019-04-26
        They met <e1>on Wednesday</e1> in the port.
        """).verify(new dev.crosscheck.rule.standard.DateMismatchRule());
  }

  @Test
  void anUnmarkedFindingFails() {
    RuleFixture f = RuleFixture.parse("=== a\nThe car is red.\n=== b\nThe car is blue.\n");
    assertThatThrownBy(() -> f.verify(new ColourRule()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("unmarked finding")
        .hasMessageContaining("\"red\"");
  }

  @Test
  void aMissingFindingFails() {
    RuleFixture f = RuleFixture.parse("=== a\nThe car is <e1>green</e1>.\n=== b\nThe car is <e1>blue</e1>.\n");
    assertThatThrownBy(() -> f.verify(new ColourRule()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("missing finding e1");
  }

  @Test
  void aWrongSeverityFails() {
    RuleFixture f = RuleFixture.parse("=== a\nThe car is <e1 conflict>red</e1>.\n=== b\nThe car is <e1>blue</e1>.\n");
    assertThatThrownBy(() -> f.verify(new ColourRule()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("should be conflict");
  }

  @Test
  void malformedFixturesAreRefused() {
    assertThatThrownBy(() -> RuleFixture.parse("no reports")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RuleFixture.parse("=== a\n<e1>open\n=== b\nx"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not closed");
    assertThatThrownBy(() -> RuleFixture.parse("=== a\nx\n=== a\ny"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two reports");
    assertThatThrownBy(() -> RuleFixture.parse("=== a\n<e1></e1>x\n=== b\ny"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("marks nothing");
  }

  @Test
  void aFindingReportedTwiceFails() {
    Rule twice = new ColourRule() {
      @Override
      public ImmutableList<Divergence> check(RuleContext context) {
        ImmutableList<Divergence> once = super.check(context);
        return ImmutableList.<Divergence>builder().addAll(once).addAll(once).build();
      }
    };
    RuleFixture f = RuleFixture.parse("=== a\nThe car is <e1>red</e1>.\n=== b\nThe car is <e1>blue</e1>.\n");
    assertThatThrownBy(() -> f.verify(twice))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("e1 reported twice");
    f.verify(new ColourRule());
  }

  @Test
  void aMarkedMessageIsChecked() {
    RuleFixture.parse("=== a\nThe car is <e1 variant msg=\"colour\">red</e1>.\n=== b\nThe car is <e1>blue</e1>.\n")
        .verify(new ColourRule());
    RuleFixture wrong = RuleFixture.parse("=== a\nThe car is <e1 msg=\"shade\">red</e1>.\n=== b\nThe car is <e1>blue</e1>.\n");
    assertThatThrownBy(() -> wrong.verify(new ColourRule()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("e1 should say 'shade'");
    assertThatThrownBy(() -> RuleFixture.parse("=== a\n<e1 msg=\"x\">red</e1>\n=== b\n<e1 msg=\"y\">blue</e1>"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two messages");
  }

  @Test
  void aFixtureOfOneReportIsRefusedWhenParsed() {
    assertThatThrownBy(() -> RuleFixture.parse("=== a\nThe car is red.\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two reports at least");
  }
}
