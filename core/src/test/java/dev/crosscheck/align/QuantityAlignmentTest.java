package dev.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.CheckResult;
import dev.crosscheck.RuleFixture;
import dev.crosscheck.rule.standard.QuantityMismatchRule;
import org.junit.jupiter.api.Test;

/**
 * What makes two quantities one fact, and what does not, seen through the quantity rule: every
 * fixture fails on a missing finding and on an unmarked one.
 */
class QuantityAlignmentTest {
  private final QuantityMismatchRule rule = new QuantityMismatchRule();

  @Test
  void sameMeasuredThingAligns() {
    RuleFixture.parse("""
        === a
        The lion was found in the town of Orwick, <e1 conflict>20 miles</e1> from the capital, rangers said.
        === b
        Rangers said the lion ended up in Orwick town, <e1>12 miles</e1> away from the capital.
        """).verify(rule);
  }

  @Test
  void durationsOfOneEventAlignThoughTheirSentencesShareFewWords() {
    RuleFixture.parse("""
        === a
        Arno sat down with Bellamy for <e1 conflict>three hours</e1> Thursday, their first summit.
        === b
        The two men shook hands warmly at the start of talks on a river barge that lasted <e1>nearly five hours</e1>.
        """).verify(rule);
  }

  @Test
  void aDurationOfAnotherMeetingElsewhereIsNotTheSummit() {
    // Report a gives two meeting durations; the one in the place report b names is the one meant.
    RuleFixture.parse("""
        === a
        Arno went home after a first meeting with Bellamy, the pair having spent <e1 conflict>more than three hours</e1> together on Thursday in the port city of Ostrava.
        Bellamy left first, heading for a two-day meeting with Lindau, where he will brief his allies.
        === b
        The two men shook hands at the start of talks off Ostrava that lasted <e1>nearly five hours</e1>.
        """).verify(rule);
  }

  @Test
  void exactFiguresWhoseRoundingsOnlyTouchConflict() {
    RuleFixture.parse("""
        === a
        The court extended the boxer's detention for another <e1 conflict>30 days</e1>, reports said.
        In all, <e2 conflict>457 deaths</e2> have been reported in 21 countries since the outbreak.
        === b
        The court extended the boxer's detention for another <e1>20 days</e1>, reports said.
        In all, <e2>458 deaths</e2> have been reported in 21 countries since the outbreak.
        """).verify(rule);
    // A round figure may stand for the exact one: "about 30" reaches 25.
    RuleFixture.parse("""
        === a
        The court extended the boxer's detention for another <e1 variant>about 30 days</e1>, reports said.
        === b
        The court extended the boxer's detention for another <e1>about 20 days</e1>, reports said.
        """).verify(rule);
  }

  @Test
  void aPlaceAndItsInitialsAreOnePlace() {
    RuleFixture.parse("""
        === a
        The ban was ordered by the executive of the Nordic Union. It told its <e1 conflict>32,000 employees</e1> to remove the app.
        === b
        The executive of the NU has ordered its <e1>31,000 employees</e1> to remove the app from their phones.
        """).verify(rule);
    // two places that are not one another's initials still keep two figures apart
    RuleFixture.parse("""
        === a
        The executive of the Nordic Union has ordered its 32,000 employees to remove the app.
        === b
        The executive of the Baltic League has ordered its 31,000 employees to remove the app.
        """).verify(rule);
  }

  @Test
  void aPlaceSpelledTwoWaysOrNamedByItsAdjectiveIsOnePlace() {
    RuleFixture.parse("""
        === a
        The shelling of the school in Qaryabad killed <e1 conflict>15 people</e1>, medics said.
        The plane came down off Veloria <e2 conflict>40 minutes</e2> after take-off.
        === b
        Medics said the shelling of the school in Qariyabaad killed <e1>21 people</e1>.
        The plane came down in Velorian waters <e2>90 minutes</e2> after take-off.
        """).verify(rule);
    // another place, whose name merely begins with the first one's, still keeps them apart
    RuleFixture.parse("""
        === a
        The shelling of the school in Nigel killed 15 people, medics said.
        === b
        Medics said the shelling of the school in Nigeland killed 21 people.
        """).verify(rule);
  }

