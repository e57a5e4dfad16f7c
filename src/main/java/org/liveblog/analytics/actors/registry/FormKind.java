package org.liveblog.analytics.actors.registry;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.liveblog.analytics.actors.matching.MetonymModel;

/**
 * What a surface form is. An alias declares one of {@link #ALIAS_KINDS} ({@code name} by default); demonyms and
 * metonyms take their kind from the list they are in.
 */
public enum FormKind {
  NAME,
  /** A bare surname: it names its person only after the full name, or when no other actor shares it. */
  SURNAME,
  /**
   * A surname that is also a common word ("May", "Balls"): read only in an attributed speaker ("May said"), never in
   * running text, where it would match the month or the word; resolved like {@link #SURNAME}.
   */
  SPEAKER_SURNAME,
  ACRONYM,
  /** A role phrase that names one person at a time ("Nato secretary general"), resolved through dated roles. */
  TITLE,
  DEMONYM,
  /** A seat that stands for the body housed there ("the Kremlin", "Downing Street"), unless used as a place. */
  METONYM,
  /**
   * A city that stands for a government ("Moscow", "Brussels"): more often a place than an actor, which the metonym
   * model weighs together with the words around it (see {@code MetonymModel}).
   */
  CITY;

  /** The kinds an entry of {@code aliases} may declare. */
  public static final java.util.List<FormKind> ALIAS_KINDS = java.util.List.of(NAME, SURNAME, SPEAKER_SURNAME, ACRONYM, TITLE);

  /** The kinds an entry of {@code metonyms} may declare ({@code metonym} by default). */
  public static final java.util.List<FormKind> METONYM_KINDS = java.util.List.of(METONYM, CITY);

  /** The mention kind a form of this kind makes: name (names, surnames, acronyms), title, demonym or metonym (cities). */
  public String mentionKind() {
    return switch (this) {
      case SURNAME, SPEAKER_SURNAME, ACRONYM -> "name";
      case CITY -> "metonym";
      default -> jsonValue();
    };
  }

  /** Whether a form of this kind stands for a government by metonymy (a seat or a city). */
  public boolean isMetonym() {
    return this == METONYM || this == CITY;
  }

  public String jsonValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<FormKind> fromJson(String value) {
    return Arrays.stream(values()).filter(t -> t.jsonValue().equals(value)).findFirst();
  }
}
