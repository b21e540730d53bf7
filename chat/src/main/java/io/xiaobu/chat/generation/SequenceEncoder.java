package io.xiaobu.chat.generation;

import java.util.List;

/**
 * Lays out {@code [CLS] context [SEP] reply [SEP]}: context turns joined by TURN and cut from the left to
 * {@code maxContext}, reply cut to {@code maxReply}. Positions {@code [lossFrom, lossTo)} predict the next token.
 */
final class SequenceEncoder {

    /** One laid-out sequence; {@code ids[p + 1]} is the target of every loss position p. */
    record Encoded(int[] ids, int[] segments, int length, int lossFrom, int lossTo) {

        int lossCount() {
            return lossTo - lossFrom;
        }
    }

    private final GenVocab vocab;
    private final GeneratorSettings settings;

    SequenceEncoder(GenVocab vocab, GeneratorSettings settings) {
        this.vocab = vocab;
        this.settings = settings;
    }

    /** Context ids: turns joined by TURN, the oldest chars dropped first when too long. */
    int[] context(List<String> turns) {
        int[] all = new int[0];
        for (String turn : turns) {
            int[] t = vocab.encode(turn);
            if (t.length == 0) {
                continue;
            }
            int[] joined = new int[all.length + (all.length > 0 ? 1 : 0) + t.length];
            System.arraycopy(all, 0, joined, 0, all.length);
            if (all.length > 0) {
                joined[all.length] = GenVocab.TURN;
            }
            System.arraycopy(t, 0, joined, joined.length - t.length, t.length);
            all = joined;
        }
        int keep = Math.min(all.length, settings.maxContext());
        int[] out = new int[keep];
        System.arraycopy(all, all.length - keep, out, 0, keep);
        return out;
    }

    /** The prefix {@code [CLS] context [SEP]} (all segment 0): what decoding starts from. */
    int[] prefix(List<String> turns) {
        int[] c = context(turns);
        int[] out = new int[c.length + 2];
        out[0] = GenVocab.CLS;
        System.arraycopy(c, 0, out, 1, c.length);
        out[out.length - 1] = GenVocab.SEP;
        return out;
    }

    Encoded encode(GenExample e) {
        int[] prefix = prefix(e.context());
        int[] reply = vocab.encode(e.reply());
        boolean cut = reply.length > settings.maxReply();
        int r = Math.min(reply.length, settings.maxReply());
        int length = prefix.length + r + (cut ? 0 : 1);
        int[] ids = new int[length];
        int[] segs = new int[length];
        System.arraycopy(prefix, 0, ids, 0, prefix.length);
        System.arraycopy(reply, 0, ids, prefix.length, r);
        if (!cut) {
            ids[length - 1] = GenVocab.SEP;
        }
        for (int i = prefix.length; i < length; i++) {
            segs[i] = 1;
        }
        return new Encoded(ids, segs, length, prefix.length - 1, length - 1);
    }
}
