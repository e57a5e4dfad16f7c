package org.liveblog.analytics.generate;

import java.time.LocalDate;
import org.liveblog.analytics.stage.InvalidConfigException;
import org.liveblog.analytics.stage.OptionTypes;
import picocli.CommandLine.Option;

/** The options of `generate`: how big, which seed, which period, where and in which format. */
public final class GenerateOptions {

  @Option(names = "--output", paramLabel = "DIR",
      description = "Folder the corpus (entries/) and its ground truth (manifest.json) are written to.")
  String output;

  @Option(names = "--entries", paramLabel = "N", defaultValue = "20000", converter = OptionTypes.PositiveLong.class,
      description = "Number of entries (default: ${DEFAULT-VALUE}).")
  long entries;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "42", converter = OptionTypes.AnyLong.class,
      description = "Random seed; the same seed writes the same corpus (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--start-date", paramLabel = "YYYY-MM-DD", defaultValue = "2024-01-01",
      converter = OptionTypes.IsoDate.class, description = "First day of the corpus (default: ${DEFAULT-VALUE}).")
  LocalDate startDate;

  @Option(names = "--days", paramLabel = "N", defaultValue = "180", converter = OptionTypes.PositiveInt.class,
      description = "Number of days the corpus spans (default: ${DEFAULT-VALUE}).")
  int days;

  @Option(names = "--output-format", paramLabel = "FORMAT", defaultValue = "parquet",
      description = "Format of the corpus: parquet or jsonl (default: ${DEFAULT-VALUE}).")
  String outputFormat;

  /** The output folder; fails when it is not given. */
  public String output() {
    if (output == null || output.isBlank()) {
      throw new InvalidConfigException("--output is required (on the command line or as 'output' in the config file)");
    }
    return output;
  }

  public String outputFormat() {
    if (!outputFormat.equals("parquet") && !outputFormat.equals("jsonl")) {
      throw new InvalidConfigException("--output-format: expected parquet or jsonl, got '" + outputFormat + "'");
    }
    return outputFormat;
  }

  /** The generator's settings; out-of-range values fail naming the option. */
  public GeneratorSettings settings() {
    try {
      return GeneratorSettings.of(entries, seed).withPeriod(startDate, days);
    } catch (IllegalArgumentException e) {
      throw new InvalidConfigException(e.getMessage());
    }
  }
}
