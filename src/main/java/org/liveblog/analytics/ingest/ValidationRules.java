package org.liveblog.analytics.ingest;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Limits a valid entry must keep: body length, and the window published_at and updated_at must fall in (from the
 * earliest date to a little after the run started, since live blogs do not publish in the future).
 */
public record ValidationRules(int maxBodyChars, LocalDate earliestDate, Instant latestInstant) implements Serializable {

  public static final int DEFAULT_MAX_BODY_CHARS = 200_000;
  public static final LocalDate DEFAULT_EARLIEST_DATE = LocalDate.of(1990, 1, 1);
  /** Slack for clock skew between the publisher and this job. */
  public static final long FUTURE_SLACK_HOURS = 48;

  public ValidationRules {
    if (maxBodyChars < 1) {
      throw new IllegalArgumentException("max-body-chars must be at least 1, got " + maxBodyChars);
    }
  }

  public static ValidationRules defaults(Instant runStart) {
    return new ValidationRules(DEFAULT_MAX_BODY_CHARS, DEFAULT_EARLIEST_DATE, runStart.plus(FUTURE_SLACK_HOURS, ChronoUnit.HOURS));
  }

  long earliestMicros() {
    return Timestamps.micros(earliestDate.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  long latestMicros() {
    return Timestamps.micros(latestInstant);
  }
}
