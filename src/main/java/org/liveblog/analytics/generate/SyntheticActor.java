package org.liveblog.analytics.generate;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One actor the generator mentions, with the surface forms it writes: {@code firstForms} on first mention in an
 * entry, {@code laterForms} afterwards, {@code compoundForm} inside hyphenated compounds such as "EU-China".
 */
record SyntheticActor(
    String id,
    String name,
    String type,
    String[] firstForms,
    String[] laterForms,
    String compoundForm,
    double baseProbability) implements Serializable {

  boolean isPerson() {
    return "person".equals(type);
  }

  /** Every string the generator may write for this actor, in a stable order. */
  List<String> aliases() {
    Set<String> all = new LinkedHashSet<>();
    all.addAll(List.of(firstForms));
    all.addAll(List.of(laterForms));
    if (compoundForm != null) {
      all.add(compoundForm);
    }
    return List.copyOf(all);
  }
}
