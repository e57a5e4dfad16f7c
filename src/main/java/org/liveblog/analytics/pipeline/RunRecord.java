package org.liveblog.analytics.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.liveblog.analytics.schema.RowBuilder;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.stage.CheckResult;
import scala.jdk.javaapi.CollectionConverters;

/** Builds the runs-table row of one run (see Tables.RUNS), by column name. */
final class RunRecord {

  private RunRecord() {}

  private static final int RUN_ID = Tables.RUNS.index("run_id");
  private static final int COMMAND = Tables.RUNS.index("command");
  private static final int STATUS = Tables.RUNS.index("status");
  private static final int STARTED_AT = Tables.RUNS.index("started_at");
  private static final int ENDED_AT = Tables.RUNS.index("ended_at");
  private static final int CONFIG = Tables.RUNS.index("config");
  private static final int CONFIG_HASH = Tables.RUNS.index("config_hash");
  private static final int CODE_VERSION = Tables.RUNS.index("code_version");
  private static final int VERSIONS = Tables.RUNS.index("versions");
  private static final int ROWS_READ = Tables.RUNS.index("rows_read");
  private static final int ROWS_VALID = Tables.RUNS.index("rows_valid");
  private static final int ROWS_REJECTED = Tables.RUNS.index("rows_rejected");
  private static final int ROWS_WRITTEN = Tables.RUNS.index("rows_written");
  private static final int STAGE_SECONDS = Tables.RUNS.index("stage_seconds");
  private static final int QUARANTINED = Tables.RUNS.index("entries_quarantined");
  private static final int CHECKS = Tables.RUNS.index("checks");
  private static final int SCOPE = Tables.RUNS.index("scope");
  private static final int INPUT_FILES = Tables.RUNS.index("input_files");
  private static final int ERROR = Tables.RUNS.index("error");

  /** The row; {@code error} is null for a run that published. */
  static Row of(RunSummary summary, String config, Map<String, String> stageVersions, Instant started, Instant ended,
      List<CheckResult> checks, String scope, List<FileStatus> files, String error) {
    Map<String, Double> seconds = new LinkedHashMap<>();
    for (Map.Entry<String, Duration> stage : summary.stageTimes().entrySet()) {
      seconds.put(stage.getKey(), stage.getValue().toMillis() / 1000.0);
    }
    List<Row> checkRows = checks.stream()
        .map(c -> RowFactory.create(c.table(), c.check(), c.violations(), c.level().name().toLowerCase(Locale.ROOT)))
        .toList();
    List<Row> fileRows = files.stream()
        .map(f -> RowFactory.create(f.getPath().toString(), f.getLen(), new Timestamp(f.getModificationTime())))
        .toList();
    return RowBuilder.of(Tables.RUNS)
        .set(RUN_ID, summary.runId())
        .set(COMMAND, summary.command())
        .set(STATUS, error == null ? "succeeded" : "failed")
        .set(STARTED_AT, Timestamp.from(started))
        .set(ENDED_AT, Timestamp.from(ended))
        .set(CONFIG, config)
        .set(CONFIG_HASH, sha256(config))
        .set(CODE_VERSION, codeVersion())
        .set(VERSIONS, CollectionConverters.asScala(versions(config, stageVersions)))
        .set(ROWS_READ, summary.read())
        .set(ROWS_VALID, summary.valid())
        .set(ROWS_REJECTED, summary.rejected())
        .set(ROWS_WRITTEN, CollectionConverters.asScala(summary.rowsPerTable()))
        .set(STAGE_SECONDS, CollectionConverters.asScala(seconds))
        .set(QUARANTINED, summary.quarantined())
        .set(CHECKS, CollectionConverters.asScala(checkRows).toSeq())
        .set(SCOPE, scope)
        .set(INPUT_FILES, CollectionConverters.asScala(fileRows).toSeq())
        .set(ERROR, error)
        .build();
  }

  /** config and code, then what the stages loaded (registry, lexicons, models). */
  private static Map<String, String> versions(String config, Map<String, String> stageVersions) {
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("config", sha256(config));
    versions.put("code", codeVersion());
    versions.putAll(stageVersions);
    return versions;
  }

  /** The job jar's version (dev when run from classes). */
  static String codeVersion() {
    String version = RunRecord.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
