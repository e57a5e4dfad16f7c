package org.liveblog.analytics.actors.registry.importer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.liveblog.analytics.actors.registry.ActorType;

/**
 * What an import of PETRARCH/Phoenix dictionaries did: lines and entries read, actors written by type, entries and
 * roles skipped by reason, and the states added from the JDK's ISO 3166 table because a role or parent needed them.
 */
public record ImportReport(
    int primaryLinesRead,
    int synonymLinesRead,
    int entriesRead,
    int primariesMerged,
    Map<ActorType, Integer> writtenByType,
    Map<String, Integer> skippedByReason,
    int rolesWritten,
    Map<String, Integer> rolesSkippedByReason,
    int statesAddedFromIsoTable) {

  public ImportReport {
    writtenByType = Map.copyOf(writtenByType);
    skippedByReason = Map.copyOf(skippedByReason);
    rolesSkippedByReason = Map.copyOf(rolesSkippedByReason);
  }

  public int written() {
    return writtenByType.values().stream().mapToInt(Integer::intValue).sum();
  }

  public int skipped() {
    return skippedByReason.values().stream().mapToInt(Integer::intValue).sum();
  }

  public int written(ActorType type) {
    return writtenByType.getOrDefault(type, 0);
  }

  /** A few lines for the console. */
  public String summary() {
    Map<String, Integer> byType = new LinkedHashMap<>();
    for (ActorType type : ActorType.values()) {
      if (written(type) > 0) {
        byType.put(type.jsonValue(), written(type));
      }
    }
    return "read: " + primaryLinesRead + " primary lines, " + synonymLinesRead + " synonym lines, " + entriesRead
        + " entries with codes (" + primariesMerged + " uncoded primary lines merged into the entry that follows)\n"
        + "written: " + written() + " actors " + byType + " (" + statesAddedFromIsoTable
        + " states added from the ISO 3166 table), " + rolesWritten + " roles\n"
        + "skipped: " + skipped() + " entries " + new TreeMap<>(skippedByReason) + "\n"
        + "roles skipped: " + new TreeMap<>(rolesSkippedByReason);
  }
}
