package io.xiaobu.chat.matching;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Two learned linear maps over the frozen backbone's sentence embedding, one for the query/post side and
 * one for the reply side, each followed by L2 normalisation: {@code q(x)·r(y)} is the matching cosine
 * of a post and a reply, {@code q(x)·q(x')} of two posts. Immutable; thread-safe.
 */
public final class MatchingProjection {

    public static final String FILE = "projection.tsv";

    private final float[][] query;
    private final float[][] reply;

    /** @param query {@code out × in} weights of the query/post map; @param reply same shape for replies */
    public MatchingProjection(float[][] query, float[][] reply) {
        if (query.length == 0 || query.length != reply.length || query[0].length != reply[0].length) {
            throw new IllegalArgumentException("query and reply maps must have the same non-empty shape");
        }
        this.query = copy(query);
        this.reply = copy(reply);
    }

    /** Both maps the identity: cosine of the raw backbone embeddings (the untrained baseline). */
    public static MatchingProjection identity(int dim) {
        float[][] eye = new float[dim][dim];
        for (int i = 0; i < dim; i++) {
            eye[i][i] = 1;
        }
        return new MatchingProjection(eye, eye);
    }

    public int inputDimension() {
        return query[0].length;
    }

    public int dimension() {
        return query.length;
    }

    /** The query/post-side vector of a backbone embedding (L2-normalised; zeros for a null, mis-sized or zero input). */
    public float[] query(float[] embedding) {
        return apply(query, embedding);
    }

    /** The reply-side vector of a backbone embedding. */
    public float[] reply(float[] embedding) {
        return apply(reply, embedding);
    }

    float[][] queryWeights() {
        return copy(query);
    }

    float[][] replyWeights() {
        return copy(reply);
    }

    private float[] apply(float[][] w, float[] x) {
        float[] out = new float[w.length];
        if (x == null || x.length != inputDimension()) {
            return out;
        }
        double norm = 0;
        for (int o = 0; o < w.length; o++) {
            double s = 0;
            for (int i = 0; i < x.length; i++) {
                s += w[o][i] * (Float.isFinite(x[i]) ? x[i] : 0);
            }
            out[o] = (float) s;
            norm += s * s;
        }
        if (norm <= 1e-12) {
            return new float[w.length];
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int o = 0; o < out.length; o++) {
            out[o] *= inv;
        }
        return out;
    }

    /** Writes {@code dir/projection.tsv}: a header line, then the query rows, then the reply rows. */
    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8)) {
            w.write("matching-projection\t" + dimension() + "\t" + inputDimension() + "\n");
            for (float[][] m : new float[][][] {query, reply}) {
                for (float[] row : m) {
                    StringBuilder s = new StringBuilder();
                    for (int i = 0; i < row.length; i++) {
                        s.append(i == 0 ? "" : "\t").append(String.format(Locale.ROOT, "%.6g", row[i]));
                    }
                    w.write(s.append('\n').toString());
                }
            }
        }
    }

    public static MatchingProjection load(Path dir) throws IOException {
        Path file = Files.isDirectory(dir) ? dir.resolve(FILE) : dir;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String[] head = r.readLine().split("\t");
            if (head.length != 3 || !head[0].equals("matching-projection")) {
                throw new IOException("not a matching projection: " + file);
            }
            int out = Integer.parseInt(head[1]);
            int in = Integer.parseInt(head[2]);
            float[][] q = readRows(r, out, in);
            float[][] p = readRows(r, out, in);
            return new MatchingProjection(q, p);
        }
    }

    private static float[][] readRows(BufferedReader r, int rows, int cols) throws IOException {
        float[][] m = new float[rows][cols];
        for (int o = 0; o < rows; o++) {
            String line = r.readLine();
            String[] cells = line == null ? new String[0] : line.split("\t");
            if (cells.length != cols) {
                throw new IOException("projection row " + o + " has " + cells.length + " values, expected " + cols);
            }
            for (int i = 0; i < cols; i++) {
                m[o][i] = Float.parseFloat(cells[i]);
            }
        }
        return m;
    }

    private static float[][] copy(float[][] m) {
        float[][] c = new float[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
