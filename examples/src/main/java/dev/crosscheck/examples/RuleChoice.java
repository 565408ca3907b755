package dev.crosscheck.examples;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.Crosscheck;
import dev.crosscheck.rule.RuleConfig;
import dev.crosscheck.rule.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * {@code --only}, {@code --disable} and {@code --config FILE}, shared by check and batch: which
 * rules run, at which severity, with which options. The file is JSON:
 *
 * <pre>{@code
 * {"rules": {
 *   "quotation-wording": {"options": {"functionWords": false}},
 *   "quantity-mismatch": {"severity": "conflict"},
 *   "date-mismatch": {"enabled": false}}}
 * }</pre>
 */
final class RuleChoice {
  @Option(names = "--only", paramLabel = "RULE", split = ",",
      description = "Run only these rules (ids, comma separated; see the rules command).")
  List<String> only;

  @Option(names = "--disable", paramLabel = "RULE", split = ",",
      description = "Leave these rules out (ids, comma separated).")
  List<String> disable;

  @Option(names = "--config", paramLabel = "FILE",
      description = "A JSON file that enables or disables rules, sets their severity and options: "
          + "{\"rules\": {\"RULE\": {\"enabled\": true|false, \"severity\": \"conflict\"|\"variant\", "
          + "\"options\": {\"NAME\": VALUE}}}}.")
  Path config;

  private static final Set<String> TOP = Set.of("rules");
  private static final Set<String> RULE_KEYS = Set.of("enabled", "severity", "options");

  /** The checker with the rules chosen on the command line; the checker itself when none is. */
  Crosscheck apply(Crosscheck checker, ObjectMapper mapper) {
    if (only == null && disable == null && config == null) {
      return checker;
    }
    return configure(checker, mapper, config == null ? null : ReportFiles.readText(config),
        config == null ? null : config.toString(), only, disable);
  }

  /**
   * The checker with a rules configuration (the JSON of {@code --config}) and the rules to run
   * only or to leave out applied, as {@code batch} applies them; for a runner that holds the
   * configuration as text (the Spark job ships it to its executors so).
   *
   * @param checker the checker to start from
   * @param mapper reads the configuration
   * @param configText the configuration's JSON, or null for none
   * @param configName what errors call the configuration (its file name), or null
   * @param only the rules to run only, or null for all
   * @param disable the rules to leave out, or null for none
   * @return the configured checker
   * @throws InputException for a bad configuration or an unknown rule
   */
  static Crosscheck configure(Crosscheck checker, ObjectMapper mapper, String configText, String configName,
      List<String> only, List<String> disable) {
    Crosscheck.Builder builder = checker.toBuilder();
    String name = configName == null ? "configuration" : configName;
    if (configText != null) {
      read(mapper, configText, name).forEach(builder::configure);
    }
    if (only != null) {
      builder.only(only.toArray(String[]::new));
    }
    if (disable != null) {
      builder.disable(disable.toArray(String[]::new));
    }
    try {
      return builder.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new InputException((configText != null ? name + ": " : "") + e.getMessage());
    }
  }

  /** The configuration of each rule the file names, in file order. */
  private static Map<String, RuleConfig> read(ObjectMapper mapper, String text, String config) {
    JsonNode root;
    try {
      root = mapper.readTree(text);
    } catch (JacksonException e) {
      throw new InputException(config + ": bad JSON: " + ReportFiles.oneLine(e.getOriginalMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new InputException(config + ": not a JSON object");
    }
    unknownKeys(root, TOP, "", config);
    JsonNode rules = root.path("rules");
    if (!rules.isObject()) {
      throw new InputException(config + ": \"rules\" must be an object of rule ids");
    }
    Map<String, RuleConfig> out = new java.util.LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = rules.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String where = "rule '" + e.getKey() + "'";
      JsonNode r = e.getValue();
      if (!r.isObject()) {
        throw new InputException(config + ": " + where + " must be an object");
      }
      unknownKeys(r, RULE_KEYS, where + ": ", config);
      RuleConfig c = RuleConfig.DEFAULT;
      if (r.has("enabled")) {
        if (!r.get("enabled").isBoolean()) {
          throw new InputException(config + ": " + where + ": \"enabled\" must be true or false");
        }
        c = c.withEnabled(r.get("enabled").asBoolean());
      }
      if (r.has("severity")) {
        c = c.withSeverity(severity(r.get("severity"), where, config));
      }
      if (r.has("options")) {
        JsonNode options = r.get("options");
        if (!options.isObject()) {
          throw new InputException(config + ": " + where + ": \"options\" must be an object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> o = options.fields(); o.hasNext(); ) {
          Map.Entry<String, JsonNode> option = o.next();
          JsonNode v = option.getValue();
          if (!(v.isBoolean() || v.isNumber() || v.isTextual())) {
            throw new InputException(config + ": " + where + ": option " + option.getKey()
                + " must be true, false or a number");
          }
          c = c.withOption(option.getKey(), v.asText());
        }
      }
      out.put(e.getKey(), c);
    }
    return out;
  }

  private static Severity severity(JsonNode node, String where, String config) {
    String s = node.isTextual() ? node.asText().toLowerCase(Locale.ROOT) : "";
    return switch (s) {
      case "conflict" -> Severity.CONFLICT;
      case "variant" -> Severity.VARIANT;
      default -> throw new InputException(config + ": " + where + ": \"severity\" must be \"conflict\" or \"variant\"");
    };
  }

  private static void unknownKeys(JsonNode node, Set<String> known, String where, String config) {
    List<String> unknown = new ArrayList<>();
    node.fieldNames().forEachRemaining(k -> {
      if (!known.contains(k)) {
        unknown.add(k);
      }
    });
    if (!unknown.isEmpty()) {
      throw new InputException(config + ": " + where + "unknown key(s) " + unknown + "; known: "
          + known.stream().sorted().toList());
    }
  }
}
