package dev.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.rule.Divergence;
import dev.crosscheck.rule.RuleConfig;
import dev.crosscheck.rule.RuleOption;
import dev.crosscheck.rule.Severity;
import dev.crosscheck.text.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules a user configures: left out, run at another severity, run with other option values. */
class RuleConfigurationTest {
  private static final List<Report> REPORTS = List.of(
      new Report("a", "The talks lasted more than four hours on Tuesday. \"We took a unilateral step to keep the peace of the whole region,\" Kim said."),
      new Report("b", "The talks lasted about 4 1/2 hours on Tuesday. \"We took an unilateral step to keep the peace of the whole region,\" Kim said."));

  private static List<String> found(Crosscheck checker) {
    return checker.check(REPORTS).divergences().stream().map(d -> d.ruleId() + " " + d.severity().jsonName()).toList();
  }

  @Test
  void byDefaultBothVariantsAreFound() {
    assertThat(found(Crosscheck.standard()))
        .containsExactlyInAnyOrder("quantity-mismatch variant", "quotation-wording variant");
  }

  @Test
  void anOptionTurnsTheFunctionWordVariantOffAndASeverityMakesAVariantAConflict() {
    Crosscheck checker = Crosscheck.builder()
        .option("quotation-wording", "functionWords", "false")
        .severity("quantity-mismatch", Severity.CONFLICT)
        .build();
    assertThat(found(checker)).containsExactly("quantity-mismatch conflict");
    assertThat(checker.settings("quotation-wording").flag("functionWords")).isFalse();
    assertThat(checker.settings("quantity-mismatch").flag("variants")).isTrue();
    Divergence d = checker.check(REPORTS).divergences().get(0);
    assertThat(d.message()).contains("more than four hours", "about 4 1/2 hours");
  }

  @Test
  void aRuleConfiguredOffDoesNotRunAndToBuilderKeepsTheConfiguration() {
    Crosscheck checker = Crosscheck.builder()
        .configure("quotation-wording", RuleConfig.DEFAULT.withEnabled(false))
        .option("quantity-mismatch", "variants", "false")
        .build();
    assertThat(checker.rules()).extracting(r -> r.id()).doesNotContain("quotation-wording");
    assertThat(found(checker)).isEmpty();
    Crosscheck again = checker.toBuilder().build();
    assertThat(again.rules()).isEqualTo(checker.rules());
    assertThat(again.settings("quantity-mismatch").flag("variants")).isFalse();
    assertThat(found(checker.toBuilder().option("quantity-mismatch", "variants", "true").build()))
        .containsExactly("quantity-mismatch variant");
  }

  @Test
  void aRuleLeftOutCanBePutBackFromToBuilder() {
    Crosscheck only = Crosscheck.builder().only("quantity-mismatch").build();
    assertThat(only.rules()).extracting(r -> r.id()).containsExactly("quantity-mismatch");
    assertThat(only.toBuilder().build().rules()).isEqualTo(only.rules());
    Crosscheck back = only.toBuilder().configure("quotation-wording", RuleConfig.DEFAULT).build();
    assertThat(back.rules()).extracting(r -> r.id()).containsExactly("quantity-mismatch", "quotation-wording");
    Crosscheck off = Crosscheck.builder().disable("date-mismatch").build();
    assertThat(off.toBuilder().configure("date-mismatch", RuleConfig.DEFAULT).build().rules())
        .extracting(r -> r.id()).contains("date-mismatch");
  }

  @Test
  void mistakesAreRefusedNamingWhatIsKnown() {
    assertThatThrownBy(() -> Crosscheck.builder().severity("no-such-rule", Severity.CONFLICT).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no-such-rule").hasMessageContaining("quantity-mismatch");
    assertThatThrownBy(() -> Crosscheck.builder().option("quotation-wording", "articles", "false").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("rule quotation-wording has no option 'articles'; its options: [functionWords]");
    assertThatThrownBy(() -> Crosscheck.builder().option("quotation-wording", "functionWords", "maybe").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("option functionWords takes true or false, not 'maybe'");
    assertThatThrownBy(() -> Crosscheck.builder().option("date-mismatch", "x", "1").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("its options: none");
    assertThatThrownBy(() -> Crosscheck.standard().settings("nope"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("runs no rule 'nope'");
  }

  @Test
  void optionsAreValidatedWhenDeclared() {
    assertThatThrownBy(() -> new RuleOption("Bad", "x", "true")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RuleOption("ok", "x", "maybe")).isInstanceOf(IllegalArgumentException.class);
    assertThat(new RuleOption("threshold", "x", "0.25").accept(" 0.3 ")).isEqualTo("0.3");
    assertThatThrownBy(() -> new RuleOption("threshold", "x", "0.25").accept("high"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes a number");
  }
}
