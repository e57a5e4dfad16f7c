package org.liveblog.analytics.stage;

import java.util.Optional;
import org.liveblog.analytics.schema.TableSchema;

/** What a stage's guard may ask of the published warehouse before a backfill or incremental run does any work. */
public interface PublishedState {

  /** The warehouse, as given (for messages). */
  String root();

  boolean exists(TableSchema table);

  /** The value the newest successful run that recorded {@code key} in runs.versions recorded, and that run's id. */
  Optional<RecordedVersion> lastRecorded(String key);

  /** A version as a run recorded it. */
  record RecordedVersion(String value, String runId) {}
}
