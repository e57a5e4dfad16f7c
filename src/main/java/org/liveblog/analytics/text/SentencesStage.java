package org.liveblog.analytics.text;

import java.util.List;
import java.util.Map;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.stage.Stage;
import org.liveblog.analytics.stage.StageContext;

/** The sentences stage: the run's entries split into sentences with their speakers ({@link Segmenter}). */
public final class SentencesStage implements Stage {

  @Override
  public String name() {
    return Segmenter.STAGE;
  }

  @Override
  public List<TableSchema> reads() {
    return List.of(Tables.ENTRIES);
  }

  @Override
  public List<TableSchema> writes() {
    return List.of(Tables.SENTENCES);
  }

  @Override
  public Map<String, String> versions() {
    return Map.of();
  }

  @Override
  public String republishCommand(String warehouse) {
    return "liveblog run --warehouse " + warehouse + " --input <all the input>";
  }

  @Override
  public void run(StageContext context) {
    context.stage(Tables.SENTENCES, Segmenter.sentences(context.input(Tables.ENTRIES), context.deadLetters()));
  }
}
