package dev.crosscheck.fact;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.List;

/**
 * The titles and offices written before names, read once from {@code titles.tsv} beside this class:
 * one table for every part that reads them, each word with the roles it plays (see the table's
 * header). Lower case, without periods.
 */
public final class Titles {
  /** The roles a title may have, as the table names them. */
  public enum Role {
    /** A title or role inside a capitalised name, dropped from a speaker: "Mr Kim" is "Kim". */
    TITLE,
    /** It always names a person's office: "Press Secretary Josh Earnest" is a person. */
    PERSON,
    /** Kept before a name in one quotation and dropped in another, it is form, not wording. */
    FORM,
    /** It does not tell two names apart: "President Kim" and "Kim" are one person. */
    NOISE,
    /** An office or rank before a person's name, read by names only: "LAPD Cmdr. Andy Smith" names Andy Smith. */
    OFFICE
  }

  private static final ImmutableSetMultimap<Role, String> BY_ROLE = read();

  private Titles() {}

  /**
   * The words with one role.
   *
   * @param role the role
   * @return the words the table gives that role
   */
  public static ImmutableSet<String> withRole(Role role) {
    return BY_ROLE.get(role);
  }

  /**
   * The words with any of the roles.
   *
   * @param roles the roles
   * @return the words the table gives one of them, in table order
   */
  public static ImmutableSet<String> withAnyRole(Role... roles) {
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    for (Role r : roles) {
      out.addAll(BY_ROLE.get(r));
    }
    return out.build();
  }

  private static ImmutableSetMultimap<Role, String> read() {
    ImmutableSetMultimap.Builder<Role, String> out = ImmutableSetMultimap.builder();
    for (String row : Units.tableLines("titles.tsv")) {
      List<String> cells = Splitter.on('\t').splitToList(row);
      checkArgument(cells.size() == 2, "titles.tsv: want a word and its roles: %s", row);
      for (String role : Splitter.on(',').trimResults().omitEmptyStrings().split(cells.get(1))) {
        out.put(Role.valueOf(role.toUpperCase(java.util.Locale.ROOT)), cells.get(0));
      }
    }
    return out.build();
  }
}