  @Test
  void aTopicSaysWhatIsCountedNotANameOrTheCountTwice() {
    CheckResult r = RuleFixture.parse("""
        === a
        The blast in the market of Qaryat killed <e1 conflict>13 people</e1>, officials said.
        === b
        Officials said <e1>15 villagers</e1> were killed in the blast at the Qaryat market.
        """).verify(rule);
    assertThat(r.divergences().get(0).message()).startsWith("Number of deaths:");
    CheckResult money = RuleFixture.parse("""
        === a
        Vanity Fair reported that the studio paid <e1 conflict>$5 million</e1> for the script of the film.
        === b
        The studio paid <e1>$7 million</e1> for the script of the film, Vanity Fair said.
        """).verify(rule);
    assertThat(money.divergences().get(0).message()).doesNotContain("Fair").doesNotContain("Vanity");
  }

  @Test
  void sharedNamesAloneDoNotAttachTwoFigures() {
    // Both sentences name the cluster's people, but one figure is a press conference and the other
    // a pundit's joke: no lower-case word or event ties them.
    RuleFixture.parse("""
        === a
        President Dana Wright answered questions from reporters for 80 minutes at the White House.
        === b
        If Dana Wright sneezed, one channel would spend four days on it, a critic of the White House said.
        """).verify(rule);
  }

  @Test
  void differentTimesAreDifferentCounts() {
    RuleFixture.parse("""
        === a
        Militants fired 17 rockets at the southern towns since midnight, the army said.
        === b
        Militants have fired more than 2,600 rockets at the southern towns over the past three weeks, the army said.
        """).verify(rule);
    RuleFixture.parse("""
        === a
        Through July, 32 new cases of the illness were confirmed by the health agency.
        === b
        As of August, the health agency had confirmed 50 new cases of the illness.
        """).verify(rule);
    RuleFixture.parse("""
        === a
        Health officials said eight children had been killed in the strikes since the fighting began.
        === b
        Health officials said five children had been killed in the strikes over two days.
        """).verify(rule);
  }

  @Test
  void aFigureOfAPastYearIsHistoryNotTheNews() {
    RuleFixture.parse("""
        === a
        The 2016 race was close. Rivera won 332 electoral votes in 2012, the paper noted.
        === b
        The 2016 race was close. The paper noted that he won 306 electoral votes.
        """).verify(rule);
    // Without the past year the two figures are one claim, and they differ.
    RuleFixture.parse("""
        === a
        The 2016 race was close. Rivera won <e1 conflict>332 electoral votes</e1>, the paper noted.
        === b
        The 2016 race was close. The paper noted that he won <e1>306 electoral votes</e1>.
        """).verify(rule);
  }

  @Test
  void aFigureRestatedInOtherUnitsIsNotASecondFact() {
    // "30ft (9m)": the metres restate the feet. The other report gives both heights of the fall.
    RuleFixture.parse("""
        === a
        The walker fell 20-30 feet down a vertical cliff, then tumbled about 150 metres into the gully.
        === b
        The walker fell 30ft (9m) down a vertical cliff on the mountain's west face.
        """).verify(rule);
  }

  @Test
  void anAmbiguousCounterpartIsNotGuessed() {
    // Report b gives two totals of fired rockets, fitting report a's figure equally well: which one
    // report a means is a guess.
    RuleFixture.parse("""
        === a
        Militants fired 97 rockets from the strip at the southern towns, the army said.
        === b
        Militants fired 300 rockets from the strip at the southern towns, the army said.
        Militants fired 130 rockets from the strip at the southern towns, the army said.
        """).verify(rule);
  }

  @Test
  void lastAsAnAdjectiveIsNoDuration() {
    RuleFixture.parse("""
        === a
        The collar was fitted after last year's escape, during which the lion eluded capture for more than three weeks.
        === b
        A study last year found that the population of the big cats had declined by half in the past 20 years.
        """).verify(rule);
  }

  @Test
  void groupsAreNamedWithProperPlurals() {
    assertThat(QuantityAligner.plural("child")).isEqualTo("children");
    assertThat(QuantityAligner.plural("person")).isEqualTo("people");
    assertThat(QuantityAligner.plural("casualty")).isEqualTo("casualties");
    assertThat(QuantityAligner.plural("day")).isEqualTo("days");
    assertThat(QuantityAligner.plural("church")).isEqualTo("churches");
    assertThat(QuantityAligner.plural("rockets")).isEqualTo("rockets");
  }
}
