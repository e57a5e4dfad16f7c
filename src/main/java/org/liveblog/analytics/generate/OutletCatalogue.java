package org.liveblog.analytics.generate;

import java.util.List;

/** The fictional outlets of the synthetic corpus and the fictional journalists writing for them. */
final class OutletCatalogue {

  private OutletCatalogue() {}

  static final List<String> NAMES = List.of(
      "harbour-times", "the-ledger", "wire-daily", "northern-courier", "evening-dispatch", "meridian-post");

  /** Fictional bylines; three per outlet, in the order of {@link #NAMES}. */
  private static final String[][] AUTHORS = {
      {"Nadia Price", "Tom Ellery", "Maya Okafor"},
      {"Jonas Berg", "Lena Hart", "Sam Whitfield"},
      {"Priya Natarajan", "Owen Castell", "Ruth Adeyemi"},
      {"Eilidh Munro", "Callum Reid", "Ines Duarte"},
      {"Felix Hartmann", "Grace Lowell", "Tariq Haddad"},
      {"Hana Novak", "Leo Brandt", "Clara Whitby"},
  };

  static int size() {
    return NAMES.size();
  }

  static String name(int outlet) {
    return NAMES.get(outlet);
  }

  static String[] authors(int outlet) {
    return AUTHORS[outlet];
  }
}
