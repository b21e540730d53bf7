package io.xiaobu.chat.generation;

/**
 * The UniLM sequence-to-sequence attention mask over {@code [CLS] context [SEP] reply [SEP]}: a context
 * position (segment 0) sees every context position and no reply position; a reply position (segment 1)
 * sees the whole context and the reply positions up to itself. Padding is never seen.
 */
public final class UniLmMask {

    private UniLmMask() {
    }

    /** Whether query position {@code i} may attend to key position {@code j}. */
    public static boolean allowed(int[] segments, int length, int i, int j) {
        if (j >= length) {
            return false;
        }
        if (segments[j] == 0) {
            return true;
        }
        return segments[i] == 1 && j <= i;
    }

    /** Row-major {@code [T][T]} 1/0 mask of one sequence padded to {@code t}, written at {@code offset}. */
    public static void fill(int[] segments, int length, int t, float[] out, int offset) {
        for (int i = 0; i < t; i++) {
            for (int j = 0; j < t; j++) {
                out[offset + i * t + j] = allowed(segments, length, i, j) ? 1f : 0f;
            }
        }
    }
}
