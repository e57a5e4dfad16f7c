package org.liveblog.analytics.topics.taxonomy.importer;

import java.util.Map;
import java.util.TreeMap;

/**
 * What an import of a PETRARCH/Phoenix issue coding did: lines read, categories and issue codes found, topics,
 * phrases, spellings and exclusions written, lines whose text after the first [CODE] was ignored (as PETRARCH
 * ignores it), and lines skipped by reason.
 */
public record IssueImportReport(
    int linesRead,
    int categories,
    int topicsWritten,
    int phrasesWritten,
    int spellingsWritten,
    int exclusionsWritten,
    int linesWithTextAfterCode,
    Map<String, Integer> skippedByReason) {

  public IssueImportReport {
    skippedByReason = Map.copyOf(skippedByReason);
  }

  public int skipped() {
    return skippedByReason.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** A few lines for the console. */
  public String summary() {
    return "read: " + linesRead + " lines, " + categories + " categories\n"
        + "written: " + topicsWritten + " topics, " + phrasesWritten + " phrases (" + spellingsWritten
        + " spellings), " + exclusionsWritten + " exclusions (" + linesWithTextAfterCode
        + " lines with text after their [CODE], ignored as PETRARCH does)\n"
        + "skipped: " + skipped() + " lines " + new TreeMap<>(skippedByReason);
  }
}
