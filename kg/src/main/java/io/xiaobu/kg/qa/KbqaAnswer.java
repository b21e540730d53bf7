package io.xiaobu.kg.qa;

import java.util.List;

/**
 * The result of a knowledge-base question.
 *
 * @param status      what happened
 * @param reply       what the assistant says (Chinese)
 * @param values      the answer values (object names), empty unless answered
 * @param subjectId   graph id of the linked subject, or null
 * @param subjectName its canonical name, or null
 * @param predicates  the relation chain used, e.g. [妻子, 出生地]
 * @param shape       the query shape used: {@code single-hop}, {@code chain}, {@code superlative}
 * @param confidence  0..1
 */
public record KbqaAnswer(Status status, String reply, List<String> values, String subjectId, String subjectName,
                         List<String> predicates, String shape, double confidence) {

    /** Outcome of a question. */
    public enum Status { ANSWERED, NO_ANSWER, UNAVAILABLE }

    public KbqaAnswer {
        values = values == null ? List.of() : List.copyOf(values);
        predicates = predicates == null ? List.of() : List.copyOf(predicates);
    }

    public static KbqaAnswer unavailable() {
        return new KbqaAnswer(Status.UNAVAILABLE, "知识库暂时连不上，请稍后再问我。", List.of(), null, null, List.of(), "none", 0);
    }

    public static KbqaAnswer noAnswer(String why) {
        return new KbqaAnswer(Status.NO_ANSWER, "这个问题我还不知道答案。", List.of(), null, null, List.of(), why, 0);
    }

    public boolean answered() {
        return status == Status.ANSWERED;
    }

    /** The first value, or empty. */
    public String answer() {
        return values.isEmpty() ? "" : values.get(0);
    }
}
