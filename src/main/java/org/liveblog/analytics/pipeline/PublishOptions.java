package org.liveblog.analytics.pipeline;

import java.time.LocalDate;
import java.util.Optional;
import org.liveblog.analytics.stage.InvalidConfigException;
import org.liveblog.analytics.stage.OptionTypes;
import org.liveblog.analytics.stage.RunScope;
import org.liveblog.analytics.warehouse.TableFormat;
import picocli.CommandLine.Option;

/**
 * Where and how a run publishes (every command that writes a warehouse): the warehouse, the dates, the table format,
 * the lock, the run id and how many entries may fail processing. Declared once as options; a config file gives
 * defaults for them by their long names.
 */
public final class PublishOptions {

  @Option(names = "--warehouse", paramLabel = "DIR",
      description = "Folder (local, hdfs://, s3a://) that holds the published tables.")
  String warehouse;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = OptionTypes.IsoDate.class,
      description = "Publish only this UTC date of entries; other dates stay as they are. Same as --from D --to D.")
  LocalDate date;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = OptionTypes.IsoDate.class,
      description = "Backfill: first UTC date to publish (with --to); other dates stay as they are.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = OptionTypes.IsoDate.class,
      description = "Backfill: last UTC date to publish (with --from).")
  LocalDate to;

  @Option(names = "--table-format", paramLabel = "FORMAT", defaultValue = "parquet",
      converter = TableFormat.Option.class,
      description = "How tables are stored: parquet (folders of Parquet files, the default) or iceberg (tables of a"
          + " Hadoop catalog under the warehouse, one atomic snapshot per table per run; needs the"
          + " iceberg-spark-runtime jar).")
  TableFormat tableFormat;

  @Option(names = "--lock-wait-seconds", paramLabel = "S", defaultValue = "0",
      converter = OptionTypes.NonNegativeInt.class,
      description = "How long a run waits for another run's warehouse lock before failing (default: ${DEFAULT-VALUE}).")
  int lockWaitSeconds;

  @Option(names = "--run-id", paramLabel = "ID",
      description = "Id of the run (default: its UTC start time and a random suffix).")
  String runId;

  @Option(names = "--max-failed-share", paramLabel = "SHARE", defaultValue = "0.001",
      converter = OptionTypes.Share.class,
      description = "Entries whose processing fails are moved to rejected_entries and the rest is published; the run"
          + " fails when they are more than this share of its entries (default: ${DEFAULT-VALUE}, one in a thousand;"
          + " one entry is always allowed).")
  double maxFailedShare;

  public String warehouse() {
    if (warehouse == null || warehouse.isBlank()) {
      throw new InvalidConfigException(
          "--warehouse is required (on the command line or as 'warehouse' in the config file)");
    }
    return warehouse;
  }

  public TableFormat tableFormat() {
    return tableFormat;
  }

  public int lockWaitSeconds() {
    return lockWaitSeconds;
  }

  public Optional<String> runId() {
    return Optional.ofNullable(runId).filter(s -> !s.isBlank());
  }

  public double maxFailedShare() {
    return maxFailedShare;
  }

  /**
   * The scope the options ask for ({@code incremental}: the ingest stage's --incremental); fails naming the options
   * that contradict each other.
   */
  public RunScope scope(boolean incremental) {
    if (date != null && (from != null || to != null)) {
      throw new InvalidConfigException("--date: give either --date or --from/--to, not both");
    }
    if ((from == null) != (to == null)) {
      throw new InvalidConfigException((from == null ? "--from" : "--to") + ": --from and --to go together");
    }
    LocalDate first = date != null ? date : from;
    LocalDate last = date != null ? date : to;
    if (first != null && first.isAfter(last)) {
      throw new InvalidConfigException("--from: " + first + " is after --to " + last);
    }
    if (incremental && first != null) {
      throw new InvalidConfigException("--incremental: choose either --incremental or dates (--date, --from/--to)");
    }
    if (incremental) {
      return RunScope.incremental();
    }
    return first == null ? RunScope.full() : RunScope.dates(first, last);
  }
}
