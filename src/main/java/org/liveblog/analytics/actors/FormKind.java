package org.liveblog.analytics.actors;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a surface form is. An alias declares one of {@link #ALIAS_KINDS} ({@code name} by default); demonyms and
 * metonyms take their kind from the list they are in.
 */
public enum FormKind {
  NAME,
  /** A bare surname: it names its person only after the full name, or when no other actor shares it. */
  SURNAME,
  ACRONYM,
  /** A role phrase that names one person at a time ("Nato secretary general"), resolved through dated roles. */
  TITLE,
  DEMONYM,
  METONYM;

  /** The kinds an entry of {@code aliases} may declare. */
  public static final java.util.List<FormKind> ALIAS_KINDS = java.util.List.of(NAME, SURNAME, ACRONYM, TITLE);

  /** The mention kind a form of this kind makes: name (names, surnames, acronyms), title, demonym or metonym. */
  public String mentionKind() {
    return this == SURNAME || this == ACRONYM ? "name" : jsonValue();
  }

  public String jsonValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<FormKind> fromJson(String value) {
    return Arrays.stream(values()).filter(t -> t.jsonValue().equals(value)).findFirst();
  }
}
