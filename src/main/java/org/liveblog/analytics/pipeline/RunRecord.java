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
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.liveblog.analytics.cli.JobConfig;
import org.liveblog.analytics.cli.LiveblogCli;
import org.liveblog.analytics.warehouse.CheckResult;
import scala.jdk.javaapi.CollectionConverters;

/** Builds the runs-table row of one run (see Tables.RUNS). */
final class RunRecord {

  private RunRecord() {}

  static Row of(RunSummary summary, JobConfig config, Map<String, String> stageVersions, Instant started, Instant ended, List<CheckResult> checks,
      String scope, List<FileStatus> files, String error) {
    Map<String, Double> seconds = new LinkedHashMap<>();
    for (Map.Entry<String, Duration> stage : summary.stageTimes().entrySet()) {
      seconds.put(stage.getKey(), stage.getValue().toMillis() / 1000.0);
    }
    Object[] checkRows = checks.stream()
        .map(c -> RowFactory.create(c.table(), c.check(), c.violations()))
        .toArray();
    String described = config.describe();
    return RowFactory.create(
        summary.runId(),
        summary.command(),
        error == null ? "succeeded" : "failed",
        Timestamp.from(started),
        Timestamp.from(ended),
        described,
        sha256(described),
        codeVersion(),
        CollectionConverters.asScala(versions(described, stageVersions)),
        summary.read(),
        summary.valid(),
        summary.rejected(),
        CollectionConverters.asScala(summary.rowsPerTable()),
        CollectionConverters.asScala(seconds),
        CollectionConverters.asScala(List.of(checkRows)).toSeq(),
        scope,
        CollectionConverters.asScala(files.stream()
            .map(f -> RowFactory.create(f.getPath().toString(), f.getLen(), new Timestamp(f.getModificationTime())))
            .toList()).toSeq(),
        error);
  }

  /** config and code, then what the stages loaded (registry, lexicons, models). */
  private static Map<String, String> versions(String config, Map<String, String> stageVersions) {
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("config", sha256(config));
    versions.put("code", codeVersion());
    versions.putAll(stageVersions);
    return versions;
  }

  static String codeVersion() {
    String version = LiveblogCli.class.getPackage().getImplementationVersion();
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
