package dev.crosscheck.fact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.testing.Corpora;
import dev.crosscheck.text.Document;
import dev.crosscheck.text.DocumentReader;
import dev.crosscheck.text.Report;
import dev.crosscheck.text.Sentence;
import dev.crosscheck.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * One tokenisation: the quantity readers' tokens are a refinement of {@link Document}'s. Each lies
 * inside one document token ("U.S." read as U, ., S, .; "Oct." as Oct and .) or joins whole adjacent
 * ones ("40 000" is one figure, two document tokens). The one exception is documented in
 * {@link QuantityTokens}: a figure glued to letters ("v4.2.4") is read from its first digit.
 */
class QuantityTokensRefinementTest {
  private static final DocumentReader READER = new DocumentReader();

  /** The quantity tokens of the document that are neither inside one document token nor a join of whole ones. */
  private static List<String> offGrid(Document d) {
    Set<Integer> starts = new HashSet<>();
    Set<Integer> ends = new HashSet<>();
    TreeMap<Integer, Token> byStart = new TreeMap<>();
    for (Token t : d.tokens()) {
      starts.add(t.start());
      ends.add(t.end());
      byStart.put(t.start(), t);
    }
    List<String> off = new ArrayList<>();
    for (Sentence s : d.sentences()) {
      QuantityTokens q = QuantityTokens.of(d.text(), s.start(), s.end());
      for (int i = 0; i < q.size(); i++) {
        Map.Entry<Integer, Token> in = byStart.floorEntry(q.start(i));
        boolean inside = in != null && q.end(i) <= in.getValue().end();
        boolean joined = starts.contains(q.start(i)) && ends.contains(q.end(i));
        boolean gluedFigure = q.kind(i) == QuantityTokens.Kind.DIGITS && in != null
            && in.getValue().kind() == Token.Kind.WORD && in.getValue().start() < q.start(i)
            && q.start(i) < in.getValue().end();
        if (!inside && !joined && !gluedFigure) {
          off.add(q.kind(i) + " '" + q.text(i) + "' at " + q.start(i) + " in " + d.id());
        }
      }
    }
    return off;
  }

  @Test
  void madeUpShapes() {
    Document d = READER.read(new Report("x", "The U.S. paid $40 000 on Oct. 3... -- about 1,200.5 tonnes"
        + " (or 3\u00ADkm) in\u200Bfull, 17\u200E%, said Dr. Lee."));
    assertThat(offGrid(d)).isEmpty();
  }

  @Test
  void everyCorpusReport() {
    List<Corpora.Cluster> clusters = Corpora.clusters();
    Assumptions.assumeFalse(clusters.isEmpty(), "../shared/corpora not found");
    List<String> off = new ArrayList<>();
    int reports = 0;
    for (Corpora.Cluster c : clusters) {
      for (Report r : c.reports()) {
        reports++;
        off.addAll(offGrid(READER.read(r)));
      }
    }
    assertThat(reports).isPositive();
    assertThat(off).isEmpty();
  }
}
