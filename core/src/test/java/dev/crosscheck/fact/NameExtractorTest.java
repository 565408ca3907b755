package dev.crosscheck.fact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.text.DocumentReader;
import dev.crosscheck.text.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The entities a report names, one fact each, as the report writes them at their fullest. */
class NameExtractorTest {
  private static List<Name> names(String text) {
    return new NameExtractor(w -> w.equals("among") || w.equals("behind"))
        .extract(new DocumentReader().read(new Report("r", text)));
  }

  private static List<String> words(String text) {
    return names(text).stream().map(Name::name).toList();
  }

  @Test
  void aRunOfCapitalisedWordsWithTheSmallWordsANameHoldsIsOneName() {
    assertThat(words("The talks were led by Pierre Lindqvist of the Bank of Montreal in Quebec City."))
        .containsExactly("Pierre Lindqvist", "Bank of Montreal", "Quebec City");
    assertThat(words("Doctors at St. Jude Children's Research Hospital tried a new drug."))
        .containsExactly("St. Jude Children's Research Hospital");
    assertThat(words("He met Kim Jong-un and al-Assad."))
        .containsExactly("Kim Jong-un", "Assad");
  }

  @Test
  void aMonthWrittenShortWithItsPeriodIsNoName() {
    assertThat(words("The article was posted Oct. 30 by Lena Ruiz, who wrote again on Sept. 2."))
        .containsExactly("Lena Ruiz");
    // without its period the short form may be a given name
    assertThat(words("Jan Ostrow spoke on Jan. 4.")).containsExactly("Jan Ostrow");
  }

  @Test
  void theShorterMentionsOfOneEntityJoinItsFullestOne() {
    List<Name> n = names("Police Commander Andrew Smith spoke first. Smith said the march was peaceful. "
        + "The crowd cheered Cmdr. Smith.");
    assertThat(n).extracting(Name::name).containsExactly("Andrew Smith");
    assertThat(n.get(0).mentions()).hasSize(3);
    assertThat(n.get(0).text()).isEqualTo("Police Commander Andrew Smith");
  }

  @Test
  void aMentionThatFitsTwoEntitiesBelongsToNeither() {
    List<Name> n = names("Ana Brodsky and Leon Brodsky ran the bakery. Brodsky said it was hard.");
    assertThat(n).extracting(Name::name).containsExactly("Ana Brodsky", "Leon Brodsky");
    assertThat(n).allSatisfy(x -> assertThat(x.mentions()).hasSize(1));
  }

  @Test
  void anOfficeEndsTheOrganisationAndTheTitleIsNoNamingWord() {
    assertThat(words("The trial was heard by Hennepin County District Judge Peter Cahill."))
        .containsExactly("Peter Cahill");
    assertThat(words("It was signed by President Ruth Okafor."))
        .containsExactly("Ruth Okafor");
    assertThat(words("He met President-elect Ruth Okafor."))
        .containsExactly("Ruth Okafor");
  }

  @Test
  void aCapitalisedWordOpeningASentenceIsNoNameWhenTheReportAlsoWritesItInLowerCase() {
    assertThat(words("Police said the road was closed. The police opened it later.")).isEmpty();
    assertThat(words("Moderna said sales fell. Analysts expected Moderna to say so."))
        .containsExactly("Moderna");
    // one capitalised word opening a sentence and never seen inside one says nothing
    assertThat(words("Following the vote, the council met.")).isEmpty();
  }

  @Test
  void functionWordsContractionsDatesHandlesAndShoutsAreNoNames() {
    assertThat(words("Among the guests was Ruth Okafor.")).containsExactly("Ruth Okafor");
    assertThat(words("We've seen Ruth Okafor on Monday in March.")).containsExactly("Ruth Okafor");
    assertThat(words("He wrote to @RuthOkafor and tagged #Okafor2024 about Ruth Okafor."))
        .containsExactly("Ruth Okafor");
    assertThat(words("PHOTOS of the storm near Lake Tana were shared by NASA."))
        .containsExactly("Lake Tana", "NASA");
  }

  @Test
  void aSentenceInTitleCaseNamesNothing() {
    assertThat(words("Federal Judge Strikes Down State Assault Weapons Ban. A federal judge struck down "
        + "the state's assault weapons ban, the ruling says.")).isEmpty();
  }

  @Test
  void aNameKnowsWhereItWasMentionedAndItsAttributes() {
    List<Name> n = names("Maya Naser reported from the city. Naser said the shelling went on.");
    assertThat(n).hasSize(1);
    assertThat(n.get(0).mentions()).extracting(s -> s.start()).containsExactly(0, 35);
    assertThat(n.get(0).attributes()).containsEntry("name", "Maya Naser").containsEntry("mentions", 2);
    assertThat(n.get(0).type()).isEqualTo(Name.KIND);
  }

  @Test
  void aKeyFoldsCaseDiacriticsPeriodsAndCurlyApostrophes() {
    assertThat(NameExtractor.key("Krähenbühl")).isEqualTo("krahenbuhl");
    assertThat(NameExtractor.key("U.S.")).isEqualTo("us");
    assertThat(NameExtractor.key("Ma’Khia")).isEqualTo(NameExtractor.key("Ma'Khia"));
  }
}
