package org.liveblog.analytics.topics.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The spellings a phrase takes in Penn-Treebank-tokenised text (the UKP corpora): clitics split off ("russia 's",
 * "do n't") and, for tokenisers that split hyphens, "cease - fire". Written once here so that a taxonomy lists
 * "russia's" and "cease-fire" and still matches both styles.
 */
final class TokenisedVariants {

  private static final Pattern POSSESSIVE = Pattern.compile("(?<=[\\p{L}\\p{Nd}])(['\u2019]s)(?![\\p{L}\\p{Nd}])");
  private static final Pattern NEGATION = Pattern.compile("(?<=\\p{L})(n['\u2019]t)(?![\\p{L}\\p{Nd}])");
  private static final Pattern HYPHEN = Pattern.compile("(?<=[\\p{L}\\p{Nd}])-(?=[\\p{L}\\p{Nd}])");

  private TokenisedVariants() {}

  /** The other spellings of {@code spelling} (none when tokenising changes nothing). */
  static List<String> of(String spelling) {
    List<String> variants = new ArrayList<>(2);
    String clitics = NEGATION.matcher(POSSESSIVE.matcher(spelling).replaceAll(" $1")).replaceAll(" $1");
    if (!clitics.equals(spelling)) {
      variants.add(clitics);
    }
    String hyphens = HYPHEN.matcher(clitics).replaceAll(" - ");
    if (!hyphens.equals(clitics)) {
      variants.add(hyphens);
    }
    return variants;
  }
}
