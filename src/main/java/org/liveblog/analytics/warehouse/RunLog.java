package org.liveblog.analytics.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.schema.Tables;

/**
 * Appends one row per run to the runs table: the row is written as a single Parquet file under the run's staging
 * folder, then renamed to {@code runs/<run_id>.parquet}, so readers see a run's row whole or not at all. A row is never
 * replaced: each attempt of a run has its own run id, and appending a second row for one id fails. Every append
 * happens while holding the warehouse lock, so checking for the file and then renaming cannot race.
 */
final class RunLog {

  private static final int RUN_ID = Tables.RUNS.index("run_id");

  private RunLog() {}

  static void append(SparkSession spark, Path warehouse, Row run) {
    String runId = run.getString(RUN_ID);
    Path rowStaging = new Path(Warehouse.stagingFolder(warehouse, runId), "runs-row");
    Path runs = new Path(warehouse, Tables.RUNS.name());
    Path target = new Path(runs, runId + ".parquet");
    try {
      FileSystem fs = FileSystems.withoutChecksumFiles(warehouse.getFileSystem(spark.sparkContext().hadoopConfiguration()));
      if (fs.exists(target)) {
        throw new IllegalStateException("The runs table already has a row for run " + runId + " (" + target
            + "); rows are never replaced");
      }
      spark.createDataFrame(List.of(run), Tables.RUNS.sparkType()).coalesce(1)
          .write().mode(SaveMode.Overwrite).parquet(rowStaging.toString());
      fs.mkdirs(runs);
      for (FileStatus file : fs.listStatus(rowStaging, p -> p.getName().endsWith(".parquet"))) {
        if (!fs.rename(file.getPath(), target)) {
          throw new IOException("could not move " + file.getPath() + " to " + target);
        }
      }
      fs.delete(rowStaging, true);
      Warehouse.deleteIfEmpty(fs, rowStaging.getParent());
      Warehouse.deleteIfEmpty(fs, rowStaging.getParent().getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot append run " + runId + " to " + runs, e);
    }
  }
}
