package org.liveblog.analytics.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import org.liveblog.analytics.ingest.ColumnMapping;
import org.liveblog.analytics.ingest.InputFormat;
import org.liveblog.analytics.warehouse.TableFormat;

/**
 * The immutable configuration of one command, resolved once at start-up: defaults, then the config file
 * (Java properties with the keys of {@link ConfigKeys}), then the command line. Every value is checked here, and a
 * bad one fails with a message naming the key, the value and what was expected.
 */
public record JobConfig(
    Optional<String> input,
    Optional<String> warehouse,
    Optional<InputFormat> format,
    ColumnMapping mapping,
    int maxBodyChars,
    LocalDate earliestDate,
    Optional<String> runId,
    Optional<String> output,
    long entries,
    long seed,
    LocalDate startDate,
    int days,
    String outputFormat,
    int lockWaitSeconds,
    TableFormat tableFormat,
    Optional<LocalDate> fromDate,
    Optional<LocalDate> toDate,
    boolean incremental,
    List<String> tables,
    Optional<String> where,
    Optional<String> registry,
    Optional<Double> metonymThreshold,
    SortedMap<String, String> values) {

  /** Thrown for an invalid configuration; the CLI prints the message and exits with code 2. */
  public static final class InvalidConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidConfigException(String message) {
      super(message);
    }
  }

  public static JobConfig resolve(Path configFile, Map<String, String> commandLine) {
    Map<String, String> values = new HashMap<>();
    ConfigKeys.ALL.forEach((key, spec) -> {
      if (spec[0] != null) {
        values.put(key, spec[0]);
      }
    });
    if (configFile != null) {
      values.putAll(readFile(configFile));
    }
    values.putAll(commandLine);
    return fromValues(values);
  }

  static Map<String, String> readFile(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new InvalidConfigException("Cannot read config file " + file + ": " + e.getMessage());
    }
    Map<String, String> values = new HashMap<>();
    for (String key : properties.stringPropertyNames()) {
      if (!ConfigKeys.ALL.containsKey(key)) {
        throw new InvalidConfigException("Config file " + file + ": unknown key '" + key + "'; known keys are "
            + ConfigKeys.ALL.keySet());
      }
      values.put(key, properties.getProperty(key).strip());
    }
    return values;
  }

  private static JobConfig fromValues(Map<String, String> v) {
    ColumnMapping mapping;
    try {
      mapping = ColumnMapping.parse(list(v, ConfigKeys.MAP));
    } catch (IllegalArgumentException e) {
      throw new InvalidConfigException(e.getMessage());
    }
    String format = v.get(ConfigKeys.FORMAT);
    Optional<InputFormat> inputFormat;
    try {
      inputFormat = format.equalsIgnoreCase("auto") ? Optional.empty() : Optional.of(InputFormat.parse(format));
    } catch (IllegalArgumentException e) {
      throw new InvalidConfigException(e.getMessage() + " (or auto)");
    }
    String outputFormat = v.get(ConfigKeys.OUTPUT_FORMAT);
    if (!outputFormat.equals("parquet") && !outputFormat.equals("jsonl")) {
      throw new InvalidConfigException(ConfigKeys.OUTPUT_FORMAT + ": expected parquet or jsonl, got '" + outputFormat + "'");
    }
    List<Optional<LocalDate>> dates = dateRange(v);
    TableFormat tableFormat;
    try {
      tableFormat = TableFormat.parse(v.get(ConfigKeys.TABLE_FORMAT));
    } catch (IllegalArgumentException e) {
      throw new InvalidConfigException(e.getMessage());
    }
    if (bool(v, ConfigKeys.INCREMENTAL) && dates.get(0).isPresent()) {
      throw new InvalidConfigException("incremental: choose either --incremental or dates (--date, --from/--to)");
    }
    return new JobConfig(
        optional(v, ConfigKeys.INPUT), optional(v, ConfigKeys.WAREHOUSE), inputFormat, mapping,
        (int) positive(v, ConfigKeys.MAX_BODY_CHARS, Integer.MAX_VALUE),
        date(v, ConfigKeys.EARLIEST_DATE), optional(v, ConfigKeys.RUN_ID), optional(v, ConfigKeys.OUTPUT),
        positive(v, ConfigKeys.ENTRIES, Long.MAX_VALUE), integer(v, ConfigKeys.SEED),
        date(v, ConfigKeys.START_DATE), (int) positive(v, ConfigKeys.DAYS, 36_600), outputFormat,
        (int) nonNegative(v, ConfigKeys.LOCK_WAIT_SECONDS, 86_400), tableFormat, dates.get(0), dates.get(1),
        bool(v, ConfigKeys.INCREMENTAL), list(v, ConfigKeys.TABLES),
        optional(v, ConfigKeys.WHERE), optional(v, ConfigKeys.REGISTRY), probability(v, ConfigKeys.METONYM_THRESHOLD),
        Collections.unmodifiableSortedMap(new TreeMap<>(v)));
  }

  /** A number strictly between 0 and 1, if the key is set. */
  private static Optional<Double> probability(Map<String, String> v, String key) {
    Optional<String> value = optional(v, key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      double p = Double.parseDouble(value.get());
      if (p > 0 && p < 1) {
        return Optional.of(p);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidConfigException(key + ": expected a number between 0 and 1, got '" + value.get() + "'");
  }

  /** The value of a key the command cannot do without. */
  public static String required(Optional<String> value, String key) {
    return value.orElseThrow(() -> new InvalidConfigException(
        "--" + key + " is required (on the command line or as '" + key + "' in the config file)"));
  }

  private static Optional<String> optional(Map<String, String> v, String key) {
    String value = v.get(key);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  /** [from, to] from --date or --from/--to, both empty for a full run. */
  private static List<Optional<LocalDate>> dateRange(Map<String, String> v) {
    Optional<LocalDate> date = optional(v, ConfigKeys.DATE).map(s -> date(v, ConfigKeys.DATE));
    Optional<LocalDate> from = optional(v, ConfigKeys.FROM).map(s -> date(v, ConfigKeys.FROM));
    Optional<LocalDate> to = optional(v, ConfigKeys.TO).map(s -> date(v, ConfigKeys.TO));
    if (date.isPresent()) {
      if (from.isPresent() || to.isPresent()) {
        throw new InvalidConfigException("date: give either --date or --from/--to, not both");
      }
      return List.of(date, date);
    }
    if (from.isPresent() != to.isPresent()) {
      throw new InvalidConfigException((from.isPresent() ? "to" : "from") + ": --from and --to go together");
    }
    if (from.isPresent() && from.get().isAfter(to.get())) {
      throw new InvalidConfigException("from: " + from.get() + " is after --to " + to.get());
    }
    return List.of(from, to);
  }

  private static boolean bool(Map<String, String> v, String key) {
    String value = v.getOrDefault(key, "false").strip().toLowerCase(java.util.Locale.ROOT);
    if (!value.equals("true") && !value.equals("false")) {
      throw new InvalidConfigException(key + ": expected true or false, got '" + v.get(key) + "'");
    }
    return value.equals("true");
  }

  private static List<String> list(Map<String, String> v, String key) {
    return Arrays.stream(v.getOrDefault(key, "").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static long integer(Map<String, String> v, String key) {
    try {
      return Long.parseLong(v.get(key).replace("_", ""));
    } catch (NumberFormatException e) {
      throw new InvalidConfigException(key + ": expected an integer, got '" + v.get(key) + "'");
    }
  }

  private static long positive(Map<String, String> v, String key, long max) {
    long value = integer(v, key);
    if (value < 1 || value > max) {
      throw new InvalidConfigException(key + ": expected an integer from 1 to " + max + ", got '" + v.get(key) + "'");
    }
    return value;
  }

  private static long nonNegative(Map<String, String> v, String key, long max) {
    long value = integer(v, key);
    if (value < 0 || value > max) {
      throw new InvalidConfigException(key + ": expected an integer from 0 to " + max + ", got '" + v.get(key) + "'");
    }
    return value;
  }

  /** The resolved settings, one key=value per line in key order: what the runs table records and hashes. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    values.forEach((key, value) -> out.append(key).append('=').append(value).append('\n'));
    return out.toString();
  }

  private static LocalDate date(Map<String, String> v, String key) {
    try {
      return LocalDate.parse(v.get(key));
    } catch (DateTimeParseException e) {
      throw new InvalidConfigException(key + ": expected a date as YYYY-MM-DD, got '" + v.get(key) + "'");
    }
  }
}
