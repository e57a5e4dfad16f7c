package org.liveblog.analytics.actors.resolution;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.liveblog.analytics.actors.matching.ActorLexicon;
import org.liveblog.analytics.actors.registry.FormKind;

/**
 * Decides which actor each matched span names, entry by entry, within one blog and day ({@link #startBlogDay}). A
 * span's candidates are the actors of the forms that matched it. In order:
 *
 * <ol>
 *   <li>a title ("Russian president") keeps the candidates who held a fitting role that day ({@code role_on_date});
 *   <li>a form of one actor names that actor ({@code unique});
 *   <li>a shared form names the only candidate whose full name was matched earlier in the blog that day or anywhere
 *       in the entry ({@code full_name_in_blog});
 *   <li>otherwise the only candidate already mentioned in the entry or the blog that day, or else the only one whose
 *       country is ({@code context});
 *   <li>otherwise it stays unresolved ({@code ambiguous}, or {@code no_role_holder} for a title nobody held), with
 *       its candidates kept: never guessed.
 * </ol>
 *
 * Only blog-and-day context is used, so that republishing one date gives the same mentions as a full run.
 */
public final class MentionResolver {

  public static final String UNIQUE = "unique";
  public static final String ROLE_ON_DATE = "role_on_date";
  public static final String FULL_NAME_IN_BLOG = "full_name_in_blog";
  public static final String CONTEXT = "context";
  public static final String AMBIGUOUS = "ambiguous";
  public static final String NO_ROLE_HOLDER = "no_role_holder";

  /** One matched span of an entry; {@link #resolve} fills in the decision. */
  public static final class Span {
    final int[] forms;
    /** The actor decided on, or -1. */
    public int actor = -1;
    /** The form that matched for that actor (the first form when unresolved). */
    public int form;
    /** The role (index into the lexicon's roles) of a person on the day, or -1. */
    public int role = -1;
    public String resolution;
    /** Every candidate actor (distinct, in form order). */
    public int[] candidates;
    private int[] titleRoles;

    public Span(int[] forms) {
      this.forms = forms;
      this.form = forms[0];
    }
  }

  private final ActorLexicon lexicon;
  private final BitSet seenInBlog;
  private final BitSet fullNamesInBlog;
  private final BitSet inEntry;
  private final BitSet fullNamesInEntry;

  public MentionResolver(ActorLexicon lexicon) {
    this.lexicon = lexicon;
    int n = lexicon.actorCount();
    seenInBlog = new BitSet(n);
    fullNamesInBlog = new BitSet(n);
    inEntry = new BitSet(n);
    fullNamesInEntry = new BitSet(n);
  }

  /** Forgets the context: the next entry starts a new blog or day. */
  public void startBlogDay() {
    seenInBlog.clear();
    fullNamesInBlog.clear();
  }

  /** Decides every span of one entry (in text order) published on {@code epochDay}, then adds it to the context. */
  public void resolveEntry(long epochDay, List<Span> spans) {
    inEntry.clear();
    fullNamesInEntry.clear();
    for (Span span : spans) {
      prepare(span, epochDay);
      if (span.resolution == null && span.candidates.length == 1) {
        decide(span, span.candidates[0], span.titleRoles == null ? UNIQUE : ROLE_ON_DATE, epochDay);
      }
    }
    for (Span span : spans) {
      if (span.resolution == null) {
        decideByContext(span, epochDay, true);
      }
    }
    seenInBlog.or(inEntry);
    fullNamesInBlog.or(fullNamesInEntry);
  }

  /**
   * Decides one more span in the context of the entry just resolved and the blog (a speaker, or the words of an
   * appositive title), without adding it to the context; returns the actor or -1.
   */
  public int resolveInContext(Span span, long epochDay) {
    prepare(span, epochDay);
    if (span.resolution != null) {
      return -1;
    }
    if (span.candidates.length == 1) {
      setDecision(span, span.candidates[0], span.titleRoles == null ? UNIQUE : ROLE_ON_DATE, epochDay);
    } else {
      decideByContext(span, epochDay, false);
    }
    return span.actor;
  }

  /**
   * Whether span {@code i} is a title next to a name of the same person in the same sentence ("Russian President
   * Vladimir Putin", "Sergei Lavrov, the Russian foreign minister"): then it is no second mention of the person, and
   * its own words name what they name (the state, the organisation). {@code starts}, {@code ends} and
   * {@code sentences} are the spans' offsets and sentence indices.
   */
  public static boolean isAppositiveTitle(List<Span> spans, int i, int[] starts, int[] ends, int[] sentences,
      ActorLexicon lexicon) {
    Span title = spans.get(i);
    if (!ROLE_ON_DATE.equals(title.resolution)) {
      return false;
    }
    for (int j = Math.max(0, i - 1); j <= Math.min(spans.size() - 1, i + 1); j++) {
      Span name = spans.get(j);
      if (j == i || name.actor != title.actor || sentences[j] != sentences[i]) {
        continue;
      }
      FormKind kind = lexicon.formKind(name.form);
      int gap = j < i ? starts[i] - ends[j] : starts[j] - ends[i];
      if ((kind == FormKind.NAME || kind == FormKind.SURNAME) && gap <= APPOSITION_GAP) {
        return true;
      }
    }
    return false;
  }

