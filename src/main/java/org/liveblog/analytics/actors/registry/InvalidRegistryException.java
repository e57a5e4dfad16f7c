package org.liveblog.analytics.actors.registry;

import java.util.List;

/**
 * A registry file that breaks a rule of docs/REGISTRY.md. The message names the file, the line and the field of the
 * first problem ("actors.jsonl line 12: roles[1].to 2012-05-07 is not after from 2013-01-01"); {@link #problems()}
 * lists every problem found.
 */
public final class InvalidRegistryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public InvalidRegistryException(List<String> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  public InvalidRegistryException(String problem) {
    this(List.of(problem));
  }

  public List<String> problems() {
    return problems;
  }

  private static String message(List<String> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid registry needs at least one problem");
    }
    return problems.size() == 1 ? problems.get(0)
        : problems.get(0) + " (and " + (problems.size() - 1) + " more problems: " + String.join("; ",
            problems.subList(1, Math.min(problems.size(), 6))) + (problems.size() > 6 ? "; …" : "") + ")";
  }
}
