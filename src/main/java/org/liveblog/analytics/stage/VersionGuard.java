package org.liveblog.analytics.stage;

import java.util.Map;
import java.util.Set;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.schema.Tables;

/** The default guard of a stage: the same guarded versions as the published tables, and those tables present. */
public final class VersionGuard {

  private VersionGuard() {}

  static void require(Stage stage, PublishedState published) {
    require(stage, published, stage.guardedVersions().keySet());
  }

  /**
   * The same, comparing only the versions named in {@code guarded}: those that shape dated tables (the others shape
   * tables every run recomputes whole, so a change of them mixes nothing).
   */
  public static void require(Stage stage, PublishedState published, Set<String> guarded) {
    boolean hasEntries = published.exists(Tables.ENTRIES);
    for (TableSchema table : stage.writes()) {
      if (hasEntries && table.partitionColumn().isPresent() && !published.exists(table)) {
        throw new InvalidConfigException("warehouse: " + published.root() + " has entries but no " + table.name()
            + " table, so a backfill or incremental run cannot keep the other dates' rows; publish it for every date"
            + " first: `" + stage.republishCommand(published.root()) + "`");
      }
    }
    for (Map.Entry<String, String> version : stage.versions().entrySet()) {
      if (!guarded.contains(version.getKey())) {
        continue;
      }
      published.lastRecorded(version.getKey()).ifPresent(last -> {
        if (!last.value().equals(version.getValue())) {
          throw new InvalidConfigException(String.format(java.util.Locale.ROOT,
              "%s: this run's %s (%s) is not the one the published %s tables were made with (%s, run %s); a backfill"
                  + " or incremental run would mix the two. Republish every date first: `%s`",
              stage.name(), version.getKey(), shorten(version.getValue()), stage.name(), shorten(last.value()),
              last.runId(), stage.republishCommand(published.root())));
        }
      });
    }
  }

  /** Hashes are long; their first 12 digits identify them in a message. */
  static String shorten(String value) {
    return value.length() > 16 ? value.substring(0, 12) + "…" : value;
  }
}