  /** Characters allowed between a title and its holder's name: ", the " (" , the " when tokenised) and shorter. */
  static final int APPOSITION_GAP = 7;

  /** Candidates, with a title's candidates narrowed to those holding a fitting role on the day. */
  private void prepare(Span span, long epochDay) {
    int[] actors = new int[span.forms.length];
    int[] roles = null;
    int count = 0;
    int bestRoleLength = 0;
    for (int form : span.forms) {
      int actor = lexicon.formActor(form);
      int role = -1;
      if (lexicon.formKind(form) == FormKind.TITLE) {
        String title = lexicon.formTextLower(form);
        role = lexicon.roleOn(actor, epochDay, title);
        int length = role < 0 ? 0 : lexicon.roleFit(role, title);
        if (role < 0) {
          continue;
        }
        if (roles == null) {
          roles = new int[span.forms.length];
        }
        // Among holders, keep those whose role text fits the title best ("vice president" over "president").
        if (length < bestRoleLength) {
          continue;
        }
        if (length > bestRoleLength) {
          bestRoleLength = length;
          count = 0;
        }
      }
      if (indexOf(actors, count, actor) < 0) {
        if (roles != null) {
          roles[count] = role;
        }
        actors[count++] = actor;
      }
    }
    span.candidates = Arrays.copyOf(actors, count);
    span.titleRoles = roles == null ? null : Arrays.copyOf(roles, count);
    if (count == 0) {
      span.candidates = distinctActors(span.forms);
      span.resolution = NO_ROLE_HOLDER;
    }
  }

  /** A shared form: the full name seen, else the context; {@code addToContext} for the entry's own spans. */
  private void decideByContext(Span span, long epochDay, boolean addToContext) {
    int actor = pick(span.candidates, fullNamesInBlog, fullNamesInEntry);
    String resolution = FULL_NAME_IN_BLOG;
    if (actor < 0) {
      actor = pickByContext(span.candidates);
      resolution = CONTEXT;
    }
    if (actor < 0) {
      span.resolution = AMBIGUOUS;
    } else if (addToContext) {
      decide(span, actor, resolution, epochDay);
    } else {
      setDecision(span, actor, resolution, epochDay);
    }
  }

  /** The only candidate mentioned in the entry or blog, else the only one whose country is; or -1. */
  private int pickByContext(int[] candidates) {
    int actor = pick(candidates, seenInBlog, inEntry);
    if (actor >= 0) {
      return actor;
    }
    int found = -1;
    for (int candidate : candidates) {
      int country = lexicon.country(candidate);
      if (country >= 0 && (inEntry.get(country) || seenInBlog.get(country))) {
        if (found >= 0) {
          return -1;
        }
        found = candidate;
      }
    }
    return found;
  }

  /** The only candidate in either set, or -1 (none or several). */
  private static int pick(int[] candidates, BitSet a, BitSet b) {
    int found = -1;
    for (int candidate : candidates) {
      if (a.get(candidate) || b.get(candidate)) {
        if (found >= 0) {
          return -1;
        }
        found = candidate;
      }
    }
    return found;
  }

  private void decide(Span span, int actor, String resolution, long epochDay) {
    setDecision(span, actor, resolution, epochDay);
    inEntry.set(actor);
    if (lexicon.formKind(span.form) == FormKind.NAME && lexicon.isPerson(actor)) {
      fullNamesInEntry.set(actor);
    }
  }

  private void setDecision(Span span, int actor, String resolution, long epochDay) {
    span.actor = actor;
    span.resolution = resolution;
    for (int form : span.forms) {
      if (lexicon.formActor(form) == actor) {
        span.form = form;
        break;
      }
    }
    if (span.titleRoles != null) {
      span.role = span.titleRoles[indexOf(span.candidates, span.candidates.length, actor)];
    } else if (lexicon.isPerson(actor)) {
      span.role = lexicon.roleOn(actor, epochDay, null);
    }
  }

  private int[] distinctActors(int[] forms) {
    int[] actors = new int[forms.length];
    int count = 0;
    for (int form : forms) {
      int actor = lexicon.formActor(form);
      if (indexOf(actors, count, actor) < 0) {
        actors[count++] = actor;
      }
    }
    return Arrays.copyOf(actors, count);
  }

  private static int indexOf(int[] values, int count, int value) {
    for (int i = 0; i < count; i++) {
      if (values[i] == value) {
        return i;
      }
    }
    return -1;
  }
}
