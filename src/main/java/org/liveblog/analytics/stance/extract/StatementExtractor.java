package org.liveblog.analytics.stance.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.liveblog.analytics.stance.lexicon.SentenceTokens;
import org.liveblog.analytics.stance.lexicon.StanceLexicon;

/**
 * The cheap pass of the stance analysis: who in a sentence says something about whom, from the sentence's actor
 * mentions, its attributed speaker and its tokens; plain Java per sentence, no parse. Scoring is separate
 * ({@code score/}): this class only decides the candidate (source, target) pairs.
 *
 * <p><b>Sources.</b>
 * <ul>
 *   <li>{@code speaker}: the sentence's attributed speaker, resolved to an actor by the actors stage
 *       ({@code speaker_actor_id}), unless the cue is {@code agency_report} or the speaker is an agency, a media
 *       outlet or a place: those report, they do not hold the stance.</li>
 *   <li>Failing that, {@code subject}: every resolved mention that is the subject of a reporting verb ("Nato said",
 *       "the Kremlin has said", "putin 's spokesman said") or of a CAMEO action verb ("Russia accused Nato"), as
 *       {@link SubjectFinder} decides; the agent of a passive ("Nato was accused by Russia") is the subject too.</li>
 *   <li>{@code speaker_role} / {@code subject_role}: when such a source is a person who holds a role of a state or
 *       organisation that day (registry roles), that state or organisation is a second source of the same
 *       statements, with the role in {@code source_role} (Peskov → Russia, "through his role that day"); one per
 *       role held.</li>
 * </ul>
 *
 * <p><b>Targets.</b> The other resolved actors of the sentence, one statement per distinct (source, target). A
 * speaker's targets are every other actor of the sentence. A subject's targets are those in its scope: from the
 * sentence start (for the first subject) or its own clause start, to the next subject's clause when its verb is an
 * action verb, or to the sentence end when it is a reporting verb (what it reports belongs to it): in "Nato said
 * Russia threatened Ukraine" Nato's targets are Russia and Ukraine, Russia's target is Ukraine. An actor is never a
 * target of itself nor of a source that speaks for it: a person's statements about the state or organisation whose
 * role it holds that day are not stance. Places (registry type {@code place}) are neither sources nor targets, and
 * an agency or outlet that reports the sentence (its {@code agency_report} speaker, or the subject of its reporting
 * verb: "Reuters reports that ...") is not one of its targets.
 *
 * <p><b>Offsets.</b> The source mention is the speaker's first mention in the sentence (none when the speaker is not
 * named in it, as in a quote block), or the subject mention; a role source keeps its person's mention. When a
 * target occurs several times, its mention is the one nearest the source mention (in tokens; the earlier on a tie),
 * or the first one when the source has no mention.
 *
 * <p>Not thread-safe: it reuses token buffers; one instance per partition.
 */
public final class StatementExtractor {

  public static final String VIA_SPEAKER = "speaker";
  public static final String VIA_SPEAKER_ROLE = "speaker_role";
  public static final String VIA_SUBJECT = "subject";
  public static final String VIA_SUBJECT_ROLE = "subject_role";

  /** The speaker cue under which the speaker is the outlet that reports, not the one who speaks. */
  static final String AGENCY_CUE = "agency_report";
  private static final Set<String> NOT_PARTIES = Set.of("agency", "media", "place");
  private static final Set<String> NOT_TARGETS = Set.of("place");

  /** One candidate statement; mentions are indices into the {@link SentenceMentions} (-1: none in the sentence). */
  public record Statement(String sourceActor, String via, String sourceRole, int sourceMention, String targetActor,
      int targetMention) {}

  private final StanceLexicon lexicon;
  private final ActorRoles roles;
  private final SentenceTokens tokens = new SentenceTokens();
  private final SubjectFinder finder;
  private int[] mentionAt = new int[64];
  /** Agencies and outlets that report the current sentence: never its targets. */
  private final Set<String> reporters = new HashSet<>();

  public StatementExtractor(StanceLexicon lexicon, ActorRoles roles) {
    this.lexicon = lexicon;
    this.roles = roles;
    this.finder = new SubjectFinder(lexicon);
  }

  /** The candidate statements of one sentence, in a stable order (source by source, targets in text order). */
  public List<Statement> extract(SentenceMentions sentence) {
    List<Statement> out = new ArrayList<>();
    reporters.clear();
    if (!hasTarget(sentence)) {
      return out;
    }
    if (usableSpeaker(sentence)) {
      String speaker = sentence.speakerActorId;
      int mention = -1;
      for (int m = 0; m < sentence.count && mention < 0; m++) {
        if (speaker.equals(sentence.actor[m])) {
          mention = m;
        }
      }
      addWithRoles(sentence, speaker, VIA_SPEAKER, VIA_SPEAKER_ROLE, mention, 0, Integer.MAX_VALUE, out,
          new HashSet<>());
      return out;
    }
    tokenize(sentence);
    Set<String> seen = new HashSet<>();
    // The outlet that reports the sentence ("Reuters reports that ...") is not what it is about.
    if (sentence.speakerActorId != null && !isParty(sentence.speakerActorId)) {
      reporters.add(sentence.speakerActorId);
    }
    List<int[]> subjects = subjects(sentence);
    for (int k = 0; k < subjects.size(); k++) {
      int[] subject = subjects.get(k);
      int from = k == 0 ? 0 : sentence.start[subject[1]];
      int to = subject[2] == 1 || k + 1 == subjects.size() ? Integer.MAX_VALUE : sentence.start[subjects.get(k + 1)[1]];
      addWithRoles(sentence, sentence.actor[subject[0]], VIA_SUBJECT, VIA_SUBJECT_ROLE, subject[0], from, to, out,
          seen);
    }
    return out;
  }

