package org.liveblog.analytics.actors.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.liveblog.analytics.actors.registry.Actor;
import org.liveblog.analytics.actors.registry.ActorForm;
import org.liveblog.analytics.actors.registry.ActorRegistry;
import org.liveblog.analytics.actors.registry.CaseRule;
import org.liveblog.analytics.actors.registry.FormKind;
import org.liveblog.analytics.actors.registry.Role;

/**
 * What the actors stage broadcasts once to every executor: the registry flattened into primitive arrays (actors,
 * their countries and dated roles; forms and the actor each belongs to) and the matchers over the forms: one for cased
 * text and one for lower-cased text (a sentence without any upper-case letter is read with the second, so one corpus
 * may mix both styles), the same two without title forms (for the words inside a title), and a lower-cased one that
 * keeps ordinary-word forms, for attributed speakers.
 */
public final class ActorLexicon implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Ordinary English words that case-sensitive forms turn into when lower-cased ("us", "who"); see the file. */
  public static final String ORDINARY_WORDS_RESOURCE = "/registry/ordinary-words.txt";

  private static final int NO_ACTOR = -1;

  private final String[] actorIds;
  private final String[] actorTypes;
  private final int[] actorCountry;
  // Roles of actor a: indices roleStart[a] .. roleStart[a + 1] - 1 of the role arrays; days are epoch days.
  private final int[] roleStart;
  private final String[] roleText;
  private final String[] roleTextLower;
  private final String[] roleOf;
  private final long[] roleFrom;
  private final long[] roleTo;
  private final int[] formActor;
  private final FormKind[] formKind;
  private final String[] formTextLower;
  private final AliasMatcher cased;
  private final AliasMatcher lower;
  // For attributed speakers: every form, speaker surnames included ("May said"); in lower case with the ordinary
  // words too ("turkey says", "may says"). The cased one is the text matcher when there are no speaker surnames.
  private final AliasMatcher casedSpeakers;
  private final AliasMatcher lowerSpeakers;
  // The same without title forms: they read the words inside a title ("Russian" in "Russian president").
  private final AliasMatcher casedWithoutTitles;
  private final AliasMatcher lowerWithoutTitles;
  private final String registryHash;
  private final MetonymModel metonymModel;

  private ActorLexicon(ActorRegistry registry, Set<String> ordinaryWords, MetonymModel metonymModel) {
    List<Actor> actors = registry.actors();
    int n = actors.size();
    actorIds = new String[n];
    actorTypes = new String[n];
    actorCountry = new int[n];
    roleStart = new int[n + 1];
    Map<String, Integer> index = new HashMap<>();
    for (int a = 0; a < n; a++) {
      actorIds[a] = actors.get(a).actorId();
      actorTypes[a] = actors.get(a).type().jsonValue();
      index.put(actorIds[a], a);
    }
    List<Role> roles = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      Actor actor = actors.get(a);
      Integer country = actor.country() == null ? null : index.get(actor.country());
      actorCountry[a] = country == null || country == a ? NO_ACTOR : country;
      roleStart[a] = roles.size();
      roles.addAll(actor.roles());
    }
    roleStart[n] = roles.size();
    roleText = new String[roles.size()];
    roleTextLower = new String[roles.size()];
    roleOf = new String[roles.size()];
    roleFrom = new long[roles.size()];
    roleTo = new long[roles.size()];
    for (int r = 0; r < roles.size(); r++) {
      Role role = roles.get(r);
      roleText[r] = role.role();
      roleTextLower[r] = role.role().toLowerCase(Locale.ROOT);
      roleOf[r] = role.of();
      roleFrom[r] = role.from().toEpochDay();
      roleTo[r] = role.to() == null ? Long.MAX_VALUE : role.to().toEpochDay();
    }
    List<ActorForm> forms = registry.allForms();
    formActor = new int[forms.size()];
    formKind = new FormKind[forms.size()];
    formTextLower = new String[forms.size()];
    List<AliasMatcher.Pattern> patterns = new ArrayList<>(forms.size());
    for (int f = 0; f < forms.size(); f++) {
      ActorForm form = forms.get(f);
      formActor[f] = index.get(form.actorId());
      formKind[f] = form.kind();
      formTextLower[f] = form.text().toLowerCase(Locale.ROOT);
      patterns.add(new AliasMatcher.Pattern(form.text(), form.caseRule() == CaseRule.SENSITIVE, f));
    }
    List<AliasMatcher.Pattern> inText = patterns.stream()
        .filter(p -> formKind[p.payload()] != FormKind.SPEAKER_SURNAME).toList();
    cased = AliasMatcher.forText(inText);
    lower = AliasMatcher.forLowerCasedText(inText, ordinaryWords);
    casedSpeakers = inText.size() == patterns.size() ? cased : AliasMatcher.forText(patterns);
    lowerSpeakers = AliasMatcher.forLowerCasedText(patterns, Set.of());
    List<AliasMatcher.Pattern> withoutTitles = inText.stream()
        .filter(p -> formKind[p.payload()] != FormKind.TITLE).toList();
    casedWithoutTitles = AliasMatcher.forText(withoutTitles);
    lowerWithoutTitles = AliasMatcher.forLowerCasedText(withoutTitles, ordinaryWords);
    registryHash = registry.contentHash();
    this.metonymModel = metonymModel;
  }

  /** The lexicon of {@code registry}, with the shipped list of ordinary words for lower-cased text. */
  public static ActorLexicon of(ActorRegistry registry) {
    return new ActorLexicon(registry, ordinaryWords(), MetonymModel.defaultModel());
  }

  /** The lexicon of {@code registry} with the shipped ordinary words and this metonym model (e.g. another threshold). */
  public static ActorLexicon of(ActorRegistry registry, MetonymModel metonymModel) {
    return new ActorLexicon(registry, ordinaryWords(), metonymModel);
  }

  /** The lexicon of {@code registry} with another list of ordinary words (lower case). */
  public static ActorLexicon of(ActorRegistry registry, Set<String> ordinaryWords) {
    return new ActorLexicon(registry, ordinaryWords, MetonymModel.defaultModel());
  }

  /** The shipped list: one lower-case word per line, blank lines and # comments ignored. */
  public static Set<String> ordinaryWords() {
    try (InputStream in = ActorLexicon.class.getResourceAsStream(ORDINARY_WORDS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(ORDINARY_WORDS_RESOURCE + " is not on the classpath");
      }
      Set<String> words = new HashSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
      return words;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + ORDINARY_WORDS_RESOURCE, e);
    }
  }

  /**
   * The metonym kind of one span (matches {@code first} until {@code end} of {@code matcher}, all at one place): null
   * unless every match is a metonym, {@link FormKind#CITY} when every one is a city, else {@link FormKind#METONYM}.
   */
  public FormKind metonymKind(AliasMatcher matcher, AliasMatcher.Matches matches, int first, int end) {
    boolean cities = true;
    for (int i = first; i < end; i++) {
      FormKind kind = formKind[matcher.payload(matches.pattern(i))];
      if (!kind.isMetonym()) {
        return null;
      }
      cities &= kind == FormKind.CITY;
    }
    return cities ? FormKind.CITY : FormKind.METONYM;
  }

  /** Decides whether a metonym stands for its government or is a place. */
  public MetonymModel metonymModel() {
    return metonymModel;
  }

  /** The matcher for {@code text}: the lower-cased one when it has no upper-case letter at all. */
  public AliasMatcher matcherFor(CharSequence text) {
    return isCased(text) ? cased : lower;
  }

  /**
   * The matcher for an attributed speaker: it also has the speaker surnames ("May said"), and in lower-cased text it
   * keeps the forms that are also ordinary words, since a speaker is a name ("may says", "trump said").
   */
  public AliasMatcher speakerMatcherFor(CharSequence speaker) {
    return isCased(speaker) ? casedSpeakers : lowerSpeakers;
  }

  /** The matcher for the words inside a title: like {@link #matcherFor}, without title forms. */
  public AliasMatcher matcherWithoutTitlesFor(CharSequence text) {
    return isCased(text) ? casedWithoutTitles : lowerWithoutTitles;
  }

  /** Whether {@code text} has an upper-case letter, i.e. is not from a lower-cased corpus. */
  public static boolean isCased(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // A lower-cased corpus is read to the end, so ASCII, most of it, is decided without a table lookup.
      if (c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c)) {
        return true;
      }
    }
    return false;
  }

  public String registryHash() {
    return registryHash;
  }

  public int actorCount() {
    return actorIds.length;
  }

  public String actorId(int actor) {
    return actorIds[actor];
  }

  public String actorType(int actor) {
    return actorTypes[actor];
  }

  /** The state actor of {@code actor}'s country, or -1 (none, unknown, or the actor is that state). */
  public int country(int actor) {
    return actorCountry[actor];
  }

  public boolean isPerson(int actor) {
    return actorTypes[actor].equals("person");
  }

  /** The actor a form (a matcher payload) belongs to. */
  public int formActor(int form) {
    return formActor[form];
  }

  public FormKind formKind(int form) {
    return formKind[form];
  }

  /**
   * The role of {@code actor} held on {@code epochDay} that best fits {@code phrase} (a title, lower case): the role
   * with the highest {@link #roleFit}, so a role the title spells out ("vice president") before one it only shares a
   * word with ("Fed chair" for "chair of the Federal Reserve"); with a null phrase, the first role held. Returns a
   * role index or -1 (no role held that day fits).
   */
  public int roleOn(int actor, long epochDay, String phrase) {
    int best = -1;
    int bestFit = -1;
    for (int r = roleStart[actor]; r < roleStart[actor + 1]; r++) {
      if (roleFrom[r] > epochDay || epochDay >= roleTo[r]) {
        continue;
      }
      if (phrase == null) {
        return r;
      }
      int fit = roleFit(r, phrase);
      if (fit > bestFit) {
        best = r;
        bestFit = fit;
      }
    }
    return best;
  }

  /**
   * How well a role fits a title (lower case): the role text's length when the title contains it ("us vice
   * president" and "vice president"), 0 when they only share a word ("house speaker", "speaker of the house"), -1
   * otherwise. "of", "the" and "and" do not count as shared words.
   */
  public int roleFit(int role, String phrase) {
    String text = roleTextLower[role];
    if (phrase.contains(text)) {
      return text.length();
    }
    for (String word : text.split(" ")) {
      if (word.length() >= 3 && !word.equals("the") && !word.equals("and") && containsWord(phrase, word)) {
        return 0;
      }
    }
    return -1;
  }

  private static boolean containsWord(String phrase, String word) {
    for (int i = phrase.indexOf(word); i >= 0; i = phrase.indexOf(word, i + 1)) {
      int end = i + word.length();
      if ((i == 0 || !Character.isLetterOrDigit(phrase.charAt(i - 1)))
          && (end == phrase.length() || !Character.isLetterOrDigit(phrase.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  public String roleText(int role) {
    return roleText[role];
  }

  public String roleOf(int role) {
    return roleOf[role];
  }

  /** The lower-case text of a form, as a title phrase to fit roles to. */
  public String formTextLower(int form) {
    return formTextLower[form];
  }
}
