package org.liveblog.analytics.generate;

import java.util.List;

/**
 * The actors of the synthetic corpus: real public names (facts only) with their flat mention probabilities (for
 * the trend actors, the mean over the period of their planted linear trend).
 */
final class ActorCatalogue {

  private ActorCatalogue() {}

  static final String PERSON = "person";
  static final String ORGANISATION = "organisation";
  static final String COUNTRY = "country";

  static final List<SyntheticActor> ACTORS = List.of(
      person("putin", "Vladimir Putin", 0.30, "Putin"),
      person("zelenskyy", "Volodymyr Zelenskyy", 0.30, "Zelenskyy", "Zelenskyy", "Zelenskyy", "Zelensky"),
      person("peskov", "Dmitry Peskov", 0.08, "Peskov"),
      person("stoltenberg", "Jens Stoltenberg", 0.14, "Stoltenberg"),
      person("rutte", "Mark Rutte", 0.14, "Rutte"),
      person("von_der_leyen", "Ursula von der Leyen", 0.22, "von der Leyen"),
      person("xi", "Xi Jinping", 0.20, "Xi"),
      person("erdogan", "Recep Tayyip Erdoğan", 0.25, "Erdoğan", "Erdoğan", "Erdoğan", "Erdogan"),
      person("lukashenko", "Alexander Lukashenko", 0.05, "Lukashenko"),
      person("orban", "Viktor Orbán", 0.22, "Orbán"),
      person("blinken", "Antony Blinken", 0.08, "Blinken"),
      person("lavrov", "Sergei Lavrov", 0.22, "Lavrov"),
      person("kuleba", "Dmytro Kuleba", 0.06, "Kuleba"),
      person("macron", "Emmanuel Macron", 0.22, "Macron"),
      person("scholz", "Olaf Scholz", 0.08, "Scholz"),
      group("nato", "Nato", ORGANISATION, 0.25, "Nato", "Nato"),
      group("eu", "European Union", ORGANISATION, 0.22, "EU", "the EU"),
      group("un", "United Nations", ORGANISATION, 0.06, "UN", "the UN"),
      group("russia", "Russia", COUNTRY, 0.15, "Russia", "Russia", "the Kremlin", "Moscow"),
      group("ukraine", "Ukraine", COUNTRY, 0.18, "Ukraine", "Ukraine", "Kyiv"),
      group("china", "China", COUNTRY, 0.08, "China", "China", "Beijing"),
      group("us", "United States", COUNTRY, 0.10, "US", "the US", "Washington"));

  /** News agencies used in attribution lines; they are sources, not planted actors. */
  static final List<String> AGENCIES = List.of("Reuters", "Interfax", "AFP");

  static int size() {
    return ACTORS.size();
  }

  static SyntheticActor get(int index) {
    return ACTORS.get(index);
  }

  static int indexOf(String id) {
    for (int i = 0; i < ACTORS.size(); i++) {
      if (ACTORS.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException("unknown synthetic actor " + id);
  }

  private static SyntheticActor person(String id, String fullName, double probability, String... laterForms) {
    return new SyntheticActor(id, fullName, PERSON, new String[] {fullName}, laterForms, null, probability);
  }

  private static SyntheticActor group(
      String id, String name, String type, double probability, String compoundForm, String... forms) {
    return new SyntheticActor(id, name, type, forms, forms, compoundForm, probability);
  }
}
