package org.liveblog.analytics.pipeline;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Wall-clock time per stage of a job, in the order the stages ran. */
public final class StageTimer {

  private final Map<String, Duration> durations = new LinkedHashMap<>();

  public <T> T time(String stage, Supplier<T> work) {
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      durations.merge(stage, Duration.ofNanos(System.nanoTime() - start), Duration::plus);
    }
  }

  public void time(String stage, Runnable work) {
    time(stage, () -> {
      work.run();
      return null;
    });
  }

  public Map<String, Duration> durations() {
    return new LinkedHashMap<>(durations);
  }
}
