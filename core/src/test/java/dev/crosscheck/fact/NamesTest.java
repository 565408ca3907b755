package dev.crosscheck.fact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void onePersonUnderItsManyNames() {
    assertThat(Names.same("Kim", "Kim Jong Un")).isTrue();
    assertThat(Names.same("Mr Kim", "Kim Jong-un")).isTrue();
    assertThat(Names.same("Kim Jong-un", "Kim Jong Un")).isTrue();
    assertThat(Names.same("President Putin", "Vladimir Putin")).isTrue();
    assertThat(Names.same("Kim", "Putin")).isFalse();
    assertThat(Names.same("Kim Keun-sik", "Kim Jong Un")).isFalse();
  }

  @Test
  void anAgencyAndItsAcronym() {
    assertThat(Names.same("KCNA", "Korean Central News Agency")).isTrue();
    assertThat(Names.same("the Korean Central News Agency", "KCNA")).isTrue();
    assertThat(Names.same("North Korea's Korean Central News Agency", "KCNA")).isTrue();
    assertThat(Names.same("KCNA", "Ministry of Foreign Affairs")).isFalse();
    assertThat(Names.same("the Ministry", "North Korea’s Ministry of Foreign Affairs")).isTrue();
    assertThat(Names.same("AP", "Agence France-Presse")).isFalse();
  }

  @Test
  void genericSourcesSayNothing() {
    assertThat(Names.isGeneric("state media")).isTrue();
    assertThat(Names.isGeneric("The agency")).isTrue();
    assertThat(Names.isGeneric("KCNA")).isFalse();
  }
}
