package dev.crosscheck.fact;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The units of measure that quantities are read with, in one table: canonical name, dimension,
 * factor to the dimension's base (seconds, metres, square metres, litres, kilograms, metres per
 * second; 1 for percent and money) and the ways a report writes them.
 *
 * <p>Words ("hours", "per cent", "US dollars") match in any case after any number. Abbreviations
 * ("km", "kg", "h", "%", "won") match in their exact case and only after a number written with
 * digits or a scale word ("10 km", "5 million won", not "two m"); a one-letter abbreviation must
 * touch the digits ("30C", "48m"). Signs ("$", "US$", "€", "USD") stand before the number. Units
 * marked in the {@code a} column also read "a"/"an" as one ("a week ago", "an hour").
 *
 * <p>Readings to know: a bare "$" is the US dollar; "pounds" is sterling (write "lb" for mass);
 * "ton" is the metric tonne; a month is a twelfth of a Julian year (30.4375 days), a year 365.25
 * days. Temperatures are separate dimensions per scale, since they do not convert by a factor.
 */
public final class Units {

  private static final String TABLE =
      """
      # name             | dimension              | factor          | a | words (any case)                                                                                                      | abbreviations (exact case, after digits) | signs (before the number)
      millisecond        | duration               | 0.001           |   | millisecond, milliseconds                                                                                             | ms                                       |
      second             | duration               | 1               |   | second, seconds                                                                                                       | sec, secs                                |
      minute             | duration               | 60              | a | minute, minutes                                                                                                       | min, mins                                |
      hour               | duration               | 3600            | a | hour, hours                                                                                                           | h, hr, hrs                               |
      day                | duration               | 86400           | a | day, days                                                                                                             |                                          |
      week               | duration               | 604800          | a | week, weeks                                                                                                           | wk, wks                                  |
      fortnight          | duration               | 1209600         | a | fortnight, fortnights                                                                                                 |                                          |
      month              | duration               | 2629800         | a | month, months                                                                                                         |                                          |
      year               | duration               | 31557600        | a | year, years                                                                                                           | yr, yrs                                  |
      decade             | duration               | 315576000       | a | decade, decades                                                                                                       |                                          |
      century            | duration               | 3155760000      | a | century, centuries                                                                                                    |                                          |
      millimetre         | length                 | 0.001           | a | millimetre, millimetres, millimeter, millimeters                                                                      | mm                                       |
      centimetre         | length                 | 0.01            | a | centimetre, centimetres, centimeter, centimeters                                                                      | cm                                       |
      metre              | length                 | 1               | a | metre, metres, meter, meters                                                                                          | m                                        |
      kilometre          | length                 | 1000            | a | kilometre, kilometres, kilometer, kilometers                                                                          | km, kms                                  |
      inch               | length                 | 0.0254          | a | inch, inches                                                                                                          |                                          |
      foot               | length                 | 0.3048          | a | foot, feet                                                                                                            | ft                                       |
      yard               | length                 | 0.9144          | a | yard, yards                                                                                                           | yd, yds                                  |
      mile               | length                 | 1609.344        | a | mile, miles                                                                                                           | mi                                       |
      nautical mile      | length                 | 1852            | a | nautical mile, nautical miles                                                                                         |                                          |
      square metre       | area                   | 1               | a | square metre, square metres, square meter, square meters                                                              | m², m2, sq m                             |
      square kilometre   | area                   | 1000000         | a | square kilometre, square kilometres, square kilometer, square kilometers                                              | km², km2, sq km                          |
      square mile        | area                   | 2589988.110336  | a | square mile, square miles                                                                                             | sq mi                                    |
      square foot        | area                   | 0.09290304      | a | square foot, square feet                                                                                              | sq ft                                    |
      hectare            | area                   | 10000           | a | hectare, hectares                                                                                                     | ha                                       |
      acre               | area                   | 4046.8564224    | a | acre, acres                                                                                                           |                                          |
      millilitre         | volume                 | 0.001           | a | millilitre, millilitres, milliliter, milliliters                                                                      | ml                                       |
      litre              | volume                 | 1               | a | litre, litres, liter, liters                                                                                          |                                          |
      cubic metre        | volume                 | 1000            | a | cubic metre, cubic metres, cubic meter, cubic meters                                                                  | m³, m3                                   |
      gallon             | volume                 | 3.785411784     | a | gallon, gallons                                                                                                       | gal                                      |
      barrel             | volume                 | 158.987294928   | a | barrel, barrels                                                                                                       | bbl                                      |
      milligram          | mass                   | 0.000001        | a | milligram, milligrams                                                                                                 | mg                                       |
      gram               | mass                   | 0.001           | a | gram, grams, gramme, grammes                                                                                          | g                                        |
      kilogram           | mass                   | 1               | a | kilogram, kilograms, kilogramme, kilogrammes, kilo, kilos                                                             | kg, kgs                                  |
      tonne              | mass                   | 1000            | a | tonne, tonnes, ton, tons, metric ton, metric tons                                                                     | t                                        |
      pound              | mass                   | 0.45359237      |   |                                                                                                                       | lb, lbs                                  |
      ounce              | mass                   | 0.028349523125  | a | ounce, ounces                                                                                                         | oz                                       |
      kilometre per hour | speed                  | 0.2777777777778 |   | kilometres per hour, kilometers per hour, kilometres an hour, kilometers an hour, km per hour, km an hour             | km/h, kph, kmh                           |
      mile per hour      | speed                  | 0.44704         |   | miles per hour, miles an hour, mile per hour, mile an hour                                                            | mph                                      |
      metre per second   | speed                  | 1               |   | metres per second, meters per second                                                                                  | m/s                                      |
      knot               | speed                  | 0.5144444444444 | a | knot, knots                                                                                                           |                                          |
      degree Celsius     | temperature:celsius    | 1               |   | degree celsius, degrees celsius, degree centigrade, degrees centigrade, degrees c                                      | °C, ºC, C                                |
      degree Fahrenheit  | temperature:fahrenheit | 1               |   | degree fahrenheit, degrees fahrenheit, degrees f                                                                      | °F, ºF, F                                |
      degree             | degree                 | 1               |   | degree, degrees                                                                                                       | °, º                                     |
      percent            | percent                | 1               |   | percent, per cent, pct                                                                                                | %                                        |
      percentage point   | percentage-point       | 1               | a | percentage point, percentage points                                                                                   | pp, ppt                                  |
      basis point        | percentage-point       | 0.01            | a | basis point, basis points                                                                                             | bp, bps                                  |
      dollar             | money:USD              | 1               | a | dollar, dollars, us dollar, us dollars, u.s. dollar, u.s. dollars, american dollars                                   | USD                                      | $, US$, U.S.$, USD
      cent               | money:USD              | 0.01            | a | cent, cents                                                                                                           | ¢                                        |
      dollar             | money:AUD              | 1               |   | australian dollar, australian dollars                                                                                 | AUD                                      | A$, AU$, AUD
      dollar             | money:CAD              | 1               |   | canadian dollar, canadian dollars                                                                                     | CAD                                      | C$, CA$, CAD
      dollar             | money:HKD              | 1               |   | hong kong dollar, hong kong dollars                                                                                   | HKD                                      | HK$, HKD
      euro               | money:EUR              | 1               | a | euro, euros                                                                                                           | EUR                                      | €, EUR
      pound              | money:GBP              | 1               | a | pound, pounds, pound sterling, pounds sterling, sterling                                                              | GBP                                      | £, GBP
      yen                | money:JPY              | 1               |   | yen                                                                                                                   | JPY                                      | ¥, JPY
      yuan               | money:CNY              | 1               |   | yuan, renminbi                                                                                                        | CNY, RMB                                 | CNY, RMB
      rouble             | money:RUB              | 1               |   | rouble, roubles, ruble, rubles                                                                                        | RUB                                      | ₽, RUB
      won                | money:KRW              | 1               |   |                                                                                                                       | won, KRW                                 | ₩, KRW
      rupee              | money:INR              | 1               |   | rupee, rupees                                                                                                         | INR                                      | ₹, INR, Rs, Rs.
      franc              | money:CHF              | 1               |   | swiss franc, swiss francs                                                                                             | CHF                                      | CHF
      """;

