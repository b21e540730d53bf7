package io.xiaobu.nlu;

import java.util.List;

/**
 * One hypothesis of what the user meant: a skill intent with its slots and a calibrated confidence.
 *
 * @param domain      the domain (skill id), e.g. {@code alarm}, {@code music}, {@code chat}
 * @param intent      the intent name inside the domain, e.g. {@code alarm.set}
 * @param slots       slot values with spans in the original text
 * @param confidence  calibrated probability in [0, 1] that this hypothesis is right
 * @param source      who produced it: {@code rule}, {@code model}, {@code fewshot}, {@code fusion}
 * @param explanation a short human-readable reason (which template matched, which head scored)
 */
public record Understanding(String domain, String intent, List<Slot> slots, double confidence,
                            String source, String explanation) {

    public Understanding {
        slots = List.copyOf(slots);
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }

    public String slotValue(String name) {
        for (Slot s : slots) if (s.name().equals(name)) return s.normalized() != null ? s.normalized() : s.value();
        return null;
    }
}
