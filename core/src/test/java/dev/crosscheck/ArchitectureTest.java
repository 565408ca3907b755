package dev.crosscheck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.crosscheck.rule.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages of core form layers, each seeing only those below it: {@code text} <- {@code fact}
 * <- {@code align} <- {@code rule} (with the standard pack) <- the façade at the root. There is no
 * cycle between packages, and a rule never depends on another rule.
 */
class ArchitectureTest {
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.crosscheck");
  }

  @Test
  void packagesAreLayered() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("Facade").definedBy("dev.crosscheck")
        .layer("Rule").definedBy("dev.crosscheck.rule..")
        .layer("Align").definedBy("dev.crosscheck.align..")
        .layer("Fact").definedBy("dev.crosscheck.fact..")
        .layer("Text").definedBy("dev.crosscheck.text..")
        .whereLayer("Facade").mayNotBeAccessedByAnyLayer()
        .whereLayer("Rule").mayOnlyBeAccessedByLayers("Facade")
        .whereLayer("Align").mayOnlyBeAccessedByLayers("Rule", "Facade")
        .whereLayer("Fact").mayOnlyBeAccessedByLayers("Align", "Rule", "Facade")
        .check(core);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("dev.crosscheck.(**)").should().beFreeOfCycles().check(core);
  }

  @Test
  void aRuleNeverDependsOnAnotherRule() {
    classes().that().implement(Rule.class).should(notDependOnAnotherConcreteRule()).check(core);
  }

  private static ArchCondition<JavaClass> notDependOnAnotherConcreteRule() {
    return new ArchCondition<>("not depend on another rule") {
      @Override
      public void check(JavaClass rule, ConditionEvents events) {
        for (Dependency d : rule.getDirectDependenciesFromSelf()) {
          JavaClass target = d.getTargetClass();
          if (!target.equals(rule) && target.isAssignableTo(Rule.class) && !target.isInterface()
              && !target.getModifiers().contains(JavaModifier.ABSTRACT)) {
            events.add(SimpleConditionEvent.violated(rule, d.getDescription()));
          }
        }
      }
    };
  }
}
