package org.liveblog.analytics.pipeline;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.stage.CheckResult;
import org.liveblog.analytics.stage.DeadLetter;
import org.liveblog.analytics.stage.DeadLetters;
import org.liveblog.analytics.stage.RunScope;
import org.liveblog.analytics.stage.Stage;
import org.liveblog.analytics.stage.StageContext;
import org.liveblog.analytics.warehouse.PublishChecks;
import org.liveblog.analytics.warehouse.Warehouse;

/**
 * The {@link StageContext} of one run over one warehouse: tables are read and staged through it, each staged table's
 * row rules are checked as it is staged, and entries a stage could not process are moved aside ({@link Quarantine})
 * before the next stage reads them. It also keeps what the run summary and the runs table report: rows per table,
 * seconds per stage and step, notes, checks and what was read.
 */
final class RunContext implements StageContext {

  /** Dead letters kept on the driver at most; a run with more fails anyway (see {@link Quarantine}). */
  static final int DEAD_LETTER_LIMIT = 100_000;

  private final SparkSession spark;
  private final Warehouse warehouse;
  private final String runId;
  private final Instant startedAt;
  private final RunScope scope;
  private final Progress progress;
  private final Quarantine quarantine;
  private final DeadLetters deadLetters = new DeadLetters(DEAD_LETTER_LIMIT);
  private final List<TableSchema> writes = new ArrayList<>();
  private int deadLettersSeen;

  private Set<String> partitions;
  private String scopeDescription;
  private boolean finished;
  private Stage current;

  private final Map<String, Long> rows = new LinkedHashMap<>();
  private final Map<String, Duration> seconds = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();
  private final List<CheckResult> checks = new ArrayList<>();
  private Input input = Input.NOTHING;

  /** What the stage that read input files read. */
  record Input(long read, Map<String, Long> rejectedByReason, long superseded, List<FileStatus> files) {
    static final Input NOTHING = new Input(0, Map.of(), 0, List.of());
  }

  RunContext(SparkSession spark, Warehouse warehouse, String runId, Instant startedAt, RunScope scope,
      List<Stage> stages, double maxFailedShare, Progress progress) {
    this.spark = spark;
    this.warehouse = warehouse;
    this.runId = runId;
    this.startedAt = startedAt;
    this.scope = scope;
    this.progress = progress;
    this.partitions = scope.datePartitions();
    this.scopeDescription = scope.describe();
    this.quarantine = new Quarantine(this, stages, maxFailedShare);
    stages.forEach(stage -> writes.addAll(stage.writes()));
    spark.sparkContext().register(deadLetters, "dead letters");
  }

  /** Runs one stage: its Spark jobs grouped under its name, timed, its start and end on the console. */
  void run(Stage stage) {
    current = stage;
    try {
      timed(stage.name(), () -> {
        stage.run(this);
        acceptDeadLetters();
        return null;
      }, () -> stage.writes().stream().mapToLong(t -> rows.getOrDefault(t.name(), 0L)).sum());
    } finally {
      current = null;
    }
  }

  /** Times a step of the run itself (checks, publish), outside any stage. */
  <T> T runStep(String name, Supplier<T> work) {
    return timed(name, work, () -> -1L);
  }

  private <T> T timed(String name, Supplier<T> work, Supplier<Long> rowsStaged) {
    SparkContext sc = spark.sparkContext();
    sc.setJobGroup(name, name, false);
    progress.started(name);
    seconds.putIfAbsent(name, Duration.ZERO);
    long start = System.nanoTime();
    boolean succeeded = false;
    try {
      T result = work.get();
      succeeded = true;
      return result;
    } finally {
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      seconds.merge(name, took, Duration::plus);
      sc.clearJobGroup();
      progress.ended(name, succeeded, rowsStaged.get(), took);
    }
  }

  @Override
  public SparkSession spark() {
    return spark;
  }

  @Override
  public String runId() {
    return runId;
  }

  @Override
  public Instant startedAt() {
    return startedAt;
  }

  @Override
  public RunScope scope() {
    return scope;
  }

  @Override
  public List<TableSchema> writes() {
    return List.copyOf(writes);
  }

  @Override
  public Dataset<Row> input(TableSchema table) {
    if (warehouse.isStaged(table)) {
      return warehouse.readStaged(table);
    }
    Dataset<Row> published = warehouse.read(table);
    return table.partitionColumn().isPresent() && partitions != null
        ? published.filter(Warehouse.inPartitions(table, partitions))
        : published;
  }

  @Override
  public Dataset<Row> current(TableSchema table) {
    return warehouse.current(table, partitions);
  }

