package io.xiaobu.chat.generation;

import java.util.ArrayList;
import java.util.List;

/**
 * Instruction-following difficulty of each pair, IFD = loss(reply | context) / loss(reply alone), from a
 * model after a first pass. IFD near or above 1 means the context does not help predict the reply (a
 * generic or unrelated reply); those pairs are dropped before the second pass.
 */
public final class IfdCleaner {

    /** One pair's scores. */
    public record Scored(GenExample example, double conditioned, double alone, double ifd) {
    }

    /** The kept and dropped pairs. */
    public record Result(List<Scored> kept, List<Scored> dropped) {

        public List<GenExample> keptExamples() {
            return kept.stream().map(Scored::example).toList();
        }
    }

    private IfdCleaner() {
    }

    public static List<Scored> score(GeneratorTraining run, List<GenExample> examples) {
        double[] withContext = run.replyLoss(examples);
        double[] alone = run.replyLoss(examples.stream().map(GenExample::alone).toList());
        List<Scored> out = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            double ifd = alone[i] > 0 ? withContext[i] / alone[i] : 1;
            out.add(new Scored(examples.get(i), withContext[i], alone[i], ifd));
        }
        return out;
    }

    /**
     * Drops pairs with IFD ≥ {@code threshold}, at most the {@code maxDropShare} of all pairs with the highest IFD;
     * pairs without context and the persona's own answers are always kept.
     */
    public static Result clean(List<Scored> scored, double threshold, double maxDropShare) {
        List<Scored> candidates = scored.stream().filter(s -> !s.example().context().isEmpty()
                        && !s.example().source().equals("persona") && !Double.isNaN(s.ifd()) && s.ifd() >= threshold)
                .sorted(java.util.Comparator.comparingDouble(Scored::ifd).reversed())
                .limit((long) Math.floor(maxDropShare * scored.size())).toList();
        java.util.Set<Scored> drop = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        drop.addAll(candidates);
        List<Scored> kept = new ArrayList<>();
        List<Scored> dropped = new ArrayList<>();
        for (Scored s : scored) {
            (drop.contains(s) ? dropped : kept).add(s);
        }
        return new Result(kept, dropped);
    }
}
