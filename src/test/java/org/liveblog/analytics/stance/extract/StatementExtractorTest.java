package org.liveblog.analytics.stance.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liveblog.analytics.actors.ActorFixtures;
import org.liveblog.analytics.stance.lexicon.StanceLexicon;

/**
 * Who says what about whom, on sentences written for the test (cased and lower-cased PTB style), with mentions given
 * as the actors stage would resolve them against the stage test registry.
 */
class StatementExtractorTest {

  private static final long DAY = LocalDate.of(2023, 4, 6).toEpochDay();

  private final StatementExtractor extractor = new StatementExtractor(StanceLexicon.defaultLexicon(),
      ActorRoles.of(ActorFixtures.STAGE_REGISTRY));

  /** Statements as "source/via[/role] -> target@mention", mentions given as surface=actor in text order. */
  private List<String> extract(String text, String speakerActor, String cue, String... mentions) {
    SentenceMentions sentence = new SentenceMentions().reset(text, speakerActor, cue, DAY);
    int from = 0;
    for (String mention : mentions) {
      String surface = mention.substring(0, mention.indexOf('='));
      String actor = mention.substring(mention.indexOf('=') + 1);
      int at = text.indexOf(surface, from);
      sentence.add(at, at + surface.length(), actor.equals("?") ? null : actor);
      from = at + surface.length();
    }
    return extractor.extract(sentence).stream()
        .map(s -> s.sourceActor() + "/" + s.via() + (s.sourceRole() == null ? "" : "/" + s.sourceRole())
            + (s.sourceMention() < 0 ? "" : "@" + s.sourceMention()) + " -> " + s.targetActor() + "@"
            + s.targetMention())
        .toList();
  }

  @Test
  void theSpeakerAndTheStateOfItsRoleThatDayAreSources() {
    // A quote block: the speaker is not named in it; Russia is the state Peskov speaks for, so no target of either.
    assertThat(extract("It is Nato that keeps moving towards Russia, not the other way round.", "peskov",
        "colon_intro", "Nato=NATO", "Russia=RUS"))
        .containsExactly("peskov/speaker -> NATO@0", "RUS/speaker_role/spokesperson -> NATO@0");
    assertThat(extract("Peskov said Nato was moving closer.", "peskov", "reported_speech", "Peskov=peskov",
        "Nato=NATO"))
        .containsExactly("peskov/speaker@0 -> NATO@1", "RUS/speaker_role/spokesperson@0 -> NATO@1");
  }

  @Test
  void failingASpeakerTheSubjectOfAnActionOrReportingVerbIsTheSource() {
    assertThat(extract("Russia accused Nato of reckless behaviour.", null, null, "Russia=RUS", "Nato=NATO"))
        .containsExactly("RUS/subject@0 -> NATO@1");
    assertThat(extract("The Kremlin has said Nato is moving closer.", null, null, "The Kremlin=RUS", "Nato=NATO"))
        .containsExactly("RUS/subject@0 -> NATO@1");
    assertThat(extract("Russia's foreign ministry said Nato was a threat.", null, null, "Russia=RUS", "Nato=NATO"))
        .containsExactly("RUS/subject@0 -> NATO@1");
    assertThat(extract("Russian officials strongly condemned Nato.", null, null, "Russian=RUS", "Nato=NATO"))
        .containsExactly("RUS/subject@0 -> NATO@1");
    assertThat(extract("Stoltenberg, the Nato chief, warned Russia.", null, null, "Stoltenberg=stoltenberg",
        "Nato=NATO", "Russia=RUS"))
        .containsExactly("stoltenberg/subject@0 -> RUS@2", "NATO/subject_role/secretary general@0 -> RUS@2");
  }

  @Test
  void lowerCasedTokenisedTextWorksTheSame() {
    assertThat(extract("putin 's spokesman said nato had provoked the crisis .", null, null, "putin=putin",
        "nato=NATO"))
        .containsExactly("putin/subject@0 -> NATO@1", "RUS/subject_role/president@0 -> NATO@1");
    assertThat(extract("russia did n't condemn nato .", null, null, "russia=RUS", "nato=NATO"))
        .containsExactly("RUS/subject@0 -> NATO@1");
  }

  @Test
  void aReportingSubjectKeepsTheWholeSentenceAnActionSubjectItsClause() {
    assertThat(extract("Nato said Russia threatened Ukraine.", null, null, "Nato=NATO", "Russia=RUS",
        "Ukraine=UKR"))
        .containsExactly("NATO/subject@0 -> RUS@1", "NATO/subject@0 -> UKR@2", "RUS/subject@1 -> UKR@2");
    assertThat(extract("Ukraine thanked Britain, while Russia condemned Britain.", null, null, "Ukraine=UKR",
        "Britain=GBR", "Russia=RUS", "Britain=GBR"))
        .containsExactly("UKR/subject@0 -> GBR@1", "RUS/subject@2 -> GBR@3");
  }

  @Test
  void thePassiveAgentIsTheSource() {
    assertThat(extract("Nato was accused by Russia of provoking the war.", null, null, "Nato=NATO", "Russia=RUS"))
        .containsExactly("RUS/subject@1 -> NATO@0");
  }

  @Test
  void nounsThatLookLikeVerbsAndReportingAgenciesAreNoSources() {
    assertThat(extract("Nato support for Ukraine is growing.", null, null, "Nato=NATO", "Ukraine=UKR")).isEmpty();
    assertThat(extract("Russia and Nato officials were in Geneva.", null, null, "Russia=RUS", "Nato=NATO"))
        .isEmpty();
    assertThat(extract("Reuters reports that Russia condemned Nato.", "reuters", "agency_report",
        "Reuters=reuters", "Russia=RUS", "Nato=NATO"))
        .containsExactly("RUS/subject@1 -> NATO@2");
  }

  @Test
  void aTargetNamedTwiceUsesTheMentionNearestTheSourceAndUnresolvedMentionsAreNoTargets() {
    assertThat(extract("Nato met Ukraine, and Russia warned Ukraine.", null, null, "Nato=NATO", "Ukraine=UKR",
        "Russia=RUS", "Ukraine=UKR"))
        .contains("RUS/subject@2 -> UKR@3");
    assertThat(extract("Johnson said Nato must act.", null, null, "Johnson=?", "Nato=NATO")).isEmpty();
    assertThat(extract("It is time, Johnson said.", "boris_johnson", "quote_said", "Johnson=?")).isEmpty();
  }
}
