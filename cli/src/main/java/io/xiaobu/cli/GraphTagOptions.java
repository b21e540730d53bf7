package io.xiaobu.cli;

import io.xiaobu.dialog.model.GraphEntityTags;
import io.xiaobu.kg.GraphConfig;
import io.xiaobu.kg.KnowledgeGraph;
import io.xiaobu.kg.link.LinkerConfig;
import io.xiaobu.nlu.data.DataDir;
import io.xiaobu.nlu.data.EntityLexicon;
import io.xiaobu.nlu.data.EntityTagger;
import io.xiaobu.nlu.model.ModelMeta;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.util.List;

/**
 * Where a model's entity tags come from in training and evaluation ({@link #openFor} also covers lexicon-trained
 * models). Knowledge-graph tags come from the project's
 * starter graph alone (no database; what a fresh service has), or a Neo4j graph (the embedded server, or
 * {@code --uri}) with everything imported, as the service links after {@code xiaobu import kg}.
 */
public final class GraphTagOptions {

    @Option(names = "--kg-starter-only", description = "link with the project's starter graph only (no Neo4j)")
    boolean starterOnly;

    @Mixin
    GraphOptions graph;

    /** An entity tagger and what must be closed after it (the graph connection, when one was opened). */
    public record Tagging(EntityTagger tagger, String source, AutoCloseable resources) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            if (resources != null) resources.close();
        }
    }

    public Tagging open() throws IOException {
        if (starterOnly) {
            return new Tagging(new GraphEntityTags(KnowledgeGraph.starterGraphLinker(LinkerConfig.defaults())), "starter graph", null);
        }
        GraphOptions.Connection c = graph.open();
        KnowledgeGraph kg = KnowledgeGraph.withDriver(c.driver(), GraphConfig.local(c.uri()));
        AutoCloseable both = () -> {
            kg.close();
            c.close();
        };
        return new Tagging(new GraphEntityTags(kg.linker()), "graph at " + c.uri() + " (" + kg.healthDetail() + ")", both);
    }

    /**
     * The tags a trained model reads: the linker's for a model trained on the graph's entity types, its
     * slot lexicons' for a model trained on those, none for a model trained without tags.
     */
    public Tagging openFor(ModelMeta meta) throws IOException {
        if (!meta.config().entityTags()) return new Tagging(EntityLexicon.empty(), "no entity tags", null);
        if (meta.entityTypes().equals(GraphEntityTags.TYPES)) return open();
        return new Tagging(EntityLexicon.load(DataDir.resolve(), meta.entityTypes()), "slot lexicons " + meta.entityTypes(), null);
    }

    /**
     * Tags only a fixed fraction of the texts (chosen by a hash of the text, so a text is always treated
     * the same) and leaves the rest untagged, as a graph that lacks their entities would: the model learns
     * to use tags without depending on them.
     */
    static EntityTagger keeping(EntityTagger tagger, double fraction) {
        if (fraction >= 1) return tagger;
        return new EntityTagger() {
            @Override
            public List<String> types() {
                return tagger.types();
            }

            @Override
            public String[] tag(String text) {
                double u = (text.hashCode() * 0x9E3779B9L & 0xFFFFFFFFL) / (double) (1L << 32);
                return u < fraction ? tagger.tag(text) : new String[text.length()];
            }
        };
    }
}
