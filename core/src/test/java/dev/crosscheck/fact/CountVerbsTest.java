package dev.crosscheck.fact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.text.DocumentReader;
import dev.crosscheck.text.Report;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A casualty or arrest verb beside a bare figure says what it counts. */
class CountVerbsTest {
  private static List<Optional<String>> nouns(String text) {
    return new QuantityExtractor().extract(new DocumentReader().read(new Report("r", text))).stream()
        .map(Quantity::noun).toList();
  }

  @Test
  void theVerbBeforeOrAfterTheFigureNamesWhatItCounts() {
    assertThat(nouns("The blast killed 13.")).containsExactly(Optional.of("death"));
    assertThat(nouns("The shelling ended, killing at least 17 people.")).containsExactly(Optional.of("death"));
    assertThat(nouns("Officials said 15 villagers were killed there.")).containsExactly(Optional.of("death"));
    assertThat(nouns("Police arrested eight people on Thursday.")).containsExactly(Optional.of("arrest"));
    assertThat(nouns("More than 260 were injured.")).containsExactly(Optional.of("injury"));
    assertThat(nouns("At least nine of the activists were arrested.")).containsExactly(Optional.of("arrest"));
    assertThat(nouns("Two of the young protesters were later detained.")).containsExactly(Optional.of("arrest"));
  }

  @Test
  void aPluralWrittenAsTheSingularIsCounted() {
    assertThat(nouns("The firm has six aircraft on standby.")).containsExactly(Optional.of("aircraft"));
    assertThat(nouns("Nine of them went home.")).containsExactly(Optional.empty());
    // a part of a whole counts what the whole is
    assertThat(nouns("The agency said 80 of its schools were full.")).containsExactly(Optional.of("school"));
    assertThat(nouns("Two of the three stayed.")).containsExactly(Optional.empty(), Optional.empty());
  }

  @Test
  void withoutSuchAVerbTheNounIsTheReportsOwn() {
    assertThat(nouns("They sold 13 apples.")).containsExactly(Optional.of("apple"));
    assertThat(nouns("The dead man, 13 metres away, was found.")).hasSize(1).doesNotContain(Optional.of("death"));
  }
}
