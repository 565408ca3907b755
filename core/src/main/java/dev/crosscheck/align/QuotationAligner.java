package dev.crosscheck.align;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.fact.Names;
import dev.crosscheck.fact.DocumentFacts;
import dev.crosscheck.fact.Quotation;
import dev.crosscheck.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups quotations of the same words across reports. Candidates share a run of three words (or all
 * the words of a shorter quotation); each candidate pair is then compared word by word
 * ({@link QuotationComparison}), and the pairs that align join their quotations into one group.
 */
final class QuotationAligner {
  private static final int SHINGLE = 3;
  /** A shingle in more quotations than this is a stock phrase and proposes no pairs. */
  private static final int MAX_POSTINGS = 100;
  /** The run that anchors the comparison of two quotations joined through a third. */
  private static final int TRANSITIVE_RUN = 3;
  /** Groups larger than this are not searched for pairs joined through a third (a stock phrase). */
  private static final int MAX_TRANSITIVE = 12;

  private final Lexicon lexicon;

  QuotationAligner(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Whether two quotations can be one statement by who speaks them. A transcript's turn is its
   * labelled speaker's words, and a turn of the host or a correspondent retells what others said
   * ("He said, the leaks are real, but ..."): it is one statement with a quotation only when both
   * name their speaker and the two can be one person. Two quotations in marks are compared whoever
   * the reports say spoke (a quotation given to another speaker is what the attribution rule finds).
   */
  private static boolean mayBeOneStatement(Quotation a, Quotation b) {
    if (a.inMarks() && b.inMarks()) {
      return true;
    }
    return a.speaker().isPresent() && b.speaker().isPresent() && Names.same(a.speaker().get(), b.speaker().get());
  }

  /** The groups and, for each pair of quotations from different reports that align, their comparison. */
  Result align(List<DocumentFacts> documents) {
    List<Quotation> all = new ArrayList<>();
    List<Integer> reportOf = new ArrayList<>();
    for (int r = 0; r < documents.size(); r++) {
      for (Quotation q : documents.get(r).quotations()) {
        if (!isTitle(q)) {
          all.add(q);
          reportOf.add(r);
        }
      }
    }
    // Candidates share a run of SHINGLE words, or all the words of a shorter quotation; a
    // quotation of two words is also proposed to every longer one holding them (its probes).
    List<Set<String>> features = new ArrayList<>();
    List<Set<String>> probes = new ArrayList<>();
    for (Quotation q : all) {
      List<String> keys = keys(q);
      Set<String> shingles = new HashSet<>();
      Set<String> bigrams = new HashSet<>();
      if (keys.size() < SHINGLE) {
        String whole = String.join(" ", keys);
        if (!whole.isEmpty()) {
          shingles.add(whole);
        }
      } else {
        for (int k = 0; k + SHINGLE <= keys.size(); k++) {
          shingles.add(String.join(" ", keys.subList(k, k + SHINGLE)));
        }
        for (int k = 0; k + 2 <= keys.size(); k++) {
          bigrams.add(keys.get(k) + " " + keys.get(k + 1));
        }
      }
      features.add(shingles);
      probes.add(bigrams);
    }
    List<long[]> candidates = new ArrayList<>();
    AlignmentEngine.candidates(features, probes, MAX_POSTINGS, (a, b) -> {
      if (!reportOf.get(a).equals(reportOf.get(b))) {
        candidates.add(new long[] {a, b});
      }
    });
    candidates.sort(Comparator.<long[]>comparingLong(c -> c[0]).thenComparingLong(c -> c[1]));
    int[] parent = new int[all.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    ImmutableList.Builder<QuotationComparison> comparisons = ImmutableList.builder();
    Set<Long> compared = new HashSet<>();
    for (long[] c : candidates) {
      int a = (int) c[0];
      int b = (int) c[1];
      if (!mayBeOneStatement(all.get(a), all.get(b))) {
        continue;
      }
      QuotationComparison.compare(all.get(a), all.get(b), lexicon).ifPresent(cmp -> {
        comparisons.add(cmp);
        compared.add(Pairs.key(a, b));
        parent[find(parent, a)] = find(parent, b);
      });
    }
    Map<Integer, List<Integer>> components = new LinkedHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      components.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    // Two quotations joined only through a third that both hold ("our deepest sympathies") are one
    // statement: they are compared too, anchored by a shorter run than two strangers need.
    for (List<Integer> members : components.values()) {
      if (members.size() < 3 || members.size() > MAX_TRANSITIVE) {
        continue;
      }
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          int a = Math.min(members.get(i), members.get(j));
          int b = Math.max(members.get(i), members.get(j));
          if (!reportOf.get(a).equals(reportOf.get(b)) && !compared.contains(Pairs.key(a, b))
              && mayBeOneStatement(all.get(a), all.get(b))) {
            QuotationComparison.compare(all.get(a), all.get(b), lexicon, TRANSITIVE_RUN).ifPresent(comparisons::add);
          }
        }
      }
    }
    List<FactGroup<Quotation>> groups = new ArrayList<>();
    for (List<Integer> members : components.values()) {
      if (members.stream().map(reportOf::get).distinct().count() < 2) {
        continue;
      }
      members.sort(Comparator.comparingInt((Integer i) -> reportOf.get(i)).thenComparingInt(i -> i));
      ImmutableList<Quotation> facts = members.stream().map(all::get).collect(ImmutableList.toImmutableList());
      groups.add(new FactGroup<>(topic(facts), facts));
    }
    return new Result(ImmutableList.copyOf(groups), comparisons.build());
  }

