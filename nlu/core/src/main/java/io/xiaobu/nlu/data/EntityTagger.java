package io.xiaobu.nlu.data;

import java.util.List;

/**
 * Per-character entity-type tags, the model's knowledge input: from slot lexicons ({@link EntityLexicon})
 * for the benchmark models, from the knowledge graph's entity linker for the product model.
 */
public interface EntityTagger {

    /** The type names this tagger can emit (sorted); a model trained with it keeps this list. */
    List<String> types();

    /** One type name per char of {@code text} ({@code null} = no entity there). Never throws. */
    String[] tag(String text);
}
