package io.xiaobu.dialog.rank;

import io.xiaobu.nlu.Understanding;

import java.util.Map;

/**
 * One possible answer to the turn, from any source, with its score and the reason it exists.
 *
 * @param understanding the task understanding behind a {@link Source#TASK} candidate, else null
 * @param replyText     the ready answer of a non-task candidate (chat, KBQA, greeting), else null
 * @param score         calibrated confidence in [0, 1] from the source
 * @param features      the numbers the score came from, for the trace and for ranker training
 */
public record Candidate(Source source, String skill, String intent, Understanding understanding, String replyText,
                        double score, Map<String, Double> features, String explanation) {

    /** Where a candidate came from. */
    public enum Source {
        /** A skill intent understood by rules, the model or few-shot matching. */
        TASK,
        /** An answer to the question a skill asked on the previous turn (a slot value, a yes/no). */
        DIALOG,
        /** A calm deflection of an unsafe or abusive query: nothing else is said then. */
        SAFETY,
        /** A high-precision greeting or persona answer ("你好", "你是谁"). */
        GREETING,
        /** A factoid answer from the knowledge graph. */
        KBQA,
        /** An answer from what the user told the assistant before. */
        MEMORY,
        /** A retrieved chat reply. */
        CHAT_RETRIEVAL,
        /** A generated chat reply. */
        CHAT_GENERATION
    }

    public Candidate {
        features = features == null ? Map.of() : Map.copyOf(features);
    }

    /** Whether a skill carries this candidate out (rather than its ready reply being said). */
    public boolean needsSkill() {
        return understanding != null;
    }

    public static Candidate dialog(Understanding u) {
        return new Candidate(Source.DIALOG, u.domain(), u.intent(), u, null, u.confidence(),
                Map.of("confidence", u.confidence()), u.explanation());
    }

    public static Candidate task(Understanding u) {
        return new Candidate(Source.TASK, u.domain(), u.intent(), u, null, u.confidence(),
                Map.of("confidence", u.confidence()), u.source() + ": " + u.explanation());
    }
}