  private static List<String> keys(Quotation q) {
    List<String> keys = new ArrayList<>();
    String previous = "";
    for (Token t : q.words()) {
      if (t.isWordLike()) {
        keys.addAll(QuotationComparison.expand(t.norm(), previous));
        previous = t.norm();
      }
    }
    return keys;
  }

  /**
   * A name in quotation marks, not a statement: every word capitalised but small function words
   * ("State of the Union", "Celebrity Apprentice"). Titles say nothing of who said what.
   */
  static boolean isTitle(Quotation q) {
    int words = 0;
    for (Token t : q.words()) {
      if (t.kind() != Token.Kind.WORD) {
        continue;
      }
      words++;
      int at = t.start() - q.span().start();
      if (at < 0 || at >= q.text().length()) {
        return false;
      }
      char c = q.text().charAt(at);
      if (!Character.isUpperCase(c) && !SMALL_TITLE_WORDS.contains(t.norm())) {
        return false;
      }
    }
    return words >= 1 && words <= 8;
  }

  private static final java.util.Set<String> SMALL_TITLE_WORDS =
      java.util.Set.of("of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "by", "with", "or");

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /**
   * "Quotation of Kim": the speaker most of the group's quotations name (the shortest way of writing
   * it among those), else "Quotation" when none is named.
   */
  static String topic(List<Quotation> facts) {
    List<String> names = new ArrayList<>();
    for (Quotation q : facts) {
      if (q.speaker().isPresent() && Character.isUpperCase(q.speaker().get().charAt(0))
          && !q.speaker().get().contains("'") && !q.speaker().get().contains("’")) {
        names.add(q.speaker().get());
      }
    }
    String speaker = null;
    int bestVotes = 0;
    for (String name : names) {
      int votes = 0;
      for (String other : names) {
        if (Names.same(name, other)) {
          votes++;
        }
      }
      if (votes == 0) {
        continue; // a name made only of words that name no one ("Official") is not the same as itself
      }
      // ties go to the shorter name, then the first in alphabetical order: never the first one read
      if (votes > bestVotes || votes == bestVotes && (name.length() < speaker.length()
          || name.length() == speaker.length() && name.compareTo(speaker) < 0)) {
        speaker = name;
        bestVotes = votes;
      }
    }
    return speaker == null ? "Quotation" : "Quotation of " + speaker;
  }

  /** What {@link #align} finds. */
  static final class Result {
    final ImmutableList<FactGroup<Quotation>> groups;
    final ImmutableList<QuotationComparison> comparisons;

    Result(ImmutableList<FactGroup<Quotation>> groups, ImmutableList<QuotationComparison> comparisons) {
      this.groups = groups;
      this.comparisons = comparisons;
    }
  }
}
