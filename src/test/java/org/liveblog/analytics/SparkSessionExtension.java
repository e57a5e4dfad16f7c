package org.liveblog.analytics;

import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.stage.DeadLetters;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the one SparkSession of this test JVM ({@code local[2]}, two shuffle partitions, UI off, UTC).
 * Starting a session costs seconds, so it is created on first use and stopped when the JVM exits.
 */
public final class SparkSessionExtension implements ParameterResolver {

  private static SparkSession session;

  public static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("liveblog-analytics-tests")
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.default.parallelism", "2")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.session.timeZone", "UTC")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
          .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }

  /** A fresh dead-letter accumulator, registered with the session (stage functions report failed entries to it). */
  public static DeadLetters deadLetters() {
    DeadLetters letters = new DeadLetters(1_000);
    session().sparkContext().register(letters, "test dead letters");
    return letters;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == SparkSession.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return session();
  }
}
