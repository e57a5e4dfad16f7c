package org.liveblog.analytics.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.liveblog.analytics.actors.ActorsStage;
import org.liveblog.analytics.ingest.IngestStage;
import org.liveblog.analytics.stage.Stage;
import org.liveblog.analytics.stance.StanceStage;
import org.liveblog.analytics.text.SentencesStage;
import org.liveblog.analytics.topics.TopicsStage;

/**
 * The stages of the pipeline, in the order a run runs them: ingest, sentences, then the analyses. Each analysis is
 * also a command of its own that runs it alone over the published tables; adding one is its class and its entry in
 * {@link #analyses}.
 */
public final class Pipeline {

  private Pipeline() {}

  /** Fresh instances of the analyses (each carries its own options), in run order. */
  public static List<Stage> analyses() {
    return List.of(new ActorsStage(), new StanceStage(), new TopicsStage());
  }

  /** Every stage of `run`: ingest, sentences, the analyses. */
  public static List<Stage> run(IngestStage ingest, List<Stage> analyses) {
    List<Stage> stages = new ArrayList<>();
    stages.add(ingest);
    stages.add(new SentencesStage());
    stages.addAll(analyses);
    return stages;
  }
}
