package io.xiaobu.dialog.stage;

import io.xiaobu.dialog.pipeline.LinkedEntity;
import io.xiaobu.nlu.NormalizedText;

import java.util.List;

/** Finds mentions of knowledge-graph entities in the normalised text. */
public interface EntityLinker {

    List<LinkedEntity> link(NormalizedText text);
}