  /** A unit as found in the text: the unit, the tokens it covers and whether "a" may count it. */
  record Found(Unit unit, int first, int last) {}

  private record Entry(Unit unit, boolean article) {}

  private static final ImmutableList<Unit> ALL;
  private static final ImmutableMap<String, Entry> WORDS;
  private static final ImmutableMap<String, Entry> ABBREVIATIONS;
  private static final ImmutableMap<String, Unit> SIGNS;
  private static final int MAX_TOKENS;

  static {
    ImmutableList.Builder<Unit> all = ImmutableList.builder();
    Map<String, Entry> words = new LinkedHashMap<>();
    Map<String, Entry> abbreviations = new LinkedHashMap<>();
    Map<String, Unit> signs = new LinkedHashMap<>();
    int maxTokens = 1;
    Splitter columns = Splitter.on('|').trimResults();
    Splitter list = Splitter.on(',').trimResults().omitEmptyStrings();
    for (String line : TABLE.split("\n")) {
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      List<String> c = columns.splitToList(line);
      if (c.size() < 6) {
        throw new IllegalStateException("bad unit line: " + line);
      }
      Unit unit = new Unit(c.get(0), c.get(1), Double.parseDouble(c.get(2)));
      Entry entry = new Entry(unit, c.get(3).equals("a"));
      all.add(unit);
      for (String w : list.split(c.get(4))) {
        putOnce(words, w.toLowerCase(Locale.ROOT), entry);
        maxTokens = Math.max(maxTokens, tokenCount(w));
      }
      for (String a : list.split(c.get(5))) {
        putOnce(abbreviations, a, entry);
        maxTokens = Math.max(maxTokens, tokenCount(a));
      }
      if (c.size() > 6) {
        for (String s : list.split(c.get(6))) {
          if (signs.put(s, unit) != null) {
            throw new IllegalStateException("sign listed twice: " + s);
          }
          maxTokens = Math.max(maxTokens, tokenCount(s));
        }
      }
    }
    ALL = all.build();
    WORDS = ImmutableMap.copyOf(words);
    ABBREVIATIONS = ImmutableMap.copyOf(abbreviations);
    SIGNS = ImmutableMap.copyOf(signs);
    MAX_TOKENS = maxTokens;
  }

