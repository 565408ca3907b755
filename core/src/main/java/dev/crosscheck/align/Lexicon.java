package dev.crosscheck.align;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The word lists alignment reads: function words (no topic), and word families (words that name the
 * same event: met, meeting, talks, summit). Both are plain-text resources beside this class, so a
 * reader can see every entry in one place. Immutable and thread-safe.
 */
public final class Lexicon {
  private static final Lexicon STANDARD = new Lexicon(load("stopwords.txt"), load("families.txt"));

  private final ImmutableSet<String> functionWords;
  private final ImmutableMap<String, String> families;
  private final ImmutableMap<String, String> displays;

  private Lexicon(String stopwords, String familyLines) {
    ImmutableSet.Builder<String> fw = ImmutableSet.builder();
    for (String line : lines(stopwords)) {
      fw.addAll(Splitter.on(' ').omitEmptyStrings().split(line));
    }
    this.functionWords = fw.build();
    Map<String, String> fam = new HashMap<>();
    Map<String, String> shown = new HashMap<>();
    for (String line : lines(familyLines)) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new IllegalStateException("families.txt: no 'name:' in line: " + line);
      }
      String name = line.substring(0, colon).trim();
      for (String w : Splitter.on(' ').omitEmptyStrings().split(line.substring(colon + 1))) {
        fam.putIfAbsent(w, name);
        shown.putIfAbsent(name, w);
      }
    }
    this.families = ImmutableMap.copyOf(fam);
    this.displays = ImmutableMap.copyOf(shown);
  }

  /** The lists that ship with Crosscheck. */
  public static Lexicon standard() {
    return STANDARD;
  }

  /** Whether the normalised word is a function word (article, preposition, pronoun, auxiliary...). */
  public boolean isFunctionWord(String norm) {
    return functionWords.contains(norm);
  }

  /**
   * Whether a token is a content word for alignment: a word of two letters or more that is no
   * function word.
   *
   * @param t a token
   * @return whether it can say what a fact is about
   */
  public boolean isContentWord(dev.crosscheck.text.Token t) {
    return t.kind() == dev.crosscheck.text.Token.Kind.WORD && t.norm().length() > 1 && !isFunctionWord(t.norm());
  }

  /**
   * The key a normalised word stands for when facts are aligned: its family's name when it has one
   * ("met" and "talks" are both {@code meet}), else the word with a plural ending taken off.
   */
  public String key(String norm) {
    String w = norm.endsWith("'s") ? norm.substring(0, norm.length() - 2) : norm;
    String family = families.get(w);
    if (family != null) {
      return family;
    }
    String singular = singular(w);
    family = families.get(singular);
    return family != null ? family : singular;
  }

  /** How a {@link #key(String) key} is shown to people: a family's first word, else the key. */
  public String display(String key) {
    return displays.getOrDefault(key, key);
  }

  /** Whether the key names a word family rather than a single word. */
  public boolean isFamily(String key) {
    return displays.containsKey(key);
  }

  /** A light plural-to-singular rule; good enough to make "meetings" and "meeting" one key. */
  static String singular(String w) {
    int n = w.length();
    if (n > 4 && w.endsWith("ies")) {
      return w.substring(0, n - 3) + "y";
    }
    if (n > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
      return w.substring(0, n - 2);
    }
    if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  private static List<String> lines(String text) {
    return Splitter.on('\n').trimResults().omitEmptyStrings().splitToStream(text)
        .map(l -> {
          int hash = l.indexOf('#');
          return (hash >= 0 ? l.substring(0, hash) : l).trim().toLowerCase(Locale.ROOT);
        })
        .filter(l -> !l.isEmpty())
        .collect(java.util.stream.Collectors.toList());
  }

  private static String load(String name) {
    try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside " + Lexicon.class.getName());
      }
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
