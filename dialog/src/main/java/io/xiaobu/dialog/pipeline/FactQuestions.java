package io.xiaobu.dialog.pipeline;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a turn asks for a fact. The chat side generates no reply for one (a generated "我也是" would only pretend to
 * know), and the ranker asks no clarifying question between two weak task readings of one ("流浪地球的导演是谁" is not a
 * choice between poems and songs): the graph answers it, or the assistant says it cannot answer yet.
 */
public final class FactQuestions {

    private FactQuestions() {
    }

    /** Question words that ask for a fact (not 吗 / 呢, which small talk ends with too). */
    private static final Pattern FACT_QUESTION = Pattern.compile("谁|什么|哪|几|多少|多大|多高|多长|多重|多远|为什么|怎么");

    /** Question words that ask for a fact whatever the topic (not 什么 / 怎么 / 为什么 alone: "今天吃什么", "好无聊怎么办"). */
    private static final Pattern PLAIN_FACT_QUESTION = Pattern.compile("谁|什么时候|哪里|哪儿|哪个|哪年|哪一|几[点号月年岁个]|多少|多大|多高|多长|多重|多远|多久");

    /** Words of the user and the assistant talking about themselves ("你在干什么", "我该怎么办"): small talk, not a fact. */
    private static final Pattern PERSONAL = Pattern.compile("你|您|我|咱");

    /**
     * Whether the turn asks for a fact a generated reply would only pretend to know: a question about a specific entity
     * the graph knows ({@link #asksAFactAboutAnEntity(String, List)}), or a factual question that is not about the user or the
     * assistant ("世界杯决赛是什么时候" got "我们也是"). Small talk with a question word ("你在干什么", "我该怎么办") still gets
     * a generated reply; retrieved and persona replies are never held back.
     */
    public static boolean asksAFact(String text, List<LinkedEntity> entities) {
        return asksAFactAboutAnEntity(text, entities) || PLAIN_FACT_QUESTION.matcher(text).find() && !PERSONAL.matcher(text).find();
    }

    /**
     * Whether the turn asks for a fact about a specific entity the graph knows ("姚明有多高", "刘德华是哪里人"), with the
     * question word outside the entity's name. The graph answers such questions or nobody should: a generated
     * reply ("我也是") would only pretend, so none is generated and the assistant says it cannot answer yet.
     */
    public static boolean asksAFactAboutAnEntity(String text, List<LinkedEntity> entities) {
        return entities.stream().anyMatch(e -> e.specific() && !e.mention().isEmpty())
                && FACT_QUESTION.matcher(LinkedEntity.outsideNames(text, entities)).find();
    }
}
