package org.liveblog.analytics.stage;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The session every job runs in. spark-submit decides the master; a plain `java` launch gets local[*]. The session
 * time zone is always UTC, since every timestamp in the contract and the tables is UTC.
 */
public final class SparkSessions {

  private SparkSessions() {}

  public static SparkSession getOrCreate(String appName) {
    SparkConf conf = new SparkConf();
    SparkSession.Builder builder = SparkSession.builder().appName(appName)
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.sources.partitionOverwriteMode", "dynamic");
    if (!conf.contains("spark.master")) {
      builder = builder.master("local[*]");
    }
    return builder.getOrCreate();
  }
}
