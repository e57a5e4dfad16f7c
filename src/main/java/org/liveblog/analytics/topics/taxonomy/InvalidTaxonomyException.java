package org.liveblog.analytics.topics.taxonomy;

import java.util.List;

/**
 * A taxonomy file that breaks a rule of docs/TOPICS.md. The message names the file, the line and the field of the
 * first problem ("topics.jsonl line 4: phrases.grid: weight -1 is not in (0, 10]"); {@link #problems()} lists all.
 */
public final class InvalidTaxonomyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public InvalidTaxonomyException(List<String> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  public InvalidTaxonomyException(String problem) {
    this(List.of(problem));
  }

  public List<String> problems() {
    return problems;
  }

  private static String message(List<String> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid taxonomy needs at least one problem");
    }
    if (problems.size() == 1) {
      return problems.get(0);
    }
    return problems.get(0) + " (and " + (problems.size() - 1) + " more: "
        + String.join("; ", problems.subList(1, Math.min(problems.size(), 6)))
        + (problems.size() > 6 ? "; …" : "") + ")";
  }
}
