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
 * folder, then renamed to {@code runs/<run_id>.parquet}, so readers see a run's row whole or not at all.
 */
final class RunLog {

  private RunLog() {}

  static void append(SparkSession spark, Path warehouse, String runId, Row run) {
    Path staging = new Path(new Path(new Path(warehouse, "_staging"), runId), "runs-row");
    Path runs = new Path(warehouse, Tables.RUNS.name());
    spark.createDataFrame(List.of(run), Tables.RUNS.sparkType()).coalesce(1)
        .write().mode(SaveMode.Overwrite).parquet(staging.toString());
    try {
      FileSystem fs = FileSystems.withoutChecksumFiles(warehouse.getFileSystem(spark.sparkContext().hadoopConfiguration()));
      fs.mkdirs(runs);
      for (FileStatus file : fs.listStatus(staging, p -> p.getName().endsWith(".parquet"))) {
        Path target = new Path(runs, runId + ".parquet");
        fs.delete(target, false);
        if (!fs.rename(file.getPath(), target)) {
          throw new IOException("could not move " + file.getPath() + " to " + target);
        }
      }
      fs.delete(staging.getParent(), true);
      Path stagingRoot = staging.getParent().getParent();
      if (fs.exists(stagingRoot) && fs.listStatus(stagingRoot).length == 0) {
        fs.delete(stagingRoot, false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot append run " + runId + " to " + runs, e);
    }
  }
}
