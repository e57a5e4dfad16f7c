package org.liveblog.analytics.stage;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The session every job runs in. spark-submit decides the master; a plain `java` launch gets local[*]. The session
 * time zone is always UTC, since every timestamp in the contract and the tables is UTC. Local files go through
 * {@link NioLocalFileSystem} unless {@code spark.hadoop.fs.file.impl} names another.
 */
public final class SparkSessions {

  private static final String FILE_SYSTEM = "spark.hadoop.fs.file.impl";

  private SparkSessions() {}

  public static SparkSession getOrCreate(String appName) {
    return configured(SparkSession.builder().appName(appName)).getOrCreate();
  }

  /** The settings of every job's session on {@code builder}; settings made after this call win. */
  public static SparkSession.Builder configured(SparkSession.Builder builder) {
    SparkConf conf = new SparkConf();
    builder = builder
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
        // A persisted result is read as adaptive execution would have partitioned it (coalesced), not as 200
        // shuffle partitions, most of them empty, per read.
        .config("spark.sql.optimizer.canChangeCachedPlanOutputPartitioning", "true");
    if (!conf.contains(FILE_SYSTEM)) {
      builder = builder.config(FILE_SYSTEM, NioLocalFileSystem.class.getName());
    }
    if (!conf.contains("spark.master")) {
      builder = builder.master("local[*]");
    }
    return builder;
  }
}
