package org.liveblog.analytics.actors.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liveblog.analytics.actors.ActorFixtures;
import org.liveblog.analytics.actors.matching.ActorLexicon;
import org.liveblog.analytics.actors.matching.AliasMatcher;
import org.liveblog.analytics.actors.registry.ActorRegistry;
import org.liveblog.analytics.actors.registry.FormKind;

/** Every resolution rule of {@link MentionResolver}, on sentences written for the test and a small registry. */
class MentionResolverTest {

  static final ActorLexicon LEXICON = ActorLexicon.of(ActorFixtures.STAGE_REGISTRY, Set.of("us"));
  static final long BEFORE_HANDOVER = LocalDate.parse("2024-06-01").toEpochDay();
  static final long AFTER_HANDOVER = LocalDate.parse("2025-01-15").toEpochDay();

  /** One resolved span: surface, actor (or null), resolution, role text (or null). */
  record Decided(String surface, String actor, String resolution, String role) {}

  private final MentionResolver resolver = new MentionResolver(LEXICON);

  private List<Decided> entry(String text, long day) {
    AliasMatcher matcher = LEXICON.matcherFor(text);
    AliasMatcher.Matches matches = new AliasMatcher.Matches();
    matcher.match(text, matches);
    List<MentionResolver.Span> spans = new ArrayList<>();
    List<String> surfaces = new ArrayList<>();
    for (int i = 0; i < matches.size(); ) {
      int start = matches.start(i);
      List<Integer> forms = new ArrayList<>();
      for (; i < matches.size() && matches.start(i) == start; i++) {
        forms.add(matcher.payload(matches.pattern(i)));
      }
      spans.add(new MentionResolver.Span(forms.stream().mapToInt(Integer::intValue).toArray()));
      surfaces.add(text.substring(start, matches.end(i - 1)));
    }
    resolver.resolveEntry(day, spans);
    List<Decided> decided = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      MentionResolver.Span span = spans.get(i);
      decided.add(new Decided(surfaces.get(i), span.actor < 0 ? null : LEXICON.actorId(span.actor), span.resolution,
          span.role < 0 ? null : LEXICON.roleText(span.role)));
    }
    return decided;
  }

  @Test
  void aFormOfOneActorNamesItAndAPersonGetsTheRoleHeldThatDay() {
    assertThat(entry("Vladimir Putin met Nato envoys in Moscow, the Kremlin said.", BEFORE_HANDOVER)).containsExactly(
        new Decided("Vladimir Putin", "putin", "unique", "president"),
        new Decided("Nato", "NATO", "unique", null),
        new Decided("Moscow", "RUS", "unique", null),
        new Decided("the Kremlin", "RUS", "unique", null));
    assertThat(entry("Mark Rutte spoke.", BEFORE_HANDOVER).get(0).role()).isEqualTo("prime minister");
    assertThat(entry("Mark Rutte spoke.", LocalDate.parse("2024-08-01").toEpochDay()).get(0).role()).isNull();
    assertThat(entry("Mark Rutte spoke.", AFTER_HANDOVER).get(0).role()).isEqualTo("secretary general");
  }

  @Test
  void aTitleNamesWhoeverHeldTheRoleThatDay() {
    assertThat(entry("The Nato secretary general arrived in Kyiv.", BEFORE_HANDOVER).get(0))
        .isEqualTo(new Decided("Nato secretary general", "stoltenberg", "role_on_date", "secretary general"));
    assertThat(entry("The Nato secretary general arrived in Kyiv.", AFTER_HANDOVER).get(0))
        .isEqualTo(new Decided("Nato secretary general", "rutte", "role_on_date", "secretary general"));
    // Nobody in the registry held it before 2014-10-01: unresolved, never guessed.
    assertThat(entry("The Nato secretary general arrived in Kyiv.", LocalDate.parse("2010-01-01").toEpochDay()).get(0))
        .isEqualTo(new Decided("Nato secretary general", null, "no_role_holder", null));
  }

  @Test
  void aTitleThatOnlySharesAWordWithTheRoleStillFindsItsHolder() {
    // "House speaker" against the role "speaker of the house": no containment, one shared word.
    assertThat(entry("The House speaker called a vote.", AFTER_HANDOVER).get(0))
        .isEqualTo(new Decided("House speaker", "mike_johnson", "role_on_date", "speaker of the house"));
    long beforeHisTerm = LocalDate.parse("2023-01-01").toEpochDay();
    assertThat(entry("The House speaker called a vote.", beforeHisTerm).get(0).resolution())
        .isEqualTo("no_role_holder");
  }

  @Test
  void anAttributedSpeakerMayBeAnOrdinaryWordInLowerCasedText() {
    ActorLexicon lexicon = ActorLexicon.of(ActorFixtures.STAGE_REGISTRY, Set.of("us", "trump"));
    AliasMatcher.Matches matches = new AliasMatcher.Matches();
    lexicon.matcherFor("trump").match("trump", matches);
    assertThat(matches.size()).as("in running lower-cased text 'trump' is a word").isZero();
    AliasMatcher speakers = lexicon.speakerMatcherFor("trump");
    speakers.match("trump", matches);
    assertThat(lexicon.actorId(lexicon.formActor(speakers.payload(matches.pattern(0))))).isEqualTo("trump");
  }

  @Test
  void aSpeakerSurnameIsReadInSpeakersOnly() {
    AliasMatcher.Matches matches = new AliasMatcher.Matches();
    for (String text : new String[] {"Talks resume in May. May said no.", "talks resume in may . may said no ."}) {
      LEXICON.matcherFor(text).match(text, matches);
      assertThat(matches.size()).as("'May' in running text: " + text).isZero();
    }
    for (String speaker : new String[] {"May", "may", "Theresa May"}) {
      AliasMatcher speakers = LEXICON.speakerMatcherFor(speaker);
      speakers.match(speaker, matches);
      assertThat(matches.size()).as(speaker).isEqualTo(1);
      int form = speakers.payload(matches.pattern(0));
      assertThat(LEXICON.actorId(LEXICON.formActor(form))).isEqualTo("theresa_may");
      assertThat(LEXICON.formKind(form)).isEqualTo(speaker.contains(" ") ? FormKind.NAME : FormKind.SPEAKER_SURNAME);
    }
  }

  @Test
  void aSharedSurnameFollowsTheFullNameWithinTheBlogAndDay() {
    resolver.startBlogDay();
    assertThat(entry("Johnson said talks would go on.", AFTER_HANDOVER).get(0))
        .isEqualTo(new Decided("Johnson", null, "ambiguous", null));
    assertThat(entry("Mike Johnson, the Speaker, called a vote.", AFTER_HANDOVER).get(0).actor())
        .isEqualTo("mike_johnson");
    assertThat(entry("Later, Johnson said the vote would pass.", AFTER_HANDOVER).get(0))
        .isEqualTo(new Decided("Johnson", "mike_johnson", "full_name_in_blog", "speaker of the house"));
    resolver.startBlogDay();
    assertThat(entry("Later, Johnson said the vote would pass.", AFTER_HANDOVER).get(0).resolution())
        .isEqualTo("ambiguous");
    // Within one entry the full name may even come second.
    assertThat(entry("Johnson, that is Boris Johnson, wrote a column.", AFTER_HANDOVER).get(0).actor())
        .isEqualTo("boris_johnson");
  }

  @Test
  void aSharedFormIsDecidedByTheCountriesAndActorsAlreadyInContext() {
    resolver.startBlogDay();
    assertThat(entry("Downing Street said Johnson would travel.", AFTER_HANDOVER).get(1))
        .isEqualTo(new Decided("Johnson", "boris_johnson", "context", null));
    resolver.startBlogDay();
    assertThat(entry("Washington reacted first.", AFTER_HANDOVER).get(0).actor()).isEqualTo("USA");
    // The US was mentioned earlier in the blog that day.
    assertThat(entry("Johnson spoke to reporters.", AFTER_HANDOVER).get(0).actor()).isEqualTo("mike_johnson");
    // Both countries in context: nothing decides, so it stays ambiguous with both candidates.
    resolver.startBlogDay();
    assertThat(entry("Britain and the US agreed; Johnson spoke.", AFTER_HANDOVER).get(2).resolution())
        .isEqualTo("ambiguous");
  }

  @Test
  void aSpeakerIsResolvedInTheContextOfItsEntry() {
    resolver.startBlogDay();
    entry("Dmitry Peskov told reporters that the Kremlin saw no progress.", AFTER_HANDOVER);
    AliasMatcher.Matches matches = new AliasMatcher.Matches();
    AliasMatcher matcher = LEXICON.matcherFor("Peskov");
    matcher.match("Peskov", matches);
    int speaker = resolver.resolveInContext(
        new MentionResolver.Span(new int[] {matcher.payload(matches.pattern(0))}), AFTER_HANDOVER);
    assertThat(LEXICON.actorId(speaker)).isEqualTo("peskov");
  }
}
