package dev.crosscheck.fact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.Crosscheck;
import dev.crosscheck.fact.DateMention.Form;
import dev.crosscheck.text.Report;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Date shapes read against a fixed publication date, Friday 26 April 2019, and what is no date. */
class DateExtractorTest {
  private static final Crosscheck CHECKER = Crosscheck.standard();
  private static final LocalDate FRIDAY = LocalDate.of(2019, 4, 26);

  private static List<DateMention> dates(String text, LocalDate published) {
    Report report = published == null ? new Report("r", text) : Report.of("r", text, published);
    return CHECKER.facts(report).dates();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # sentence                                              | mention                | first      | last
      The leaders met on Thursday.                             | on Thursday            | 2019-04-25 | 2019-04-25
      The leaders met Thursday in the port.                    | Thursday               | 2019-04-25 | 2019-04-25
      The agency said on Friday that talks were over.          | on Friday              | 2019-04-26 | 2019-04-26
      Protests began on Monday night.                          | on Monday night        | 2019-04-22 | 2019-04-23
      He will speak on Tuesday.                                | on Tuesday             | 2019-04-30 | 2019-04-30
      He asked the leaders to return to the palace on Sunday.  | on Sunday              | 2019-04-28 | 2019-04-28
      He is expected to reveal his plans during a call with members on Monday evening. | on Monday evening | 2019-04-29 | 2019-04-29
      She flew home last Friday.                               | last Friday            | 2019-04-12 | 2019-04-19
      He left yesterday.                                       | yesterday              | 2019-04-24 | 2019-04-26
      The ship sails tomorrow.                                 | tomorrow               | 2019-04-26 | 2019-04-28
      The summit took place two months ago.                    | two months ago         | 2019-02-08 | 2019-03-12
      The vote was held about a week ago.                      | about a week ago       | 2019-04-12 | 2019-04-26
      The bridge fell three days ago.                          | three days ago         | 2019-04-22 | 2019-04-24
      The summit broke down in late February.                  | in late February       | 2019-02-21 | 2019-02-28
      The strike began in early April.                         | in early April         | 2019-04-01 | 2019-04-10
      The talks resumed in mid-March.                          | in mid-March           | 2019-03-11 | 2019-03-20
      The summit broke down in February.                       | in February            | 2019-02-01 | 2019-02-28
      The storm hit in December.                               | in December            | 2018-12-01 | 2018-12-31
      They met on April 25.                                    | on April 25            | 2019-04-25 | 2019-04-25
      They met on May 3.                                       | on May 3               | 2018-05-03 | 2018-05-03
      They will meet on May 3.                                 | on May 3               | 2019-05-03 | 2019-05-03
      They met on April 25, 2018.                              | on April 25, 2018      | 2018-04-25 | 2018-04-25
      They met on 25 April 2017.                               | on 25 April 2017       | 2017-04-25 | 2017-04-25
      The deal was signed Feb. 28 at the palace.               | Feb. 28                | 2019-02-28 | 2019-02-28
      The talks ran on April 24-25.                            | on April 24-25         | 2019-04-24 | 2019-04-25
      He was elected last year.                                | last year              | 2018-01-01 | 2018-12-31
      Prices fell earlier this month.                          | earlier this month     | 2019-04-01 | 2019-04-26
      He visited last week.                                    | last week              | 2019-04-15 | 2019-04-25
      The threats were traded in 2017.                         | in 2017                | 2017-01-01 | 2017-12-31
      Work stopped in early 2018.                              | in early 2018          | 2018-01-01 | 2018-04-30
      The plant will close by the end of 2020.                 | by the end of 2020     | 2020-09-01 | 2020-12-31
      Since March 2018 he has held four meetings.              | Since March 2018       | 2018-03-01 | 2018-03-31
      The ceremony was held on Friday, April 26, 2019.         | on Friday, April 26, 2019 | 2019-04-26 | 2019-04-26
      The order is dated 2019-04-02 and was sealed.            | 2019-04-02             | 2019-04-02 | 2019-04-02
      The order is dated 4/2/2019 and was sealed.              | 4/2/2019               | 2019-04-02 | 2019-04-02
      The fire started around April 20.                        | around April 20        | 2019-04-18 | 2019-04-22
      They fought last summer.                                 | last summer            | 2018-06-01 | 2018-08-31
      """)
  void readsAShapeAsAnInterval(String sentence, String mention, LocalDate first, LocalDate last) {
    List<DateMention> found = dates(sentence, FRIDAY);
    assertThat(found).as("dates in %s", sentence).hasSize(1);
    DateMention d = found.get(0);
    assertThat(d.text()).isEqualTo(mention);
    assertThat(sentence.substring(d.span().start(), d.span().end())).isEqualTo(mention);
    assertThat(d.interval()).contains(new DateInterval(first, last));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Some 2,019 people attended the rally.",
      "About 2019 workers joined the strike.",
      "The 2016 election was close.",
      "The Vision 2030 plan was unveiled.",
      "The convoy arrived at 1900 GMT.",
      "She is 36 years old and lives in the capital.",
      "The meeting lasted three hours.",
      "May I ask a question?",
      "Theresa May said the vote would go ahead.",
      "The shop opens on Fridays only.",
      "Black Friday sales were weak.",
      "He told NBC's Today show that he would run.",
      "He quoted a line from Saturday Night Live at the dinner.",
      "The planet formed 4.5 billion years ago from dust.",
      "People crossed the desert 50,000 years ago.",
      "He spoke during a taping of the \u201cTonight Show\u201d in New York.",
      "You need not sit in the pews every Sunday to know that.",
      "Traffic had stopped two days earlier as well.",
      "The fire broke out a week later.",
      "The band was big in the 1990s.",
      "The train left at 6:30 from the station.",
      "He scored 25 points in 2 games.",
      "The March for Our Lives drew crowds.",
  })
  void readsNoDate(String sentence) {
    assertThat(dates(sentence, FRIDAY)).as("dates in %s", sentence).isEmpty();
  }

  @Test
  void withoutAPublicationDateOnlyWhatTheCalendarNamesRemains() {
    List<DateMention> found = dates("They met on Thursday. The deal came on April 25. It fell in 2017.", null);
    assertThat(found).extracting(DateMention::text).containsExactly("on Thursday", "on April 25", "in 2017");
    assertThat(found.get(0).interval()).isEmpty();
    assertThat(found.get(0).weekday()).contains(DayOfWeek.THURSDAY);
    assertThat(found.get(0).form()).isEqualTo(Form.WEEKDAY);
    assertThat(found.get(1).interval()).isEmpty();
    assertThat(found.get(1).form()).isEqualTo(Form.MONTH_DAY);
    assertThat(found.get(2).interval()).isPresent();
  }

  @Test
  void twoMonthsAgoMeetsLateFebruaryAndThursdayMeetsYesterdayOnlyWithADate() {
    List<DateMention> dated = dates("It happened two months ago. It broke down in late February.", FRIDAY);
    assertThat(dated.get(0).canMeet(dated.get(1))).contains(true);
    List<DateMention> undated = dates("They met on Thursday. They met yesterday. They met on Friday.", null);
    assertThat(undated.get(0).canMeet(undated.get(1))).isEmpty();
    assertThat(undated.get(0).canMeet(undated.get(2))).contains(false);
    List<DateMention> days = dates("It fell on April 25. It fell on April 26. It fell in April.", null);
    assertThat(days.get(0).canMeet(days.get(1))).contains(false);
    assertThat(days.get(0).canMeet(days.get(2))).contains(true);
  }

  @Test
  void aYearIsBothAQuantityAndADateButACountIsOnlyAQuantity() {
    DocumentFacts facts = CHECKER.facts(Report.of("r", "In 2017 some 2019 workers left.", FRIDAY));
    assertThat(facts.dates()).extracting(DateMention::text).containsExactly("In 2017");
    assertThat(facts.quantities()).extracting(Quantity::text).contains("2017", "some 2019 workers");
  }

  @Test
  void mentionsAreInTextOrderAndTheirOwnCharacters() {
    String text = "On Monday he said that two weeks ago, in early April, he had met her; last year they fought.";
    List<DateMention> found = dates(text, FRIDAY);
    assertThat(found.stream().map(DateMention::text).collect(Collectors.toList()))
        .containsExactly("On Monday", "two weeks ago", "in early April", "last year");
    for (DateMention d : found) {
      assertThat(text.substring(d.span().start(), d.span().end())).isEqualTo(d.text());
    }
  }

  @Test
  void aMegabyteSentenceOfDatesIsReadAndAligned() {
    String a = "they met on Thursday and ".repeat(40_000);
    String b = "they met yesterday and ".repeat(40_000);
    DocumentFacts facts = CHECKER.facts(Report.of("a", a, FRIDAY));
    assertThat(facts.dates()).hasSize(40_000);
    assertThat(CHECKER.check(List.of(Report.of("a", a, FRIDAY), Report.of("b", b, FRIDAY))).divergences())
        .noneMatch(d -> d.ruleId().equals("date-mismatch"));
  }

  @Test
  void randomDateWordsNeverThrowAndAlwaysPointAtTheirText() {
    String[] words = {"on", "Thursday", "night", "last", "year", "two", "months", "ago", "in", "late", "February",
        "April", "25", ",", "2019", "yesterday", "since", "early", "2017", "the", "end", "of", "about", "a", "week",
        "4.5", "billion", "years", "Feb.", "29", "2019-02-29", "13/45/2019", "mid-March", "next", "earlier", "this",
        "month", "May", "31", "Today", "tomorrow", ".", "will", "meet"};
    LocalDate[] published = {FRIDAY, LocalDate.MIN, LocalDate.MAX, LocalDate.of(2020, 2, 29), null};
    java.util.Random random = new java.util.Random(11);
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < 40; k++) {
        sb.append(words[random.nextInt(words.length)]).append(' ');
      }
      String text = sb.toString();
      for (DateMention d : dates(text, published[round % published.length])) {
        assertThat(text.substring(d.span().start(), d.span().end())).as("seed 11 round %s", round).isEqualTo(d.text());
      }
    }
  }
}