  /**
   * The subjects of the sentence as {mention, clause-start mention, reporting (1) or not (0)}, ordered by clause
   * start; a passive's clause starts at its object.
   */
  private List<int[]> subjects(SentenceMentions sentence) {
    List<int[]> subjects = new ArrayList<>(2);
    for (int m = 0; m < sentence.count; m++) {
      String actor = sentence.actor[m];
      if (actor == null || !finder.find(tokens, afterMention(sentence, m), mentionAt)) {
        continue;
      }
      if (!isParty(actor)) {
        if (finder.reporting) {
          reporters.add(actor);
        }
        continue;
      }
      if (!finder.passive) {
        subjects.add(new int[] {m, m, finder.reporting ? 1 : 0});
        continue;
      }
      int by = finder.verb + finder.verbLength;
      if (by + 1 < tokens.count() && "by".equalsIgnoreCase(tokens.surface(by)) && mentionAt[by + 1] >= 0) {
        int agent = mentionAt[by + 1];
        String agentActor = sentence.actor[agent];
        if (agentActor != null && isParty(agentActor)) {
          subjects.add(new int[] {agent, m, finder.reporting ? 1 : 0});
        }
      }
    }
    subjects.sort((a, b) -> Integer.compare(sentence.start[a[1]], sentence.start[b[1]]));
    return subjects;
  }

  /** Adds source → targets in {@code [from, to)} (UTF-16), and the same for each role of the source that day. */
  private void addWithRoles(SentenceMentions sentence, String source, String via, String roleVia, int sourceMention,
      int from, int to, List<Statement> out, Set<String> seen) {
    int[] held = roles.rolesOn(source, sentence.epochDay);
    Set<String> own = new HashSet<>();
    own.add(source);
    for (int r : held) {
      own.add(roles.roleOf(r));
    }
    addTargets(sentence, source, via, null, sourceMention, from, to, own, out, seen);
    Set<String> done = new HashSet<>();
    for (int r : held) {
      String of = roles.roleOf(r);
      if (done.add(of) && isParty(of)) {
        addTargets(sentence, of, roleVia, roles.roleText(r), sourceMention, from, to, own, out, seen);
      }
    }
  }

  private void addTargets(SentenceMentions sentence, String source, String via, String role, int sourceMention,
      int from, int to, Set<String> own, List<Statement> out, Set<String> seen) {
    for (int m = 0; m < sentence.count; m++) {
      String target = sentence.actor[m];
      if (target == null || own.contains(target) || reporters.contains(target) || sentence.start[m] < from
          || sentence.start[m] >= to || !isTarget(target) || !seen.add(source + '\u0000' + target)) {
        continue;
      }
      out.add(new Statement(source, via, role, sourceMention, target,
          nearest(sentence, target, sourceMention, from, to)));
    }
  }

  /** The mention of {@code target} in the scope nearest the source mention (the earlier on a tie), else the first. */
  private static int nearest(SentenceMentions sentence, String target, int sourceMention, int from, int to) {
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int m = 0; m < sentence.count; m++) {
      if (!target.equals(sentence.actor[m]) || sentence.start[m] < from || sentence.start[m] >= to) {
        continue;
      }
      if (sourceMention < 0) {
        return m;
      }
      int distance = Math.abs(sentence.start[m] - sentence.start[sourceMention]);
      if (distance < bestDistance) {
        best = m;
        bestDistance = distance;
      }
    }
    return best;
  }

  private boolean usableSpeaker(SentenceMentions sentence) {
    return sentence.speakerActorId != null && !AGENCY_CUE.equals(sentence.speakerCue)
        && isParty(sentence.speakerActorId);
  }

  /** Whether an actor can hold a stance: not an agency, media outlet or place (they report or locate). */
  private boolean isParty(String actor) {
    String type = roles.type(actor);
    return type == null || !NOT_PARTIES.contains(type);
  }

  private boolean isTarget(String actor) {
    String type = roles.type(actor);
    return type == null || !NOT_TARGETS.contains(type);
  }

  /** Whether the sentence has a resolved mention at all (nothing else can be a target). */
  private static boolean hasTarget(SentenceMentions sentence) {
    for (int m = 0; m < sentence.count; m++) {
      if (sentence.actor[m] != null) {
        return true;
      }
    }
    return false;
  }

  private void tokenize(SentenceMentions sentence) {
    tokens.read(sentence.text, lexicon);
    int n = tokens.count();
    if (mentionAt.length < n) {
      mentionAt = new int[Math.max(n, mentionAt.length * 2)];
    }
    Arrays.fill(mentionAt, 0, n, -1);
    for (int m = 0; m < sentence.count; m++) {
      long range = tokens.overlapping(sentence.start[m], sentence.end[m]);
      int first = (int) (range >>> 32);
      int last = (int) range;
      for (int t = first; t < last; t++) {
        mentionAt[t] = m;
      }
    }
  }

  /** The first token after mention {@code m}. */
  private int afterMention(SentenceMentions sentence, int m) {
    return tokens.firstEndingAfter(sentence.end[m] - 1) + 1;
  }
}
