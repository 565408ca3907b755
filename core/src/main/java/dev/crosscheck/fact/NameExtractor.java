package dev.crosscheck.fact;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.crosscheck.text.Calendar;
import dev.crosscheck.text.Document;
import dev.crosscheck.text.Sentence;
import dev.crosscheck.text.Span;
import dev.crosscheck.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the entities a report names: runs of capitalised words inside a sentence ("Pierre
 * Krähenbühl", "St. Jude Children's Research Hospital", "Kim Jong-un"), with the small words a name
 * may hold ("of", "for", "the", "de", "al"), and then joins the mentions of one entity within the
 * report: a mention whose words are all among the words of one fuller mention ("Smith", "Cmdr. Smith"
 * after "Andrew Smith") is that entity; one that fits two ("Smith" beside "Andrew Smith" and "Jane
 * Smith") is left out, since the report does not say which. Titles and offices ("Mr", "President",
 * "Cmdr") are kept in the evidence but are not naming words, nor is the lower-case tail of an office
 * ("President-elect"). A capitalised word that opens a sentence starts a name only when the report
 * never writes it in lower case ("Police said" is not a name); standing alone, it is a name only when
 * the report also capitalises it inside a sentence ("Moderna said", with "analysts expected Moderna").
 * Weekday and month names are dates, not names. Stateless and thread-safe; near linear in the
 * mentions (a form is compared only with the forms that hold its rarest word).
 */
public final class NameExtractor implements Extractor<Name> {
  /** Small words that may stand inside a name, never at its ends. */
  private static final ImmutableSet<String> INNER = ImmutableSet.of("of", "for", "the", "de", "del", "da", "do",
      "dos", "van", "von", "der", "den", "bin", "ibn", "al", "el", "la", "le", "di", "du", "'s");
  /** Words that are never names however written: pronouns and the like that open sentences. */
  private static final ImmutableSet<String> NEVER = ImmutableSet.of("i", "a", "an", "the", "he", "she", "it", "we",
      "they", "you", "this", "that", "these", "those", "but", "and", "or", "if", "in", "on", "at", "as", "to", "by",
      "for", "of", "from", "with", "after", "before", "when", "while", "his", "her", "its", "their", "our", "my",
      "no", "not", "yes", "so", "then", "there", "here", "what", "who",
      "ok", "oh");
  private static final ImmutableSet<String> TITLES =
      Titles.withAnyRole(Titles.Role.TITLE, Titles.Role.PERSON, Titles.Role.OFFICE);
  /** Offices that end the organisation part of a run: after them comes the person. */
  private static final ImmutableSet<String> OFFICES = Titles.withAnyRole(Titles.Role.PERSON, Titles.Role.OFFICE);

  private final Predicate<String> functionWord;

  /** An extractor that knows no function words beyond its own few. */
  public NameExtractor() {
    this(w -> false);
  }

  /**
   * An extractor that never starts a name with a function word, however capitalised ("Among",
   * "Behind" opening a sentence or a headline).
   *
   * @param functionWord whether a token's normal form is a function word
   */
  public NameExtractor(Predicate<String> functionWord) {
    this.functionWord = requireNonNull(functionWord, "functionWord");
  }

  @Override
  public ImmutableList<Name> extract(Document document) {
    String text = document.text();
    Set<String> lower = lowerCaseWords(document);
    List<Mention> mentions = new ArrayList<>();
    Set<String> inside = new HashSet<>(); // words of names seen inside a sentence
    for (Sentence s : document.sentences()) {
      List<Token> tokens = document.tokens(s);
      if (isHeadline(text, tokens, lower)) {
        continue; // title case capitalises every word: "Judge Strikes Down State's Ban"
      }
      int i = 0;
      while (i < tokens.size()) {
        if (!startsName(text, tokens, i, lower)) {
          i++;
          continue;
        }
        int end = i + 1; // exclusive
        while (end < tokens.size() && continues(text, tokens, end)) {
          end++;
        }
        while (end > i && INNER.contains(tokens.get(end - 1).norm())) {
          end--; // never end on a small word: "the Ministry of"
        }
        Mention m = mention(document, s, tokens.subList(i, end));
        if (m != null) {
          m = m.opening(opening(tokens, i) && end - i == 1);
          mentions.add(m);
          if (!m.opening) {
            inside.addAll(m.keys);
          }
        }
        i = Math.max(end, i + 1);
      }
    }
    // One capitalised word opening a sentence, never capitalised inside one, says nothing: "Following
    // the vote". (Two or more stay: "Ana Brodsky opened the school" opens with a given name.)
    List<Mention> kept = new ArrayList<>();
    for (Mention m : mentions) {
      if (!m.opening || inside.containsAll(m.keys)) {
        kept.add(m);
      }
    }
    return entities(kept);
  }

  /**
   * Whether a sentence is written in title case: of its words of four letters or more after the
   * first, at least two and at least half are capitalised words the report also writes in lower
   * case.
   */
  private static boolean isHeadline(String text, List<Token> tokens, Set<String> lower) {
    int words = 0;
    int common = 0;
    for (int i = 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() != Token.Kind.WORD || t.end() - t.start() < 4) {
        continue;
      }
      words++;
      if (Character.isUpperCase(text.codePointAt(t.start())) && lower.contains(t.norm())) {
        common++;
      }
    }
    return common >= 2 && 2 * common >= words;
  }

  private boolean startsName(String text, List<Token> tokens, int i, Set<String> lower) {
    Token t = tokens.get(i);
    if (!capitalised(text, t) || INNER.contains(t.norm()) || functionWord.test(t.norm())
        || t.start() > 0 && (text.charAt(t.start() - 1) == '@' || text.charAt(t.start() - 1) == '#')) {
      return false;
    }
    return !opening(tokens, i) || !lower.contains(t.norm());
  }

  /** Whether the token opens its sentence, a quotation, a bracket or what follows a colon. */
  private static boolean opening(List<Token> tokens, int i) {
    return i == 0 || tokens.get(i - 1).kind() == Token.Kind.QUOTE
        || tokens.get(i - 1).norm().equals("(") || tokens.get(i - 1).norm().equals(":");
  }

  private static boolean continues(String text, List<Token> tokens, int j) {
    Token t = tokens.get(j);
    Token prev = tokens.get(j - 1);
    if (t.kind() == Token.Kind.PUNCTUATION && isHyphen(text, t) && t.start() == prev.end()
        && j + 1 < tokens.size() && tokens.get(j + 1).start() == t.end()
        && tokens.get(j + 1).kind() == Token.Kind.WORD) {
      return true; // "Jong-un", "al-Assad": the hyphen and the word after it
    }
    if (t.kind() == Token.Kind.WORD && prev.kind() == Token.Kind.PUNCTUATION && isHyphen(text, prev)
        && prev.start() == tokens.get(j - 2).end() && t.start() == prev.end()) {
      return true;
    }
    if (capitalised(text, t)) {
      return true;
    }
    // A small word inside a name, when a capitalised word follows it: "Ministry of Defence".
    return INNER.contains(t.norm()) && j + 1 < tokens.size() && capitalised(text, tokens.get(j + 1))
        && !Calendar.isDayOrMonthName(tokens.get(j + 1).norm());
  }

  private static boolean isHyphen(String text, Token t) {
    char c = text.charAt(t.start());
    return t.end() - t.start() == 1 && (c == '-' || c == '‐' || c == '‑');
  }

  private static boolean capitalised(String text, Token t) {
    return t.kind() == Token.Kind.WORD && Character.isUpperCase(text.codePointAt(t.start()))
        && !isContraction(text, t) && !isShouted(text, t)
        && !Calendar.isDayOrMonthName(t.norm()) && !isAbbreviatedMonth(text, t)
        && (!NEVER.contains(t.norm()) || TITLES.contains(t.norm()))
        && !t.norm().startsWith("i'") && !t.norm().startsWith("i’");
  }

  /** "Oct.", "Sept.": a month written short with its period ("Jan" alone may be a given name). */
  private static boolean isAbbreviatedMonth(String text, Token t) {
    String surface = text.substring(t.start(), t.end());
    return surface.endsWith(".") && surface.length() > 1
        && Calendar.MONTH_ABBREVIATIONS.containsKey(surface.substring(0, surface.length() - 1).toLowerCase(Locale.ROOT));
  }

  /** "You've", "We're", "Don't": an apostrophe and lower-case letters end the word. */
  private static boolean isContraction(String text, Token t) {
    for (int i = t.start() + 1; i < t.end() - 1; i++) {
      char c = text.charAt(i);
      if ((c == '\'' || c == '’') && Character.isLowerCase(text.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** A word of six letters or more in capitals is a label or a shout ("PHOTOS", "BREAKING"), not an acronym. */
  private static boolean isShouted(String text, Token t) {
    if (t.end() - t.start() < 6) {
      return false;
    }
    for (int i = t.start(); i < t.end(); i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> lowerCaseWords(Document document) {
    Set<String> out = new HashSet<>();
    String text = document.text();
    for (Token t : document.tokens()) {
      if (t.kind() == Token.Kind.WORD && Character.isLowerCase(text.codePointAt(t.start()))) {
        out.add(t.norm());
      }
    }
    return out;
  }

  /** A run of name tokens, or null when it names nothing (titles only). */
  private static Mention mention(Document document, Sentence s, List<Token> run) {
    String text = document.text();
    List<String> words = new ArrayList<>();
    boolean glue = false;
    for (Token t : run) {
      String surface = text.substring(t.start(), t.end());
      if (t.kind() == Token.Kind.PUNCTUATION) { // a hyphen: the next word belongs to this one
        glue = !words.isEmpty();
        if (glue) {
          words.set(words.size() - 1, words.get(words.size() - 1) + surface);
        }
        continue;
      }
      if (glue || t.norm().equals("'s") && !words.isEmpty()) {
        words.set(words.size() - 1, words.get(words.size() - 1) + surface);
        glue = false;
        continue;
      }
      if (Character.isLowerCase(surface.codePointAt(0)) && !INNER.contains(t.norm())) {
        continue; // "President-elect Joe Biden": the tail of an office, no naming word
      }
      if (OFFICES.contains(t.norm())) {
        words.clear(); // "Hennepin County District Judge Peter Cahill": the person comes after the office
        continue;
      }
      if (TITLES.contains(t.norm()) || INNER.contains(t.norm()) && words.isEmpty()) {
        continue; // titles are not naming words
      }
      words.add(surface);
    }
    while (!words.isEmpty() && INNER.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
      words.remove(words.size() - 1);
    }
    if (words.isEmpty()) {
      return null;
    }
    int from = run.get(0).start();
    int to = run.get(run.size() - 1).end();
    ImmutableSet<String> keys = words.stream().map(NameExtractor::key).collect(ImmutableSet.toImmutableSet());
    return new Mention(document.span(from, to), text.substring(from, to), s.index(), ImmutableList.copyOf(words),
        keys, false);
  }

  /**
   * Joins the mentions of one entity: a form whose words are all in one fuller form is that
   * entity; one that fits two fuller forms is left out. The first mention of each fullest form stands
   * for its entity, in text order.
   */
  private static ImmutableList<Name> entities(List<Mention> mentions) {
    // The distinct forms, each indexed under its words: a form is looked up only among the forms
    // that hold its rarest word, so the work stays near linear in the mentions.
    Map<ImmutableSet<String>, Mention> forms = new LinkedHashMap<>();
    for (Mention m : mentions) {
      forms.putIfAbsent(m.keys, m);
    }
    Map<String, List<ImmutableSet<String>>> byWord = new HashMap<>();
    for (ImmutableSet<String> f : forms.keySet()) {
      for (String w : f) {
        byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(f);
      }
    }
    List<ImmutableSet<String>> heads = new ArrayList<>();
    Map<ImmutableSet<String>, Integer> headIndex = new HashMap<>();
    for (ImmutableSet<String> f : forms.keySet()) {
      boolean contained = candidates(f, byWord).stream().anyMatch(o -> o.size() > f.size() && o.containsAll(f));
      if (!contained) {
        headIndex.put(f, heads.size());
        heads.add(f);
      }
    }
    List<List<Span>> spans = new ArrayList<>();
    heads.forEach(h -> spans.add(new ArrayList<>()));
    Map<ImmutableSet<String>, Integer> fitOf = new HashMap<>();
    for (Mention m : mentions) {
      int fit = fitOf.computeIfAbsent(m.keys, k -> {
        int found = -1;
        for (ImmutableSet<String> o : candidates(k, byWord)) {
          Integer h = headIndex.get(o);
          if (h != null && o.containsAll(k)) {
            found = found == -1 ? h : -2;
            if (found == -2) {
              break;
            }
          }
        }
        return found;
      });
      if (fit >= 0) {
        spans.get(fit).add(m.span);
      }
    }
    ImmutableList.Builder<Name> out = ImmutableList.builder();
    for (int h = 0; h < heads.size(); h++) {
      Mention m = forms.get(heads.get(h));
      if (!spans.get(h).isEmpty()) {
        out.add(new Name(m.span, m.text, m.sentence, m.words, ImmutableList.copyOf(spans.get(h))));
      }
    }
    return out.build();
  }

  /** The forms that hold the form's rarest word: the only ones that can contain it. */
  private static List<ImmutableSet<String>> candidates(ImmutableSet<String> form,
      Map<String, List<ImmutableSet<String>>> byWord) {
    List<ImmutableSet<String>> best = List.of();
    for (String w : form) {
      List<ImmutableSet<String>> list = byWord.getOrDefault(w, List.of());
      if (best.isEmpty() || list.size() < best.size()) {
        best = list;
      }
    }
    return best;
  }

  /** A mention; {@code opening} when it is one word opening a sentence. */
  private record Mention(Span span, String text, int sentence, ImmutableList<String> words,
      ImmutableSet<String> keys, boolean opening) {
    Mention opening(boolean opens) {
      return new Mention(span, text, sentence, words, keys, opens);
    }
  }

  /**
   * The key a name's word is compared by: lower case, without diacritics ("Krähenbühl" is
   * "krahenbuhl") or periods.
   *
   * @param word a naming word as written
   * @return its key
   */
  public static String key(String word) {
    String d = java.text.Normalizer.normalize(word.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK && c != '.') {
        out.append(c == '’' || c == '‘' ? '\'' : c);
      }
    }
    return out.toString();
  }
}
