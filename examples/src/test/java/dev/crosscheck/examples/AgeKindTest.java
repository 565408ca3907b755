package dev.crosscheck.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import dev.crosscheck.CheckResult;
import dev.crosscheck.Crosscheck;
import dev.crosscheck.RuleFixture;
import dev.crosscheck.align.FactKind;
import dev.crosscheck.examples.ages.Age;
import dev.crosscheck.examples.ages.AgeKind;
import dev.crosscheck.examples.ages.AgeRules;
import dev.crosscheck.fact.DocumentFacts;
import dev.crosscheck.rule.Divergence;
import dev.crosscheck.rule.Rule;
import dev.crosscheck.rule.RulePack;
import dev.crosscheck.rule.Severity;
import dev.crosscheck.text.Report;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ages kind as a user's jar adds it: found by ServiceLoader (the test resource folder
 * {@code ages-jar} stands for the jar, with its one services line), read, aligned and checked with
 * no edit to core, and shown by {@code facts} and in JSON.
 */
class AgeKindTest {
  @TempDir Path dir;

  private static final String A = "The driver, Dana Whitcombe, 47, was hurt in the crash on the bypass on Monday.";
  private static final String B = "Police said the driver, Whitcombe, 52, was hurt in the bypass crash on Monday.";

  /** A class loader that sees the folder standing for the user's jar, beside the test class path. */
  private static ClassLoader withAgesJar() {
    URL jar = AgeKindTest.class.getResource("/ages-jar/");
    assertThat(jar).as("test resource ages-jar").isNotNull();
    return new URLClassLoader(new URL[] {jar}, AgeKindTest.class.getClassLoader());
  }

  @Test
  void theRuleExamplesHold() {
    RuleFixture.verifyExamples(new AgeRules.AgeMismatchRule(), List.of(new AgeKind()));
  }

  @Test
  void aDiscoveredPackAddsTheKindAndItsRule() {
    Crosscheck checker = Crosscheck.builder().classLoader(withAgesJar()).build();
    assertThat(checker.factKinds()).extracting(FactKind::name).containsExactlyInAnyOrder("name", "age");
    assertThat(checker.rules()).extracting(Rule::id).contains("age-mismatch", "quantity-mismatch");

    CheckResult result = checker.check(List.of(new Report("a", A), new Report("b", B)));
    List<Divergence> ages = result.divergences().stream().filter(d -> d.ruleId().equals("age-mismatch")).toList();
    assertThat(ages).hasSize(1);
    Divergence d = ages.get(0);
    assertThat(d.severity()).isEqualTo(Severity.CONFLICT);
    assertThat(d.message()).isEqualTo("Age of Whitcombe: 47 years old (a) vs 52 years old (b)");
    assertThat(d.evidence()).extracting(s -> s.text(s.reportId().equals("a") ? A : B))
        .containsExactly("Dana Whitcombe, 47", "Whitcombe, 52");
  }

  @Test
  void withoutThePackNothingChanges() {
    CheckResult result = Crosscheck.standard().check(List.of(new Report("a", A), new Report("b", B)));
    assertThat(result.divergences()).extracting(Divergence::ruleId).doesNotContain("age-mismatch");
    assertThat(result.documents().get(0).all()).noneMatch(f -> f.type().equals("age"));
  }

  @Test
  void factsAndJsonShowTheAddedKind() throws Exception {
    Crosscheck checker = Crosscheck.builder().classLoader(withAgesJar()).build();
    Path a = dir.resolve("a.txt");
    Path b = dir.resolve("b.txt");
    Files.writeString(a, A, UTF_8);
    Files.writeString(b, B, UTF_8);

    CliTest.Run facts = CliTest.run(checker, "facts", a.toString());
    assertThat(facts.status()).isZero();
    assertThat(facts.out()).contains("age       \"Dana Whitcombe, 47\"").contains("person: Dana Whitcombe; years: 47");

    CliTest.Run check = CliTest.run(checker, "facts", "--format", "json", a.toString(), b.toString());
    assertThat(check.status()).as(check.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(check.out());
    JsonNode age = null;
    for (JsonNode report : json.get("reports")) {
      for (JsonNode fact : report.get("facts")) {
        if (fact.get("type").asText().equals("age") && report.get("id").asText().equals("b")) {
          age = fact;
        }
      }
    }
    assertThat(age).as("an age fact of report b in %s", check.out()).isNotNull();
    assertThat(age.get("person").asText()).isEqualTo("Whitcombe");
    assertThat(age.get("years").asDouble()).isEqualTo(52.0);
    assertThat(age.get("text").asText()).isEqualTo("Whitcombe, 52");
  }

  @Test
  void readsOnlyAnAgeBesideAName() {
    Crosscheck checker = Crosscheck.builder().rulePack(new AgeRules()).build();
    DocumentFacts facts = checker.facts(new Report("a",
        "On Monday, 40 people marched. Jo Reyes (33) spoke; Smith, 47 percent, no. Ann Lee, aged 70, left."));
    assertThat(facts.facts("age", Age.class)).extracting(Age::person, Age::years)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Jo Reyes", 33), org.assertj.core.groups.Tuple.tuple("Ann Lee", 70));
  }

  @Test
  void aKindMayNotTakeABuiltInName() {
    RulePack clash = kindsOnly(new FactKind<Age>() {
      @Override
      public String name() {
        return "date";
      }

      @Override
      public Class<Age> type() {
        return Age.class;
      }

      @Override
      public ImmutableList<Age> extract(dev.crosscheck.text.Document document) {
        return ImmutableList.of();
      }
    });
    assertThatThrownBy(() -> Crosscheck.builder().rulePack(clash).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("may not be named 'date'");
  }

  /** A fact of a careless kind: its attribute would overwrite the evidence text in JSON. */
  record Careless(dev.crosscheck.text.Span span, String text, int sentence) implements dev.crosscheck.fact.Fact {
    @Override
    public String type() {
      return "careless";
    }

    @Override
    public com.google.common.collect.ImmutableMap<String, Object> attributes() {
      return com.google.common.collect.ImmutableMap.of("text", "not the evidence");
    }
  }

  @Test
  void anAttributeMayNotTakeAFieldEveryFactHas() {
    FactKind<Careless> careless = new FactKind<>() {
      @Override
      public String name() {
        return "careless";
      }

      @Override
      public Class<Careless> type() {
        return Careless.class;
      }

      @Override
      public ImmutableList<Careless> extract(dev.crosscheck.text.Document document) {
        return ImmutableList.of(new Careless(document.span(0, 3), document.text(0, 3), 0));
      }
    };
    RulePack pack = kindsOnly(careless);
    Crosscheck checker = Crosscheck.builder().rulePack(pack).build();
    assertThatThrownBy(() -> checker.facts(new Report("a", "The driver was hurt.")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("fact kind 'careless'").hasMessageContaining("attribute 'text'");
  }

  /** A pack that adds kinds of facts and no rules. */
  private static RulePack kindsOnly(FactKind<?>... kinds) {
    return new RulePack() {
      @Override
      public String id() {
        return "kinds-only";
      }

      @Override
      public ImmutableList<Rule> rules() {
        return ImmutableList.of();
      }

      @Override
      public ImmutableList<FactKind<?>> factKinds() {
        return ImmutableList.copyOf(kinds);
      }
    };
  }
}
