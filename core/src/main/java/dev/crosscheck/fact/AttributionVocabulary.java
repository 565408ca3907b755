package dev.crosscheck.fact;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSet;
import dev.crosscheck.text.Calendar;

/**
 * The small word tables that attribution reads: speech verbs, titles, the words that make a name an
 * organisation, and the function words that keep sentence-initial capitals out of names. All lower
 * case; a table is the place to extend when a report uses a verb or title not listed here.
 */
public final class AttributionVocabulary {

  private AttributionVocabulary() {}

  private static ImmutableSet<String> words(String list) {
    return ImmutableSet.copyOf(Splitter.on(' ').omitEmptyStrings().split(list));
  }

  /** Verbs that credit words to someone: "Kim said", "KCNA quoted", "he told reporters". */
  static final ImmutableSet<String> SPEECH_VERBS =
      words(
          "said say says saying told tell tells telling added adds adding stated states stating"
              + " warned warns warning noted notes noting insisted insists insisting claimed claims"
              + " claiming asked asks asking accused accuses accusing criticized criticised criticizes"
              + " criticises criticizing criticising described describes describing called calls"
              + " quoted quotes quoting urged urges urging declared declares announced announces"
              + " argued argues arguing explained explains replied replies wrote writes reported"
              + " reports stressed stresses stressing emphasized emphasised emphasizes emphasises"
              + " expressed expresses expressing promised promises vowed vows acknowledged admitted"
              + " denied denies predicted predicting continued recalled complained threatened"
              + " pledged praised condemned tweeted commented remarked responded answered confirmed"
              + " conceded boasted lamented charged alleged contended maintained hailed concluded"
              + " countered exclaimed joked observed posted shouted suggested testified wondered");

  /**
   * Whether a word credits words to someone: a speech verb, or "according" (to). Read by the rules
   * that decide whether a name beside a quotation is its speaker.
   *
   * @param lower a lower-case word
   * @return true for "said", "told", "according"
   */
  public static boolean tiesSpeaker(String lower) {
    return SPEECH_VERBS.contains(lower) || lower.equals("according");
  }

  /** Speech verbs that may come before their subject: "“...,” said Kim Keun-sik". */
  static final ImmutableSet<String> INVERTIBLE_VERBS =
      words("said says added asked wrote continued replied explained noted insisted warned declared");

  /** Verbs whose object is the speaker and whose subject is the source: "KCNA quoted Kim as saying". */
  static final ImmutableSet<String> QUOTING_VERBS = words("quoted quotes quoting quote");

  /** Auxiliaries that make a speech verb passive: "is said to have", "was quoted as saying". */
  static final ImmutableSet<String> PASSIVE_AUXILIARIES = words("is was are were be been being");

  /** Words that may stand between a subject and its verb: "Kim has also told", "he reportedly added". */
  static final ImmutableSet<String> VERB_MODIFIERS =
      words(
          "also has have had then later reportedly strongly repeatedly again further previously once"
              + " earlier just publicly recently first separately would will may might could can did"
              + " does do not never allegedly apparently himself herself itself only ever both all"
              + " flatly bluntly openly privately angrily simply immediately quickly reportedly"
              + " similarly likewise even");

  /** Titles and roles inside a capitalised name, dropped from the speaker: "Mr Kim" is "Kim". */
  static final ImmutableSet<String> TITLES = Titles.withRole(Titles.Role.TITLE);

  /** Titles that always name a person's office: "Press Secretary Josh Earnest" is a person. */
  static final ImmutableSet<String> PERSON_TITLES = Titles.withRole(Titles.Role.PERSON);

  /** Lower-case roles before a name that mark it as a person: "leader Kim Jong Un". */
  static final ImmutableSet<String> ROLE_NOUNS =
      words(
          "leader dictator professor aide spokesman spokeswoman spokesperson official envoy minister"
              + " president chief analyst expert researcher director secretary chairman commander"
              + " general premier lawmaker senator adviser advisor founder head boss counterpart"
              + " ruler king queen emperor pope ambassador diplomat governor mayor lawyer attorney"
              + " activist candidate economist scholar fellow correspondent reporter editor");

  /** Words that make a capitalised name an organisation. */
  static final ImmutableSet<String> ORGANISATION_WORDS =
      words(
          "agency ministry news times post office department council committee party government"
              + " kremlin house press service television tv radio network bureau commission"
              + " organization organisation association institute university novosti tribune journal"
              + " herald gazette reuters xinhua yonhap interfax bloomberg tass court parliament"
              + " congress senate assembly embassy army military navy police company corporation"
              + " group bank fund union league federation foundation daily media broadcasting channel"
              + " telegraph guardian independent observer pentagon");

  /** News agencies known by their acronym, for "the agency": "KCNA", "AP". */
  static final ImmutableSet<String> AGENCY_ACRONYMS =
      words("kcna ap afp ria tass upi dpa ansa efe pti kctv bbc cnn nhk yonhap xinhua reuters interfax");

  /** Lower-case nouns that name an organisation after "the": "the agency said". */
  static final ImmutableSet<String> ORGANISATION_NOUNS =
      words(
          "agency ministry government newspaper paper daily broadcaster outlet office committee"
              + " council party department service network media television");

  /** Nouns that name the media, kept with their modifiers: "North Korean state media". */
  static final ImmutableSet<String> MEDIA_NOUNS = words("media television");

  /** Words allowed before the noun of an organisation: "the official news agency". */
  static final ImmutableSet<String> MODIFIERS =
      words(
          "the a an its official state state-run state-owned state-controlled regime-run"
              + " government-run semi-official national local news");

  /** Connectors allowed inside organisation names and titles: "Ministry of Foreign Affairs". */
  static final ImmutableSet<String> NAME_CONNECTORS = words("of for");

  /** Words before a name that keep it from being a sentence's subject: "with Kim", "the Kim regime". */
  static final ImmutableSet<String> PREPOSITIONS =
      words(
          "of with to for by from on at in into about against between under over through during"
              + " after before since than like toward towards near via per among across including"
              + " the a an his her its their our my your this that these those whom");

  /** Capitalised words that are not names: sentence-initial function words and pronouns. */
  static final ImmutableSet<String> NOT_NAMES =
      words(
          "the a an and but or so yet nor he she it they we i you his her its their our my your this"
              + " that these those there here during at in on of to from by with without after before"
              + " while when where since until as if though although because according however"
              + " instead meanwhile also just still even then now once both all some many most"
              + " several no not asked basically following along despite under over among between"
              + " into within what who whom which why how yes is was were are be let please for"
              + " another other each every such last next only more less few one two three four"
              + " five six seven eight nine ten first second third sources officials critics"
              + " analysts experts witnesses residents protesters");

  /** Day and month names: capitalised but never a speaker. */
  static final ImmutableSet<String> CALENDAR = ImmutableSet.<String>builder()
      .addAll(Calendar.WEEKDAYS.keySet()).addAll(Calendar.MONTHS.keySet()).addAll(Calendar.DEICTIC_DAYS).build();

  /** Abbreviations whose period belongs to the word: "Mr.", "Gen.". */
  static final ImmutableSet<String> ABBREVIATIONS =
      words("mr mrs ms dr prof gen sen rep gov lt col capt st jr sr co corp inc ltd no vs");

  /** Pronouns that stand for a person. */
  static final ImmutableSet<String> PERSON_PRONOUNS = words("he she");
}