  private Units() {}

  private static <V> void putOnce(Map<String, V> map, String key, V value) {
    if (map.put(key, value) != null) {
      throw new IllegalStateException("unit spelling listed twice: " + key);
    }
  }

  private static int tokenCount(String surface) {
    return QuantityTokens.of(surface, 0, surface.length()).size();
  }

  /** Every unit of the table, in table order. */
  public static ImmutableList<Unit> all() {
    return ALL;
  }

  /**
   * The unit a spelling stands for: a word in any case ("Hours"), an abbreviation or a sign in its
   * exact case ("km", "$").
   */
  public static Optional<Unit> forSpelling(String spelling) {
    Entry e = WORDS.get(spelling.toLowerCase(Locale.ROOT));
    if (e == null) {
      e = ABBREVIATIONS.get(spelling);
    }
    if (e != null) {
      return Optional.of(e.unit());
    }
    return Optional.ofNullable(SIGNS.get(spelling));
  }

  /**
   * The unit written from token {@code from} on, right after a number that ends at token
   * {@code numberLast}; the longest spelling wins. A hyphen that joins number and unit ("five-hour")
   * is stepped over. {@code numeric}: the number has digits or a scale word, which abbreviations need.
   */
  static Found after(QuantityTokens t, int from, int numberLast, boolean numeric) {
    int first = from;
    boolean hyphen = t.isSymbolIn(first, "-‐") && t.attached(first) && t.attached(first + 1);
    if (hyphen) {
      first++;
    }
    Found best = null;
    for (int k = 1; k <= MAX_TOKENS && first + k <= t.size(); k++) {
      String key = t.key(first, first + k);
      Entry e = WORDS.get(key.toLowerCase(Locale.ROOT));
      if (e == null && numeric) {
        e = ABBREVIATIONS.get(key);
        if (e != null && key.length() == 1 && (hyphen || !t.attached(first) || first != numberLast + 1)) {
          e = null;
        }
      }
      if (e != null) {
        best = new Found(e.unit(), from, first + k - 1);
      }
    }
    return best;
  }

  /** Whether a unit spelled by a word at token {@code i} may follow "a"/"an" to mean one of it. */
  static Found afterArticle(QuantityTokens t, int i) {
    Found best = null;
    for (int k = 1; k <= MAX_TOKENS && i + k <= t.size(); k++) {
      Entry e = WORDS.get(t.key(i, i + k).toLowerCase(Locale.ROOT));
      if (e != null) {
        best = e.article() ? new Found(e.unit(), i, i + k - 1) : null;
      }
    }
    return best;
  }

  /**
   * The currency sign written just before the number that starts at token {@code numberFirst}
   * ("$", "US$", "€", "USD "), looking no further back than token {@code floor}.
   */
  static Found before(QuantityTokens t, int numberFirst, int floor) {
    Found best = null;
    for (int k = 1; k <= MAX_TOKENS && numberFirst - k >= floor; k++) {
      int first = numberFirst - k;
      Unit u = SIGNS.get(t.key(first, numberFirst).strip());
      // "$" may stand apart from the number ("$ 75 million"), but the sign itself must be whole:
      // no letters glued to its front ("XUS$").
      if (u != null && !(t.attached(first) && t.isWord(first - 1))) {
        best = new Found(u, first, numberFirst - 1);
      }
    }
    return best;
  }
}
