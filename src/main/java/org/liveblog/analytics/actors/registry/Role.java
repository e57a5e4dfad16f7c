package org.liveblog.analytics.actors.registry;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated role of a person: {@code role} (lower case, "foreign minister") of the actor {@code of}, held from
 * {@code from} (inclusive) to {@code to} (exclusive; null while current).
 */
public record Role(String role, String of, LocalDate from, LocalDate to) {

  public Role {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(of, "of");
    Objects.requireNonNull(from, "from");
  }

  /** Whether the role was held on {@code day}: from &lt;= day &lt; to. */
  public boolean heldOn(LocalDate day) {
    return !day.isBefore(from) && (to == null || day.isBefore(to));
  }

  public boolean isCurrent() {
    return to == null;
  }
}
