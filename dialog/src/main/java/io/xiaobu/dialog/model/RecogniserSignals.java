package io.xiaobu.dialog.model;

import io.xiaobu.dialog.api.TurnRequest;
import io.xiaobu.nlu.model.AsrSignals;

import java.util.List;

/**
 * The recogniser's signals of a request as the model's reject head reads them: confidence, how much the
 * n-best alternatives agree with the 1-best, audio length and SNR. What the device did not send stays
 * absent (the head was trained with absent signals too).
 */
public final class RecogniserSignals {

    private RecogniserSignals() {
    }

    public static AsrSignals of(TurnRequest.Asr asr) {
        if (asr == null) return AsrSignals.NONE;
        return new AsrSignals(
                asr.confidence() == null ? Float.NaN : (float) Math.max(0, Math.min(1, asr.confidence())),
                nbestAgreement(asr),
                asr.audioMs() == null ? Float.NaN : asr.audioMs() / 1000f,
                asr.snrDb() == null ? Float.NaN : asr.snrDb().floatValue());
    }

    /**
     * Mean similarity (1 − character edit distance / longer length) between the 1-best and the other
     * alternatives (the first n-best entry is skipped when it is the 1-best itself); NaN without any.
     * Recognisers that hesitate between very different texts usually heard no clear speech.
     */
    static float nbestAgreement(TurnRequest.Asr asr) {
        String best = asr.text() == null ? "" : asr.text();
        List<String> alts = asr.nbest().stream().filter(a -> a != null && a.text() != null).map(TurnRequest.NBest::text).toList();
        if (!alts.isEmpty() && alts.get(0).equals(best)) alts = alts.subList(1, alts.size());
        if (alts.isEmpty()) return Float.NaN;
        double sum = 0;
        for (String alt : alts) {
            int longer = Math.max(best.length(), alt.length());
            sum += longer == 0 ? 1 : 1 - (double) editDistance(best, alt) / longer;
        }
        return (float) (sum / alts.size());
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
