package dev.crosscheck.fact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.fact.Titles.Role;
import org.junit.jupiter.api.Test;

/** The one table of titles, read with the roles each word plays. */
class TitlesTest {
  @Test
  void eachWordHasItsRoles() {
    assertThat(Titles.withRole(Role.TITLE)).contains("mr", "president", "trade", "state");
    assertThat(Titles.withRole(Role.PERSON)).contains("secretary", "judge").doesNotContain("trade", "state");
    // a department word is part of a title but dropping it from a quotation is no mere form
    assertThat(Titles.withRole(Role.FORM)).contains("representative", "professor", "mr").doesNotContain("trade", "state", "leader");
    assertThat(Titles.withRole(Role.NOISE)).contains("mr", "president", "spokesman").doesNotContain("judge");
    for (Role role : Role.values()) {
      assertThat(Titles.withRole(role)).allSatisfy(w -> assertThat(w).isLowerCase().doesNotContain(".", " "));
    }
  }
}
