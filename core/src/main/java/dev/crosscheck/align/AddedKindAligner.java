package dev.crosscheck.align;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.fact.DocumentFacts;
import dev.crosscheck.fact.Fact;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Aligns the facts of one added {@link FactKind} through the engine, with the kind's constraints. */
final class AddedKindAligner<F extends Fact> {
  private final FactKind<F> kind;
  private final Lexicon lexicon;
  private final AlignmentEngine engine;

  AddedKindAligner(FactKind<F> kind, Lexicon lexicon, AlignmentEngine engine) {
    this.kind = kind;
    this.lexicon = lexicon;
    this.engine = engine;
  }

  ImmutableList<FactGroup<F>> align(List<DocumentFacts> documents, ClusterStatistics statistics) {
    List<Item<F>> items = new ArrayList<>();
    for (int r = 0; r < documents.size(); r++) {
      DocumentFacts d = documents.get(r);
      for (F fact : d.facts(kind.name(), kind.type())) {
        items.add(new Item<>(r, fact, kind.context(fact, d.document(), statistics, lexicon), kind.constraint(fact)));
      }
    }
    return engine.align(pairing, items);
  }

  private static final class Item<F extends Fact> extends AlignmentEngine.Item<F> {
    final String constraint;

    Item(int report, F fact, FactContext context, String constraint) {
      super(report, fact, context);
      this.constraint = constraint;
    }
  }

  private final AlignmentEngine.Pairing<F, Item<F>> pairing = new AlignmentEngine.Pairing<>() {
    @Override
    public double threshold() {
      return kind.threshold();
    }

    @Override
    public double margin() {
      return kind.margin();
    }

    @Override
    public Set<String> features(Item<F> it) {
      return it.context.features(it.constraint);
    }

    @Override
    public boolean allowed(Item<F> x, Item<F> y) {
      return x.constraint.equals(y.constraint) && kind.comparable(x.fact, y.fact) && kind.comparable(y.fact, x.fact);
    }

    @Override
    public String topic(List<Item<F>> members) {
      return kind.topic(members.stream().map(it -> it.fact).toList());
    }
  };
}
