package org.liveblog.analytics.actors.registry;

import java.util.Locale;
import java.util.Objects;

/** One way an actor is written: the text as it appears in cased prose, its case rule and its kind. */
public record SurfaceForm(String text, CaseRule caseRule, FormKind kind) {

  public SurfaceForm {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(caseRule, "caseRule");
    Objects.requireNonNull(kind, "kind");
  }

  /** A case-insensitive form of kind {@code name}, the registry's default. */
  public static SurfaceForm name(String text) {
    return new SurfaceForm(text, CaseRule.INSENSITIVE, FormKind.NAME);
  }

  /** Whether this form and {@code other} match exactly the same strings, which a registry forbids within one actor. */
  public boolean sameMatchesAs(SurfaceForm other) {
    if (caseRule != other.caseRule) {
      return false;
    }
    return caseRule == CaseRule.SENSITIVE
        ? text.equals(other.text)
        : text.toLowerCase(Locale.ROOT).equals(other.text.toLowerCase(Locale.ROOT));
  }
}
