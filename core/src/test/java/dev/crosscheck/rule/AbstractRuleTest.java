package dev.crosscheck.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;

class AbstractRuleTest {

  @RuleInfo(id = "good-rule", kind = "test", severity = Severity.VARIANT, description = "A rule.")
  static final class Good extends AbstractRule {
    @Override
    public ImmutableList<String> examples() {
      return ImmutableList.of();
    }

    @Override
    public ImmutableList<Divergence> check(RuleContext context) {
      return ImmutableList.of();
    }
  }

  static final class Unannotated extends AbstractRule {
    @Override
    public ImmutableList<String> examples() {
      return ImmutableList.of();
    }

    @Override
    public ImmutableList<Divergence> check(RuleContext context) {
      return ImmutableList.of();
    }
  }

  @RuleInfo(id = "Bad_Id", kind = "test", severity = Severity.VARIANT, description = "A rule.")
  static final class BadId extends AbstractRule {
    @Override
    public ImmutableList<String> examples() {
      return ImmutableList.of();
    }

    @Override
    public ImmutableList<Divergence> check(RuleContext context) {
      return ImmutableList.of();
    }
  }

  @Test
  void metadataComesFromTheAnnotation() {
    Good r = new Good();
    assertThat(r.id()).isEqualTo("good-rule");
    assertThat(r.kind()).isEqualTo("test");
    assertThat(r.defaultSeverity()).isEqualTo(Severity.VARIANT);
    assertThat(r.description()).isEqualTo("A rule.");
  }

  @Test
  void aMissingAnnotationOrABadIdIsRefused() {
    assertThatThrownBy(Unannotated::new).isInstanceOf(IllegalStateException.class).hasMessageContaining("@RuleInfo");
    assertThatThrownBy(BadId::new).isInstanceOf(IllegalStateException.class).hasMessageContaining("kebab-case");
  }
}
