package io.xiaobu.nlu.model;

import io.xiaobu.nlu.Slot;

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
