package dev.crosscheck.fact;

import static dev.crosscheck.fact.Hedge.ABOUT;
import static dev.crosscheck.fact.Hedge.AT_LEAST;
import static dev.crosscheck.fact.Hedge.EXACT;
import static dev.crosscheck.fact.Hedge.LESS_THAN;
import static dev.crosscheck.fact.Hedge.MORE_THAN;
import static dev.crosscheck.fact.Hedge.NEARLY;
import static dev.crosscheck.fact.Hedge.RANGE;
import static dev.crosscheck.fact.Hedge.UP_TO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.text.DocumentReader;
import dev.crosscheck.text.Report;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a sentence states, quantity by quantity. Each row: the sentence, the quantity's exact text,
 * its value, its interval in the unit ("(3, 4]" is open below, closed above), hedge, unit and noun.
 * The sentences are written for these tests; the shapes come from the seed articles and real news.
 */
class QuantityExtractorTest {

  static ImmutableList<Quantity> extract(String text) {
    return new QuantityExtractor().extract(new DocumentReader().read(new Report("r", text)));
  }

  private static Arguments q(
      String sentence, String text, double value, String interval, Hedge hedge, String unit, String noun) {
    return Arguments.of(sentence, text, value, interval, hedge, unit, noun);
  }

  static Stream<Arguments> quantities() {
    return Stream.of(
        // vague counts: at least the power named, below the next
        q("Thousands of people marched through the capital.",
            "Thousands of people", 1000, "[1000, 10000]", AT_LEAST, null, "person"),
        q("Officials said tens of thousands of workers struck on Monday.",
            "tens of thousands of workers", 10_000, "[10000, 100000]", AT_LEAST, null, "worker"),
        q("Dozens of homes burned overnight.",
            "Dozens of homes", 24, "[24, 144]", AT_LEAST, null, "home"),
        q("The plan costs hundreds of millions of dollars.",
            "hundreds of millions of dollars", 100_000_000, "[100000000, 1000000000]", AT_LEAST, "dollar", null),
        // the shapes of the seed articles
        q("The two presidents spent more than three hours together in the port city.",
            "more than three hours", 3, "(3, 4]", MORE_THAN, "hour", null),
        q("Talks on Thursday lasted three hours, officials said.",
            "three hours", 3, "[2.5, 3.5)", EXACT, "hour", null),
        q("The meeting on the island went on for nearly five hours.",
            "nearly five hours", 5, "[4.5, 5)", NEARLY, "hour", null),
        q("He departed more than four hours ahead of schedule.",
            "more than four hours", 4, "(4, 5]", MORE_THAN, "hour", null),
        q("The delegation flew home about 4 1/2 hours earlier than planned.",
            "about 4 1/2 hours", 4.5, "[4.25, 4.75]", ABOUT, "hour", null),
        q("The wreath ceremony began two hours later than expected.",
            "two hours", 2, "[1.5, 2.5)", EXACT, "hour", null),
        q("More than 10,000 North Korean workers must go home.",
            "More than 10,000 North Korean workers", 10_000, "(10000, 20000]", MORE_THAN, null, "worker"),
        q("The rule sends home more than 10,000 North Korean laborers this year.",
            "more than 10,000 North Korean laborers", 10_000, "(10000, 20000]", MORE_THAN, null, "laborer"),
        q("The president left for a two-day meeting in the capital.",
            "two-day", 2, "[1.5, 2.5)", EXACT, "day", null),
        q("Traffic in the city of half a million came to a halt.",
            "half a million", 500_000, "[495000, 505000)", EXACT, null, null),
        q("The talks in the south collapsed two months ago.",
            "two months", 2, "[1.5, 2.5)", EXACT, "month", null),
        q("The envoy arrived a week ago.", "a week", 1, "[0.5, 1.5)", EXACT, "week", null),
        q("She has held four meetings with the premier.",
            "four meetings", 4, "[3.5, 4.5)", EXACT, null, "meeting"),
        q("She held four meetings with the premier and three with South Korea's president.",
            "three", 3, "[2.5, 3.5)", EXACT, null, null),
        q("Relations cooled after the threats of 2017.", "2017", 2017, "[2016.5, 2017.5)", EXACT, null, null),
        q("Since March 2018, the leader has travelled widely.", "2018", 2018, "[2017.5, 2018.5)", EXACT, null, null),
        q("The two leaders shook hands.", "two leaders", 2, "[1.5, 2.5)", EXACT, null, "leader"),
        q("Another four senior officials, according to reports, were dismissed.",
            "four senior officials", 4, "[3.5, 4.5)", EXACT, null, "official"),
        q("The two reportedly agreed on a plan.", "two", 2, "[1.5, 2.5)", EXACT, null, null),
        q("Just like two days earlier, the roads were closed.", "two days", 2, "[1.5, 2.5)", EXACT, "day", null),

        // digits, words, scales and fractions
        q("The vault held 1,200.5 tonnes of gold.", "1,200.5 tonnes", 1200.5, "[1200.45, 1200.55)", EXACT, "tonne", null),
        q("The path is 4.5 km long.", "4.5 km", 4.5, "[4.45, 4.55)", EXACT, "kilometre", null),
        q("Police arrested twenty-five men.", "twenty-five men", 25, "[24.5, 25.5)", EXACT, null, "arrest"), // the verb names what is counted
        q("She bought a dozen eggs.", "a dozen eggs", 12, "[6, 18)", EXACT, null, "egg"),
        q("Nearly a hundred people waited.", "Nearly a hundred people", 100, "[50, 100)", NEARLY, null, "person"),
        q("The army sent two thousand troops.", "two thousand troops", 2000, "[1950, 2050)", EXACT, null, "troop"),
        q("One hundred and six ships sailed.", "One hundred and six ships", 106, "[105.5, 106.5)", EXACT, null, "ship"),
        q("The field yields 1.2 million barrels a day.",
            "1.2 million barrels", 1_200_000, "[1150000, 1250000)", EXACT, "barrel", null),
        q("The exchange moved two and a half million coins.",
            "two and a half million coins", 2_500_000, "[2450000, 2550000)", EXACT, null, "coin"),
        q("The walk took 4½ hours.", "4½ hours", 4.5, "[4.25, 4.75)", EXACT, "hour", null),
        q("Half an hour later the doors opened.", "Half an hour", 0.5, "[0.25, 0.75)", EXACT, "hour", null),
        q("The speech lasted an hour and a half.", "an hour and a half", 1.5, "[1.25, 1.75)", EXACT, "hour", null),
        q("A quarter of the staff left.", "A quarter", 0.25, "[0.125, 0.375)", EXACT, null, null),
        q("He won with 1 1/2 points.", "1 1/2 points", 1.5, "[1.25, 1.75)", EXACT, null, "point"),
        q("Add 3 dozen rolls.", "3 dozen rolls", 36, "[30, 42)", EXACT, null, "roll"),

        // hyphenated forms
        q("They began a five-hour session.", "five-hour", 5, "[4.5, 5.5)", EXACT, "hour", null),
        q("A 10-year-old boy was found.", "10-year-old", 10, "[5, 15)", EXACT, "year", null),
        q("A year-long inquiry followed.", "A year-long", 1, "[0.5, 1.5)", EXACT, "year", null),

        // money
        q("The deal is worth $1.2bn to the firm.", "$1.2bn", 1.2e9, "[1.15e9, 1.25e9)", EXACT, "dollar", null),
        q("His worth was put at $4.77-billion by a magazine.", "$4.77-billion", 4.77e9, "[4.765e9, 4.775e9)", EXACT,
            "dollar", null),
        q("The bank lent US$3 million.", "US$3 million", 3e6, "[2950000, 3050000)", EXACT, "dollar", null),
        q("He owes 5 million dollars.", "5 million dollars", 5e6, "[4950000, 5050000)", EXACT, "dollar", null),
        q("The club paid £3m for him.", "£3m", 3e6, "[2950000, 3050000)", EXACT, "pound", null),
        q("Tickets cost 20,000 euros.", "20,000 euros", 20_000, "[19500, 20500)", EXACT, "euro", null),
        q("The fine was 5 million won.", "5 million won", 5e6, "[4950000, 5050000)", EXACT, "won", null),
        q("He paid 300 yuan at the gate.", "300 yuan", 300, "[295, 305)", EXACT, "yuan", null),
        q("The bill came to 900 roubles.", "900 roubles", 900, "[895, 905)", EXACT, "rouble", null),
        q("Rent is roughly $70 million a year.", "roughly $70 million", 7e7, "[6.5e7, 7.5e7]", ABOUT, "dollar", null),

        // hedges
        q("He lost around 4,000 coins.", "around 4,000 coins", 4000, "[3600, 4400]", ABOUT, null, "coin"),
        q("It took approximately 30 minutes.", "approximately 30 minutes", 30, "[25, 35]", ABOUT, "minute", null),
        q("Some 300 people marched.", "Some 300 people", 300, "[270, 330]", ABOUT, null, "person"),
        q("An estimated 2,000 people marched.", "An estimated 2,000 people", 2000, "[1800, 2200]", ABOUT, null, "person"),
        q("He came almost a year ago.", "almost a year", 1, "[0.5, 1)", NEARLY, "year", null),
        q("Turnout was close to 50 percent.", "close to 50 percent", 50, "[45, 50)", NEARLY, "percent", null),
        q("The flight took just under 3 hours.", "just under 3 hours", 3, "[2.5, 3)", NEARLY, "hour", null),
        q("The route runs over 5 km.", "over 5 km", 5, "(5, 6]", MORE_THAN, "kilometre", null),
        q("Upwards of 200 people came.", "Upwards of 200 people", 200, "(200, 300]", MORE_THAN, null, "person"),
        q("It ran just over 2 hours.", "just over 2 hours", 2, "(2, 3]", MORE_THAN, "hour", null),
        q("No fewer than 12 ships sank.", "No fewer than 12 ships", 12, "[12, 13]", AT_LEAST, null, "ship"),
        q("He faces up to two years in jail.", "up to two years", 2, "[1, 2]", UP_TO, "year", null),
        q("As many as 700 troops moved.", "As many as 700 troops", 700, "[600, 700]", UP_TO, null, "troop"),
        q("It happened less than a week before the vote.", "less than a week", 1, "[0, 1)", LESS_THAN, "week", null),
        q("They won fewer than 50 seats.", "fewer than 50 seats", 50, "[40, 50)", LESS_THAN, null, "seat"),
        q("No more than 5 hours remain.", "No more than 5 hours", 5, "[4, 5]", UP_TO, "hour", null),
        q("About 20-odd people came.", "About 20-odd people", 20, "[15, 25]", ABOUT, null, "person"),
        q("Then 10 or more workers left.", "10 or more workers", 10, "[10, 20]", AT_LEAST, null, "worker"),
        q("He sent a $1 trillion+ package.", "$1 trillion+", 1e12, "[1000000000000, 2000000000000]", AT_LEAST, "dollar", null),
        q("It has 5+ members.", "5+ members", 5, "[5, 6]", AT_LEAST, null, "member"),
        q("They talked three hours or so.", "three hours or so", 3, "[2.5, 3.5]", ABOUT, "hour", null),

        // ranges
        q("It takes between 3 and 5 hours.", "between 3 and 5 hours", 3, "[3, 5]", RANGE, "hour", null),
        q("It takes 3 to 5 hours.", "3 to 5 hours", 3, "[3, 5]", RANGE, "hour", null),
        q("We need 3-5 people.", "3-5 people", 3, "[3, 5]", RANGE, null, "person"),
        q("It lasts two or three days.", "two or three days", 2, "[2, 3]", RANGE, "day", null),
        q("They spent between 2 and 3 million dollars.",
            "between 2 and 3 million dollars", 2e6, "[2e6, 3e6]", RANGE, "dollar", null),

        // other units
        q("Prices rose 4.5% last year.", "4.5%", 4.5, "[4.45, 4.55)", EXACT, "percent", null),
        q("Support fell 2.5 percentage points.", "2.5 percentage points", 2.5, "[2.45, 2.55)", EXACT, "percentage point", null),
        q("Turnout fell 12 per cent.", "12 per cent", 12, "[11.5, 12.5)", EXACT, "percent", null),
        q("Rates rose 30 basis points.", "30 basis points", 30, "[25, 35)", EXACT, "basis point", null),
        q("The car drove at 60 km/h.", "60 km/h", 60, "[55, 65)", EXACT, "kilometre per hour", null),
        q("The car drove 60 miles an hour.", "60 miles an hour", 60, "[55, 65)", EXACT, "mile per hour", null),
        q("It was 30C in the shade.", "30C", 30, "[25, 35)", EXACT, "degree Celsius", null),
        q("He is 1.8m tall.", "1.8m", 1.8, "[1.75, 1.85)", EXACT, "metre", null),
        q("The plan costs 10m people their jobs.", "10m people", 1e7, "[9500000, 10500000)", EXACT, null, "person"),
        q("He weighed 200lbs at the time.", "200lbs", 200, "[195, 205)", EXACT, "pound", null),
        q("The tank held 170 litres.", "170 litres", 170, "[165, 175)", EXACT, "litre", null),
        q("The rule covers 2000 people.", "2000 people", 2000, "[1950, 2050)", EXACT, null, "person"),
        q("One official said no.", "One official", 1, "[0.5, 1.5)", EXACT, null, "official"),
        q("At least one soldier died.", "At least one soldier", 1, "[1, 2]", AT_LEAST, null, "death"), // the verb names what is counted
        q("One person familiar with the talks spoke.", "One person", 1, "[0.5, 1.5)", EXACT, null, "person"),
        q("Only 50 attended classes that day.", "50", 50, "[45, 55)", EXACT, null, null),

        // shapes of the conformance suites that news writes too
        q("He was sentenced to 7 years, 1 month in prison.",
            "7 years, 1 month", 7 + 1.0 / 12, "[7.041666666666667, 7.125)", EXACT, "year", null),
        q("The talks lasted 2 hours and 30 minutes.",
            "2 hours and 30 minutes", 2.5, "[2.4166666666666667, 2.5833333333333333)", EXACT, "hour", null),
        q("The ticket cost 3 dollars 50 cents.", "3 dollars 50 cents", 3.5, "[3.45, 3.55)", EXACT, "dollar", null),
        q("He stands 5 feet 10 inches tall.",
            "5 feet 10 inches", 5 + 10.0 / 12, "[5.416666666666667, 6.25)", EXACT, "foot", null),
        q("The temperature fell to -5C overnight.", "-5C", -5, "[-5.5, -4.5)", EXACT, "degree Celsius", null),
        q("Growth was minus 2 percent last year.", "minus 2 percent", -2, "[-2.5, -1.5)", EXACT, "percent", null),
        q("The town has 40 000 residents.", "40 000 residents", 40_000, "[39500, 40500)", EXACT, null, "resident"),
        q("The ship carried 1.3e6 barrels.", "1.3e6 barrels", 1.3e6, "[1.25e6, 1.35e6)", EXACT, "barrel", null),
        q("Three fifths of voters agreed.", "Three fifths", 0.6, "[0.5, 0.7)", EXACT, null, null),
        q("It took one and a quarter hours.", "one and a quarter hours", 1.25, "[1.125, 1.375)", EXACT, "hour", null),
        q("The firm paid 13 lakh rupees.", "13 lakh rupees", 1.3e6, "[1.25e6, 1.35e6)", EXACT, "rupee", null),
        q("They waited a couple of days.", "a couple of days", 2, "[1, 3)", EXACT, "day", null),
        q("Talks resumed after another hour.", "another hour", 1, "[0.5, 1.5)", EXACT, "hour", null),
        q("The meeting ran all day.", "all day", 1, "[0, 1]", UP_TO, "day", null),
        q("They needed two more hours.", "two more hours", 2, "[1.5, 2.5)", EXACT, "hour", null),
        q("A ticket is 20€ at the door.", "20€", 20, "[15, 25)", EXACT, "euro", null),
        q("Cases are now one-tenth the number of flu cases.", "one-tenth", 0.1, "[0.05, 0.15)", EXACT, null, null),
        q("One in three adults smoked.", "One in three adults", 1.0 / 3, "[0.16666666666666666, 0.5)", EXACT, null, "adult"),
        q("The ship was 0.9 trillion cubic feet short.",
            "0.9 trillion cubic feet", 9e11, "[895000000000, 905000000000)", EXACT, "cubic foot", null));
  }

