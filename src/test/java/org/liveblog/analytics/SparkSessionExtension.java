package org.liveblog.analytics;

import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.stage.DeadLetters;
import org.liveblog.analytics.stage.SparkSessions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the one SparkSession of this test JVM: the job's settings ({@link SparkSessions}) with {@code local[2]},
 * two shuffle partitions and the UI off.
 * Starting a session costs seconds, so it is created on first use and stopped when the JVM exits.
 */
public final class SparkSessionExtension implements ParameterResolver {

  private static SparkSession session;

  public static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSessions.configured(SparkSession.builder())
          .master("local[2]")
          .appName("liveblog-analytics-tests")
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.default.parallelism", "2")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1")
          // The tests run the whole job dozens of times in one JVM; with Spark's default of 100 generated classes
          // kept, every run compiled its code again (a warm run of a small corpus took 20 s rather than 15 s).
          .config("spark.sql.codegen.cache.maxEntries", "10000")
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
