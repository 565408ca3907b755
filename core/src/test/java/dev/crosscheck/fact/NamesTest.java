package dev.crosscheck.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

  private static Names.Relation relation(String a, String b) {
    return Names.relation(List.of(a.split(" ")), List.of(b.split(" ")));
  }

  @Test
  void formAndAShorterNameAreTheSameName() {
    assertThat(relation("Kim Jong-un", "Kim Jong Un")).isEqualTo(Names.Relation.SAME);
    assertThat(relation("Smith", "Andrew Smith")).isEqualTo(Names.Relation.SAME);
    assertThat(relation("Dana W. White", "Dana White")).isEqualTo(Names.Relation.SAME);
    assertThat(relation("US Capitol", "United States Capitol")).isEqualTo(Names.Relation.SAME);
    assertThat(relation("Guatemalan Alejandro Giammattei", "Guatemala Alejandro Giammattei"))
        .isEqualTo(Names.Relation.SAME);
    assertThat(relation("Ma’Khia Bryant", "Ma'Khia Bryant")).isEqualTo(Names.Relation.SAME);
  }

  @Test
  void oneWordSpelledTwoWaysIsASpelling() {
    assertThat(relation("Maya Nasser", "Maya Naser")).isEqualTo(Names.Relation.SPELLING);
    assertThat(relation("Pierre Krähenbühl", "Pierre Kraehenbuehl")).isEqualTo(Names.Relation.SPELLING);
    assertThat(relation("Jabalia", "Jebaliya")).isEqualTo(Names.Relation.SPELLING);
    assertThat(relation("Gaddafi", "Qaddafi")).isEqualTo(Names.Relation.SPELLING);
    assertThat(relation("Djoko Murdjatmodjo", "Murjatmodjo")).isEqualTo(Names.Relation.SPELLING);
    // a plural inside a long name, the words around it the same
    assertThat(relation("Academy of Motion Pictures Arts", "Academy of Motion Picture Arts"))
        .isEqualTo(Names.Relation.SPELLING);
    assertThat(relation("New York Times", "New York Time")).isNotEqualTo(Names.Relation.SPELLING);
  }

  @Test
  void anotherWordOrAnotherEndingIsNoSpelling() {
    assertThat(relation("Democrats", "Democratic")).isNotEqualTo(Names.Relation.SPELLING);
    assertThat(relation("Korea", "Korean")).isNotEqualTo(Names.Relation.SPELLING);
    assertThat(relation("Morocco", "Moroccan")).isNotEqualTo(Names.Relation.SPELLING);
    assertThat(relation("American", "African")).isEqualTo(Names.Relation.NONE);
    assertThat(relation("Boston", "Boylston")).isEqualTo(Names.Relation.NONE);
    assertThat(relation("Austin", "Justin")).isEqualTo(Names.Relation.NONE);
    assertThat(relation("Iran", "Iraq")).isEqualTo(Names.Relation.NONE);
    assertThat(Names.spelledAlike("lukashenko", "lukashenka")).isTrue();
    // an ending one edit apart is a spelling, not another word
    assertThat(relation("Mohammed Morsi", "Mohamed Morsi")).isEqualTo(Names.Relation.SPELLING);
    assertThat(relation("Zelensky", "Zelenskiy")).isEqualTo(Names.Relation.SPELLING);
  }

  @Test
  void aPlaceSpelledTwoWaysOrByItsAdjectiveIsOnePlace() {
    assertThat(Names.samePlace("jabalia", "jebaliya")).isTrue();
    assertThat(Names.samePlace("indonesia", "indonesian")).isTrue();
    assertThat(Names.samePlace("china", "chinese")).isTrue();
    assertThat(Names.samePlace("israeli", "israel")).isTrue();
    assertThat(Names.samePlace("palestine", "palestinian")).isTrue();
    assertThat(Names.samePlace("gaza", "gaza")).isTrue();
    // a longer name is another place, not the adjective
    assertThat(Names.samePlace("niger", "nigeria")).isFalse();
    assertThat(Names.samePlace("iran", "iraq")).isFalse();
    assertThat(Names.samePlace("austria", "australia")).isFalse();
    assertThat(Names.samePlace("india", "indiana")).isFalse();
  }

  @Test
  void anotherGivenNameBeforeOneSurname() {
    assertThat(relation("Andy Smith", "Andrew Smith")).isEqualTo(Names.Relation.GIVEN_NAME);
    assertThat(relation("Fransiskus Bambang Soelistyo", "Henry Bambang Soelistyo"))
        .isEqualTo(Names.Relation.GIVEN_NAME);
    // another initial with the surname alone in common is likelier another person
    assertThat(relation("Donald Trump", "Melania Trump")).isEqualTo(Names.Relation.NONE);
    assertThat(relation("George W. Bush", "George H. W. Bush")).isEqualTo(Names.Relation.SAME);
    assertThat(relation("Andrew Smith", "Andrew Jones")).isEqualTo(Names.Relation.NONE);
    // the given names that differ are the ones compared, not the first words
    assertThat(Names.givenNames(List.of("Dan", "Whitlow"), List.of("Mark", "Daniel", "Whitlow")))
        .contains(List.of("dan", "daniel"));
  }
}
