package io.xiaobu.chat.matching;

import io.xiaobu.chat.retrieval.Embedder;
import io.xiaobu.chat.safety.TextEmbedder;
import java.util.ArrayList;
import java.util.List;

/**
 * Matching vectors of texts: the shared backbone's sentence embedding ({@link TextEmbedder}, one backbone
 * pass) through the learned {@link MatchingProjection}. When the caller already has the turn's backbone
 * embedding, {@link #queryFromBackbone(float[])} applies only the projection (no second backbone pass).
 */
public final class MatchingEncoder {

    private final TextEmbedder backbone;
    private final MatchingProjection projection;
    private final String name;

    /** @param name how reports and index metadata name this encoder (e.g. the projection's folder) */
    public MatchingEncoder(TextEmbedder backbone, MatchingProjection projection, String name) {
        this.backbone = backbone;
        this.projection = projection;
        this.name = name;
    }

    /**
     * An encoder without a backbone of its own, for a service whose understand stage already ran the backbone:
     * it projects the turn's embedding ({@link #queryFromBackbone}); a query without one gets no vector (BM25
     * only for that query). Null when {@code dir} holds no projection.
     */
    public static MatchingEncoder projectionOnly(java.nio.file.Path dir) {
        if (dir == null || !java.nio.file.Files.isRegularFile(dir.resolve(MatchingProjection.FILE))) {
            return null;
        }
        try {
            return new MatchingEncoder(text -> null, MatchingProjection.load(dir), "backbone+" + dir.getFileName());
        } catch (java.io.IOException | RuntimeException e) {
            System.getLogger(MatchingEncoder.class.getName()).log(System.Logger.Level.WARNING,
                    "matching projection under " + dir + " not loaded, retrieval is BM25 only: " + e.getMessage());
            return null;
        }
    }

    public int dimension() {
        return projection.dimension();
    }

    public String name() {
        return name;
    }

    /** The query-side vector of an already computed backbone embedding of the query. */
    public float[] queryFromBackbone(float[] backboneEmbedding) {
        return projection.query(backboneEmbedding);
    }

    /** The query-side vector of a text (one backbone pass); zeros when the backbone fails on it. */
    public float[] query(String text) {
        return projection.query(safeEmbed(text));
    }

    public List<float[]> queries(List<String> texts) {
        return backbone.embedAll(texts).stream().map(projection::query).toList();
    }

    public List<float[]> replies(List<String> texts) {
        return backbone.embedAll(texts).stream().map(projection::reply).toList();
    }

    /** Query-side vectors as an {@link Embedder} (for {@code eval retrieval}). */
    public Embedder querySide() {
        return side(true);
    }

    /** Reply-side vectors as an {@link Embedder}. */
    public Embedder replySide() {
        return side(false);
    }

    private float[] safeEmbed(String text) {
        try {
            return backbone.embed(text == null ? "" : text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Embedder side(boolean query) {
        return new Embedder() {
            @Override
            public int dimension() {
                return projection.dimension();
            }

            @Override
            public float[] embed(String text) {
                float[] e = safeEmbed(text);
                return query ? projection.query(e) : projection.reply(e);
            }

            @Override
            public float[][] embedAll(List<String> texts) {
                List<float[]> v = new ArrayList<>(query ? queries(texts) : replies(texts));
                return v.toArray(new float[0][]);
            }

            @Override
            public String toString() {
                return name + (query ? "-query" : "-reply");
            }
        };
    }
}
