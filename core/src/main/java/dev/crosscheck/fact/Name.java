package dev.crosscheck.fact;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.crosscheck.text.Span;

/**
 * One entity a report names (a person, place, organisation, product), as the report writes it at
 * its fullest: "Police Commander Andrew Smith" stands for the later "Smith" and "Cmdr. Smith" too.
 *
 * @param span the fullest mention, titles included
 * @param text its characters as written
 * @param sentence index of the sentence it is in
 * @param words the words that name the entity, as written, without titles, offices or a possessive
 *     at its end ("Andrew", "Smith"; an inner one stays: "Children's" in "St. Jude Children's Research
 *     Hospital"); never empty
 * @param mentions every place the report names the entity, this mention and the shorter ones
 *     ("Smith"), in text order
 */
public record Name(Span span, String text, int sentence, ImmutableList<String> words, ImmutableList<Span> mentions)
    implements Fact {

  /** The kind's name, as output and rules give it. */
  public static final String KIND = "name";

  /**
   * Validates the record.
   *
   * @param span the fullest mention
   * @param text its characters as written
   * @param sentence index of its sentence
   * @param words the naming words
   * @param mentions every place the report names the entity
   * @throws IllegalArgumentException when {@code words} or {@code mentions} is empty, or a mention is
   *     in another report
   */
  public Name {
    requireNonNull(span, "span");
    requireNonNull(text, "text");
    requireNonNull(words, "words");
    checkArgument(!words.isEmpty(), "a name needs a word");
    requireNonNull(mentions, "mentions");
    checkArgument(!mentions.isEmpty(), "a name is mentioned at least once");
    for (Span m : mentions) {
      checkArgument(m.reportId().equals(span.reportId()), "a mention in another report: %s", m);
    }
  }

  @Override
  public String type() {
    return KIND;
  }

  /**
   * The naming words joined by spaces ("Andrew Smith").
   *
   * @return the name without titles
   */
  public String name() {
    return String.join(" ", words);
  }

  @Override
  public ImmutableMap<String, Object> attributes() {
    return ImmutableMap.of("name", name(), "mentions", mentions.size());
  }
}
