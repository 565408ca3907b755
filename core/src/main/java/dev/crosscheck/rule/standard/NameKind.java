package dev.crosscheck.rule.standard;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.align.ClusterStatistics;
import dev.crosscheck.align.FactContext;
import dev.crosscheck.align.FactKind;
import dev.crosscheck.align.Lexicon;
import dev.crosscheck.fact.Name;
import dev.crosscheck.fact.NameExtractor;
import dev.crosscheck.fact.Names;
import dev.crosscheck.text.Document;
import dev.crosscheck.text.Sentence;
import dev.crosscheck.text.Token;
import java.util.Comparator;
import java.util.List;

/**
 * Names as a kind of fact: each entity a report names ({@link NameExtractor}), aligned across reports
 * with the entities whose names can be the same one ({@link Names#relation} other than
 * {@code NONE}), most alike first: the naming words themselves and their letters (so "Nasser" finds
 * "Naser"), then the words around them.
 */
final class NameKind implements FactKind<Name> {
  /** How many tokens either side of a name its context reads. */
  private static final int NEAR = 8;
  /** The distance a context word is weighted as beyond its own: the name's words count most. */
  private static final int FAR = 6;
  private static final NameExtractor EXTRACTOR = new NameExtractor(Lexicon.standard()::isFunctionWord);

  @Override
  public String name() {
    return Name.KIND;
  }

  @Override
  public Class<Name> type() {
    return Name.class;
  }

  @Override
  public ImmutableList<Name> extract(Document document) {
    return EXTRACTOR.extract(document);
  }

  @Override
  public boolean comparable(Name a, Name b) {
    return Names.relation(a.words(), b.words()) != Names.Relation.NONE;
  }

  /**
   * The name's own words and their letter triples, then the content words within a few tokens of
   * it, weighted less: an entity is known by its name first, by what is said around it second.
   */
  @Override
  public FactContext context(Name fact, Document document, ClusterStatistics statistics, Lexicon lexicon) {
    FactContext.Builder b = FactContext.builder(fact, document, statistics);
    for (String key : Names.keys(fact.words())) {
      b.word("name:" + key, 0);
      for (int i = 0; i + 3 <= key.length(); i++) {
        b.word("tri:" + key.substring(i, i + 3), 0);
      }
    }
    Sentence sentence = document.sentences().get(fact.sentence());
    List<Token> tokens = document.tokens();
    int first = document.tokenIndexAt(fact.span().start());
    int last = document.tokenIndexAt(fact.span().end() - 1);
    for (int i = Math.max(sentence.firstToken(), first - NEAR); i < Math.min(sentence.endToken(), last + 1 + NEAR); i++) {
      if ((i < first || i > last) && lexicon.isContentWord(tokens.get(i))) {
        b.word(lexicon.key(tokens.get(i).norm()), FAR + (i < first ? first - i : i - last));
      }
    }
    return b.build();
  }

  @Override
  public double threshold() {
    return 0.1;
  }

  @Override
  public String topic(List<Name> facts) {
    return "Name of " + facts.stream().map(Name::name)
        .max(Comparator.comparingInt((String s) -> s.split(" ").length).thenComparing(Comparator.reverseOrder()))
        .orElse("?");
  }
}