  @Test
  void poundsOfSomethingUnscaledAreMassAndScaledPoundsAreMoney() {
    assertThat(extract("He bought two pounds of meat.").get(0).unit().orElseThrow().dimension()).isEqualTo("mass");
    assertThat(extract("It raised 2 million pounds of funding.").get(0).unit().orElseThrow().dimension()).isEqualTo("money:GBP");
    assertThat(extract("It cost two pounds.").get(0).unit().orElseThrow().dimension()).isEqualTo("money:GBP");
  }

  @Test
  void aListOfAmountsInOneUnitStaysApart() {
    assertThat(extract("She ran the 100 metres, 200 metres and 400 metres."))
        .extracting(Quantity::text).containsExactly("100 metres", "200 metres", "400 metres");
    assertThat(extract("It cost $4.25 and 32 is the quantity."))
        .extracting(Quantity::text).containsExactly("$4.25", "32");
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("quantities")
  void readsTheQuantity(
      String sentence, String text, double value, String interval, Hedge hedge, String unit, String noun) {
    List<Quantity> found = extract(sentence);
    Quantity q = found.stream().filter(x -> x.text().equals(text)).findFirst().orElse(null);
    assertThat(q).as("%s in %s", text, found.stream().map(Quantity::text).toList()).isNotNull();
    assertThat(sentence.substring(q.span().start(), q.span().end())).isEqualTo(text);
    assertThat(q.value()).isCloseTo(value, within(1e-9 * Math.max(1, Math.abs(value))));
    assertInterval(q.interval(), interval);
    assertThat(q.hedge()).isEqualTo(hedge);
    assertThat(q.unit().map(Unit::name).orElse(null)).isEqualTo(unit);
    assertThat(q.noun().orElse(null)).isEqualTo(noun);
    assertThat(q.sentence()).isZero();
  }

  /** Checks an interval against "(low, high]" notation. */
  static void assertInterval(Interval actual, String expected) {
    String[] bounds = expected.substring(1, expected.length() - 1).split(",");
    double low = Double.parseDouble(bounds[0].trim());
    double high = Double.parseDouble(bounds[1].trim());
    assertThat(actual.low()).as("low of %s", actual).isCloseTo(low, within(1e-9 * Math.max(1, Math.abs(low))));
    assertThat(actual.high()).as("high of %s", actual).isCloseTo(high, within(1e-9 * Math.max(1, Math.abs(high))));
    assertThat(actual.lowClosed()).as("low bound of %s", actual).isEqualTo(expected.charAt(0) == '[');
    assertThat(actual.highClosed()).as("high bound of %s", actual).isEqualTo(expected.endsWith("]"));
  }

  static Stream<Arguments> notQuantities() {
    return Stream.of(
        Arguments.of("It was the first meeting of the pair.", "first"),
        Arguments.of("A second summit followed.", "second"),
        Arguments.of("The 21st century began.", "21st"),
        Arguments.of("He marked the twenty-first anniversary.", "twenty-first"),
        Arguments.of("One of the envoys stayed.", "One"),
        Arguments.of("Hundreds of them came to the square.", "Hundreds of them"),
        Arguments.of("He held two summits, one in Singapore and the other in Vietnam.", "one"),
        Arguments.of("He liked the other one better.", "one"),
        Arguments.of("No one came.", "one"),
        Arguments.of("The COVID-19 rules ended.", "19"),
        Arguments.of("The Haixun 01 patrol ship picked up the signal.", "01"),
        Arguments.of("The lorry took Route 066 north.", "066"),
        Arguments.of("The G7 met in spring.", "7"),
        Arguments.of("The F-16s flew over.", "16"),
        Arguments.of("Call 555-0199 today.", "555-0199"),
        Arguments.of("Call +1-222-555-0199 today.", "1-222-555-0199"),
        Arguments.of("The meeting began at 5 p.m. on Friday.", "5"),
        Arguments.of("It opened at 5pm sharp.", "5pm"),
        Arguments.of("It starts at 6:30 sharp.", "6:30"),
        Arguments.of("The train left at five o'clock.", "five"),
        Arguments.of("They met on April 26 in the city.", "26"),
        Arguments.of("They met on Nov. 28 in the city.", "28"),
        Arguments.of("They met on 28 November in the city.", "28"),
        Arguments.of("It was signed on 2019-04-26 at noon.", "2019-04-26"),
        Arguments.of("It was signed on 4/26/2019 at noon.", "4/26/2019"),
        Arguments.of("Version 1.2.3 shipped.", "1.2.3"),
        Arguments.of("The music of the 1990s returned.", "1990s"),
        Arguments.of("He is paid $5 a day.", "a day"),
        Arguments.of("They meet twice a week.", "a week"),
        Arguments.of("The shop is open 24/7.", "24/7"),
        Arguments.of("A 3D film played.", "3D"),
        Arguments.of("On April 25 300 people marched.", "25"),
        Arguments.of("He marked the one hundredth anniversary.", "one hundredth"),
        Arguments.of("She won a fifth term.", "a fifth"),
        Arguments.of("It was an a ha moment.", "ha"),
        Arguments.of("The 5G network grew.", "5G"),
        Arguments.of("Democrats want full-year funding for the agencies.", "full-year"),
        Arguments.of("He had a bit of luck.", "a bit"),
        Arguments.of("He spent the first hour and a half of it complaining.", "a half"),
        Arguments.of("She had been burned a couple of times before.", "a couple of"),
        Arguments.of("He carried a .40 caliber pistol.", ".40"),
        Arguments.of("The body mass was ~475 g12 in the study.", "g12"));
  }

  @ParameterizedTest(name = "{1} in: {0}")
  @MethodSource("notQuantities")
  void leavesOut(String sentence, String excluded) {
    int start = sentence.indexOf(excluded);
    int end = start + excluded.length();
    assertThat(extract(sentence))
        .filteredOn(q -> q.span().start() < end && start < q.span().end())
        .as("quantities over \"%s\"", excluded)
        .isEmpty();
  }

  @Test
  void aYearStandsAloneAndIsKnownAsOne() {
    List<Quantity> qs = extract("In 2017, about 2018 people met 2019 delegates and 1850 guests, and 2020 came.");
    assertThat(qs).extracting(Quantity::text)
        .containsExactly("2017", "about 2018 people", "2019 delegates", "1850 guests", "2020");
    assertThat(qs).extracting(QuantityExtractor::isYear).containsExactly(true, false, false, false, true);
    assertThat(qs.get(0).interval()).isEqualTo(new Interval(2016.5, 2017.5, true, false));
  }

  @Test
  void theDatePartsAroundAYearAreNotQuantitiesButTheYearIs() {
    List<Quantity> qs = extract("The photo was taken on Friday, April 26, 2019, in the port.");
    assertThat(qs).extracting(Quantity::text).containsExactly("2019");
    assertThat(QuantityExtractor.isYear(qs.get(0))).isTrue();
  }

  @Test
  void aChangeFromOneNumberToAnotherIsTwoQuantities() {
    assertThat(extract("The toll rose from 3 to 5 overnight."))
        .extracting(Quantity::text, Quantity::hedge)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("3", EXACT), org.assertj.core.groups.Tuple.tuple("5", EXACT));
  }

  @Test
  void sentenceIndexAndOffsetsPointIntoTheReport() {
    String text = "Kim stayed three hours. Putin then left for a two-day trip.";
    List<Quantity> qs = extract(text);
    assertThat(qs).extracting(Quantity::text).containsExactly("three hours", "two-day");
    assertThat(qs.get(0).sentence()).isEqualTo(0);
    assertThat(qs.get(1).sentence()).isEqualTo(1);
    assertThat(qs.get(1).span().start()).isEqualTo(text.indexOf("two-day"));
    assertThat(qs.get(1).baseInterval()).isEqualTo(new Interval(1.5 * 86400, 2.5 * 86400, true, false));
  }

  @Test
  void aMoneySignAndAHedgeBothBelongToTheSpan() {
    Quantity q = extract("Sales reached more than $1.2bn in May.").get(0);
    assertThat(q.text()).isEqualTo("more than $1.2bn");
    assertThat(q.unit().orElseThrow().dimension()).isEqualTo("money:USD");
    assertThat(q.interval()).isEqualTo(new Interval(1.2e9, 1.3e9, false, true));
  }
}