  @Override
  public Optional<Dataset<Row>> published(TableSchema table) {
    return warehouse.exists(table) ? Optional.of(warehouse.read(table)) : Optional.empty();
  }

  @Override
  public long stage(TableSchema table, Dataset<Row> tableRows) {
    warehouse.stage(table, tableRows);
    acceptDeadLetters();
    checks.addAll(quarantine.rowChecks(table));
    return rows.get(table.name());
  }

  /** The rows of a staged table, as its row checks counted them. */
  void counted(TableSchema table, long n) {
    rows.put(table.name(), n);
  }

  /** Re-stages a table without some rows (the quarantine), keeping the row count right. */
  void restage(TableSchema table, Dataset<Row> tableRows) {
    rows.put(table.name(), warehouse.stage(table, tableRows).count());
  }

  @Override
  public <T> T step(String name, Supplier<T> work) {
    String stage = current == null ? "run" : current.name();
    spark.sparkContext().setJobGroup(stage, stage + ": " + name, false);
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      seconds.merge(stage + "." + name, Duration.ofNanos(System.nanoTime() - start), Duration::plus);
      spark.sparkContext().setJobGroup(stage, stage, false);
    }
  }

  @Override
  public DeadLetters deadLetters() {
    return deadLetters;
  }

  /** Moves the entries reported since the last look to rejected_entries. */
  private void acceptDeadLetters() {
    List<DeadLetter> letters = deadLetters.value();
    if (letters.size() > deadLettersSeen || deadLetters.count() > letters.size()) {
      List<DeadLetter> fresh = letters.subList(deadLettersSeen, letters.size());
      deadLettersSeen = letters.size();
      quarantine.move(fresh, deadLetters.count() - letters.size());
    }
  }

  @Override
  public void note(String line) {
    notes.add(line);
  }

  @Override
  public void check(CheckResult result) {
    checks.add(result);
  }

  @Override
  public void recordInput(long read, Map<String, Long> rejectedByReason, long superseded, List<FileStatus> files) {
    input = new Input(read, rejectedByReason, superseded, files);
  }

  @Override
  public void replacePartitions(Set<String> replaced, String description) {
    partitions = replaced;
    scopeDescription = description;
  }

  @Override
  public void finishEarly(String description) {
    finished = true;
    partitions = Set.of();
    scopeDescription = description;
  }

  boolean finished() {
    return finished;
  }

  /** The date partitions the run replaces; null for whole tables. */
  Set<String> partitions() {
    return partitions;
  }

  String scopeDescription() {
    return scopeDescription;
  }

  Input inputRead() {
    return input;
  }

  List<CheckResult> checks() {
    return checks;
  }

  long quarantined() {
    return quarantine.moved();
  }

  String currentStageName() {
    return current == null ? "run" : current.name();
  }

  /** The tables staged so far, in staging order. */
  List<TableSchema> stagedTables() {
    return warehouse.staged();
  }

  /** The tables whose rows belong to entries: what a quarantine takes an entry's rows out of. */
  static boolean isPerEntry(TableSchema table) {
    return table.hasColumn("entry_key") && table != Tables.REJECTED_ENTRIES;
  }

  RunSummary summary(String command) {
    return new RunSummary(command, runId, warehouse.root().toString(), input.read(), input.rejectedByReason(),
        input.superseded(), quarantine.moved(), quarantine.firstDetail(), rows, seconds, notes,
        checks.stream().filter(c -> c.level() == CheckResult.Level.WARNING && !c.passed()).toList());
  }

  /** One line per stage as it starts and as it ends, for a log file (Spark's progress bar is for terminals). */
  static final class Progress {
    private final String command;
    private final PrintStream out;

    Progress(String command, PrintStream out) {
      this.command = command;
      this.out = out;
    }

    void started(String stage) {
      if (out != null) {
        out.printf(Locale.ROOT, "liveblog %s: %s ...%n", command, stage);
      }
    }

    /** "done" with the rows staged (a step of the run itself passes -1: no rows), or "failed": the cause follows. */
    void ended(String stage, boolean succeeded, long rows, Duration took) {
      if (out != null && succeeded) {
        out.printf(Locale.ROOT, "liveblog %s: %s done%s in %.1f s%n", command, stage,
            rows < 0 ? "" : String.format(Locale.ROOT, ", %,d rows", rows), took.toMillis() / 1000.0);
      } else if (out != null) {
        out.printf(Locale.ROOT, "liveblog %s: %s failed after %.1f s%n", command, stage, took.toMillis() / 1000.0);
      }
    }
  }
}
