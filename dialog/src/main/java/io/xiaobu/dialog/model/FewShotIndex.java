package io.xiaobu.dialog.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sentence embeddings of skills' sample utterances, so that the intents of skills registered at run
 * time are recognised before any retraining: an utterance is matched to its nearest sample by cosine
 * similarity. Built-in skills' samples are indexed too, as anchors: a registered skill wins only
 * when its samples are nearer than every other skill's. The backbone pass that embeds the utterance
 * is the same one that feeds the model's heads.
 */
public final class FewShotIndex {

    /** One sample utterance of an intent, with its unit-length embedding. */
    public record Example(String skill, String intent, String text, float[] unit) {
    }

    /**
     * The best intent for an utterance, how close its nearest sample is, and the best other intent's.
     *
     * @param registered whether the skill was registered at run time (the trained heads do not know it)
     */
    public record Match(String skill, String intent, String nearest, double cosine, double runnerUpCosine,
                        boolean registered) {
    }

    private final Map<String, List<Example>> bySkill = new ConcurrentHashMap<>();
    private final Set<String> registered = ConcurrentHashMap.newKeySet();

    /** @param registeredAtRunTime false for the built-in anchors */
    public void put(String skill, List<Example> examples, boolean registeredAtRunTime) {
        bySkill.put(skill, List.copyOf(examples));
        if (registeredAtRunTime) registered.add(skill);
        else registered.remove(skill);
    }

    public void remove(String skill) {
        bySkill.remove(skill);
        registered.remove(skill);
    }

    public Optional<Match> nearest(float[] embedding) {
        if (registered.isEmpty()) return Optional.empty();
        float[] q = unit(embedding);
        Example best = null;
        double bestCos = -2, otherCos = -2;
        for (List<Example> examples : bySkill.values()) {
            for (Example e : examples) {
                double c = dot(q, e.unit());
                if (c > bestCos) {
                    if (best != null && !sameIntent(best, e)) otherCos = Math.max(otherCos, bestCos);
                    best = e;
                    bestCos = c;
                } else if (!sameIntent(best, e) && c > otherCos) {
                    otherCos = c;
                }
            }
        }
        return best == null ? Optional.empty()
                : Optional.of(new Match(best.skill(), best.intent(), best.text(), bestCos, otherCos,
                registered.contains(best.skill())));
    }

    private static boolean sameIntent(Example a, Example b) {
        return a.skill().equals(b.skill()) && a.intent().equals(b.intent());
    }

    static float[] unit(float[] v) {
        double n = 0;
        for (float x : v) n += x * x;
        n = Math.sqrt(n);
        float[] out = new float[v.length];
        if (n == 0) return out;
        for (int i = 0; i < v.length; i++) out[i] = (float) (v[i] / n);
        return out;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) s += a[i] * b[i];
        return s;
    }
}
