package io.xiaobu.chat.safety;

import java.util.EnumSet;
import java.util.Set;

/**
 * How the lexicon and the learned head are combined for one text (query or reply):
 * <ul>
 *   <li>a lexicon hit in a {@code strongCategories} category blocks, whatever the head says;</li>
 *   <li>a hit in any other category blocks only when the head agrees: P(unsafe) ≥ {@code agreeThreshold};</li>
 *   <li>no lexicon hit blocks only when the head is very confident: P(unsafe) ≥ {@code soloThreshold}.</li>
 * </ul>
 * Without a head, every lexicon hit blocks (lexicon only).
 */
public record SafetyPolicy(double agreeThreshold, double soloThreshold, Set<SafetyCategory> strongCategories) {

    /** Thresholds picked on the dev split of the safety data (docs/benchmarks/chat.md, section 4). */
    public static final double DEFAULT_AGREE = 0.10, DEFAULT_SOLO = 0.95;

    public SafetyPolicy {
        if (agreeThreshold < 0 || agreeThreshold > 1 || soloThreshold < 0 || soloThreshold > 1) {
            throw new IllegalArgumentException("thresholds must be probabilities");
        }
        strongCategories = strongCategories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(strongCategories));
    }

    /** Self-harm, violence, political and illegal-goods hits always block; abuse, sexual and other hits need the head. */
    public static SafetyPolicy defaults() {
        return new SafetyPolicy(DEFAULT_AGREE, DEFAULT_SOLO,
                EnumSet.of(SafetyCategory.SELF_HARM, SafetyCategory.VIOLENCE, SafetyCategory.POLITICAL, SafetyCategory.ILLEGAL));
    }

    public SafetyPolicy withThresholds(double agree, double solo) {
        return new SafetyPolicy(agree, solo, strongCategories);
    }

    public boolean strong(SafetyCategory c) {
        return strongCategories.contains(c);
    }
}
