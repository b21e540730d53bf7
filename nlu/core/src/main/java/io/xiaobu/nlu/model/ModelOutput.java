package io.xiaobu.nlu.model;

import io.xiaobu.nlu.Slot;
import io.xiaobu.nlu.Understanding;

import java.util.List;

/**
 * Everything the heads say about one utterance, from one backbone pass.
 *
 * @param domains           domain distribution, most probable first (empty when the model has no domain head)
 * @param intents           intent distribution, most probable first
 * @param slots             slot spans in the input text
 * @param chatProbability   probability of chit-chat rather than a task; NaN when that head was not trained
 * @param rejectProbability probability the input is not device-directed; NaN when that head was not trained
 * @param embedding         the pooled sentence embedding (for retrieval, clustering, few-shot)
 */
public record ModelOutput(List<Scored> domains, List<Scored> intents, List<Slot> slots, double chatProbability,
                          double rejectProbability, float[] embedding) {

    /** A label with its probability. */
    public record Scored(String label, double probability) {
    }

    public ModelOutput {
        domains = List.copyOf(domains);
        intents = List.copyOf(intents);
        slots = List.copyOf(slots);
        embedding = embedding.clone();
    }

    /**
     * The top intent as the pipeline's {@link Understanding} (source {@code model}). Its confidence is the
     * intent probability, temperature-scaled when the model folder has an {@link IntentCalibration};
     * {@code null} when the model has no intents.
     */
    public Understanding understanding() {
        Scored intent = topIntent();
        if (intent == null) return null;
        Scored domain = topDomain();
        double p = Math.max(0, Math.min(1, intent.probability()));
        return new Understanding(domain == null ? null : domain.label(), intent.label(), slots, p, "model",
                String.format(java.util.Locale.ROOT, "intent head p=%.3f%s", p,
                        domain == null ? "" : String.format(java.util.Locale.ROOT, ", domain head %s p=%.3f", domain.label(), domain.probability())));
    }

    public Scored topDomain() {
        return domains.isEmpty() ? null : domains.get(0);
    }

    public Scored topIntent() {
        return intents.isEmpty() ? null : intents.get(0);
    }

    @Override
    public float[] embedding() {
        return embedding.clone();
    }
}
