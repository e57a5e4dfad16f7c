package org.liveblog.analytics.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liveblog.analytics.actors.AliasMatcher.Pattern;

class AliasMatcherTest {

  private static final List<Pattern> PATTERNS = List.of(
      new Pattern("Nato", false, 1),
      new Pattern("NATO", true, 1),
      new Pattern("EU", true, 2),
      new Pattern("European Union", false, 2),
      new Pattern("European Commission", false, 3),
      new Pattern("Putin", false, 4),
      new Pattern("Vladimir Putin", false, 4),
      new Pattern("the Kremlin", false, 5),
      new Pattern("China", true, 6),
      new Pattern("WHO", true, 7),
      new Pattern("Johnson", false, 8),
      new Pattern("Johnson", false, 9),
      new Pattern("Côte d'Ivoire", false, 10));

  private static final AliasMatcher CASED = AliasMatcher.forText(PATTERNS);

  @Test
  void matchesOnTokenBoundariesIncludingPossessivesAndHyphens() {
    assertThat(found(CASED, "Nato’s summit; Nato's reply; EU-China talks; Putinism and NATOs; the EU."))
        .containsExactly("Nato@0", "Nato@15", "EU@29", "China@32", "EU@69");
  }

  @Test
  void prefersTheLeftmostLongestForm() {
    assertThat(found(CASED, "Vladimir Putin met the European Commission and the European Union."))
        .containsExactly("Vladimir Putin@0", "European Commission@23", "European Union@51");
  }

  @Test
  void caseSensitiveFormsNeedTheirCapitalisation() {
    assertThat(found(CASED, "Officials from the eu and the WHO met; who knows; fine china; China replied."))
        .containsExactly("WHO@30", "China@62");
  }

  @Test
  void curlyApostrophesAndCaseFoldMatchInsensitiveForms() {
    assertThat(found(CASED, "THE KREMLIN said Côte d’Ivoire agreed")).containsExactly("THE KREMLIN@0",
        "Côte d’Ivoire@17");
  }

  @Test
  void aFormSharedByTwoActorsIsReportedForBoth() {
    AliasMatcher.Matches matches = new AliasMatcher.Matches();
    CASED.match("Johnson said", matches);
    assertThat(matches.size()).isEqualTo(2);
    assertThat(List.of(CASED.payload(matches.pattern(0)), CASED.payload(matches.pattern(1))))
        .containsExactlyInAnyOrder(8, 9);
  }

  @Test
  void lowerCasedCorporaDropCaseSensitiveFormsThatAreCommonWords() {
    AliasMatcher lower = AliasMatcher.forLowerCasedText(PATTERNS, Set.of("who", "china"));
    assertThat(found(lower, "putin 's aides told the eu , nato and who that china ..."))
        .containsExactly("putin@0", "eu@24", "nato@29");
  }

  @Test
  void emptyTextsAndNoPatterns() {
    assertThat(found(CASED, "")).isEmpty();
    assertThat(found(AliasMatcher.forText(List.of()), "Putin")).isEmpty();
  }

  @Test
  void agreesWithABruteForceSearchOnManyForms() {
    List<Pattern> many = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      many.add(new Pattern("Actor" + i + " Name", false, i));
      many.add(new Pattern("Actor" + i, false, i));
    }
    AliasMatcher matcher = AliasMatcher.forText(many);
    StringBuilder text = new StringBuilder();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 2000; i += 7) {
      int start = text.length();
      String form = i % 2 == 0 ? "Actor" + i + " Name" : "actor" + i;
      text.append(form).append(i % 3 == 0 ? "'s " : ", ");
      expected.add(form + "@" + start);
      text.append("Actor").append(i).append("x ");
    }
    assertThat(found(matcher, text.toString())).containsExactlyElementsOf(expected);
  }

  private static List<String> found(AliasMatcher matcher, String text) {
    AliasMatcher.Matches matches = new AliasMatcher.Matches();
    matcher.match(text, matches);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < matches.size(); i++) {
      out.add(text.substring(matches.start(i), matches.end(i)) + "@" + matches.start(i));
    }
    return out;
  }
}
