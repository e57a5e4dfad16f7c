package org.liveblog.analytics.stance.model;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;

/** Counts the Spark jobs an action-free call starts: a stage function must start none. */
final class JobCounter extends SparkListener {

  private static final String GROUP = "job-counter";
  private static final String MARKER = "job-counter-marker";

  private final AtomicInteger jobs = new AtomicInteger();
  private volatile boolean markerSeen;

  @Override
  public void onJobStart(SparkListenerJobStart start) {
    String group = start.properties() == null ? null : start.properties().getProperty("spark.jobGroup.id");
    if (GROUP.equals(group)) {
      jobs.incrementAndGet();
    } else if (MARKER.equals(group)) {
      markerSeen = true;
    }
  }

  static int jobsDuring(SparkSession spark, Runnable call) {
    JobCounter counter = new JobCounter();
    spark.sparkContext().addSparkListener(counter);
    try {
      spark.sparkContext().setJobGroup(GROUP, "counted", false);
      call.run();
      // Listener events arrive in order: once a later job's start is seen, every earlier one has been counted.
      spark.sparkContext().setJobGroup(MARKER, "marker", false);
      spark.range(1).count();
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (!counter.markerSeen && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      return counter.jobs.get();
    } finally {
      spark.sparkContext().clearJobGroup();
      spark.sparkContext().removeSparkListener(counter);
    }
  }
}
