package org.liveblog.analytics.actors.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liveblog.analytics.actors.matching.AliasMatcher.Pattern;
import org.liveblog.analytics.actors.registry.Actor;

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

  @Test
  void formsStartAfterHyphensAndApostrophesButNotInsideAWord() {
    AliasMatcher matcher = AliasMatcher.forText(List.of(new Pattern("China", false, 1), new Pattern("Neill", false, 2),
        new Pattern("O'Neill", false, 3), new Pattern("G7", false, 4), new Pattern("'t Hooft", false, 5)));
    assertThat(found(matcher, "EU-China; O’Neill and Neill; MacNeill; Indochina; G7, G77; van ’t Hooft"))
        .containsExactly("China@3", "O’Neill@10", "Neill@22", "G7@50", "’t Hooft@63");
  }

  @Test
  void aFormThatIsTheTailOfAnotherIsFoundWhereTheLongerOneCannotStart() {
    AliasMatcher matcher = AliasMatcher.forText(List.of(new Pattern("the Kremlin", false, 1),
        new Pattern("Kremlin", false, 2), new Pattern("Russian Federation", false, 3),
        new Pattern("Federation", false, 4)));
    assertThat(found(matcher, "the Kremlin; Kremlin's; bathe Kremlin; the Russian Federations; Russian Federation"))
        .containsExactly("the Kremlin@0", "Kremlin@13", "Kremlin@30", "Russian Federation@64");
  }

  @Test
  void overlappingCandidatesKeepTheLeftmostAndAFailedLongerFormDoesNotHideAShorterOne() {
    AliasMatcher matcher = AliasMatcher.forText(List.of(new Pattern("New York", false, 1),
        new Pattern("York Times", false, 2), new Pattern("New York Times Company", false, 3),
        new Pattern("Times", false, 4)));
    assertThat(found(matcher, "New York Times said; the New York Times Company; York Times"))
        .containsExactly("New York@0", "Times@9", "New York Times Company@25", "York Times@49");
  }

  @Test
  void agreesWithANaiveSearchOnRandomFormsAndTexts() {
    Random random = new Random(42);
    String alphabet = "aAbB1 -'’.";
    for (int round = 0; round < 3000; round++) {
      List<Pattern> patterns = new ArrayList<>();
      for (int p = 0, count = 1 + random.nextInt(8); p < count; p++) {
        patterns.add(new Pattern(randomText(random, alphabet, 1 + random.nextInt(5)), random.nextBoolean(), p));
      }
      String text = randomText(random, alphabet, random.nextInt(40));
      assertThat(sortedMatches(AliasMatcher.forText(patterns), text))
          .as("patterns %s in \"%s\"", patterns, text)
          .isEqualTo(naiveMatches(patterns, text));
    }
  }

  private static String randomText(Random random, String alphabet, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  private static List<String> sortedMatches(AliasMatcher matcher, String text) {
    AliasMatcher.Matches matches = new AliasMatcher.Matches();
    matcher.match(text, matches);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < matches.size(); i++) {
      out.add(matches.start(i) + "-" + matches.end(i) + ":" + matcher.payload(matches.pattern(i)));
    }
    Collections.sort(out);
    return out;
  }

  /** Every form at every token start, then leftmost-longest, keeping every form with the winner's exact span. */
  private static List<String> naiveMatches(List<Pattern> patterns, String text) {
    List<String> out = new ArrayList<>();
    int covered = 0;
    for (int start = 0; start < text.length(); start++) {
      if (start < covered || (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)))) {
        continue;
      }
      int longest = 0;
      List<String> atStart = new ArrayList<>();
      for (Pattern p : patterns) {
        int end = start + p.text().length();
        if (end <= text.length() && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))
            && sameUpToCase(p, text.substring(start, end))) {
          if (end > longest) {
            atStart.clear();
            longest = end;
          }
          if (end == longest) {
            atStart.add(start + "-" + end + ":" + p.payload());
          }
        }
      }
      out.addAll(atStart);
      covered = Math.max(covered, longest);
    }
    Collections.sort(out);
    return out;
  }

  private static boolean sameUpToCase(Pattern p, String span) {
    for (int k = 0; k < span.length(); k++) {
      char a = span.charAt(k);
      char b = p.text().charAt(k);
      boolean letter = Character.isLetter(b);
      if (AliasMatcher.fold(a) != AliasMatcher.fold(b) || (p.caseSensitive() && letter && a != b)) {
        return false;
      }
    }
    return true;
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
