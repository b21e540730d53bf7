package io.xiaobu.dialog.chat;

import io.xiaobu.chat.ChatCandidate;
import io.xiaobu.chat.ChatEngine;
import io.xiaobu.chat.ChatQuery;
import io.xiaobu.chat.safety.SafetyVerdict;
import io.xiaobu.dialog.pipeline.LinkedEntity;
import io.xiaobu.dialog.pipeline.TurnContext;
import io.xiaobu.dialog.rank.Candidate;
import io.xiaobu.dialog.session.SessionState;
import io.xiaobu.dialog.stage.CandidateSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The chat side of every turn (task NLU and chat both run): a safety deflection for an unsafe
 * query, answers from the user's memory, persona answers and retrieved replies. When the rules
 * understood the turn exactly, chat cannot win it (a covering task outranks chat), so only the
 * safety check runs. Titles the graph recognised (songs, films, poems, apps) are masked for the
 * safety checks only: "帮我放个原子弹" asks for a song, not for a weapon, while "你叫什么名字" (also a song
 * title) still gets the assistant's name. The safety checks reuse the understand
 * stage's backbone embedding (for the learned safety head) when the text was not masked. No reply is
 * generated when a task reading covers the query (it would be the ranker's fallback and lose), nor for a
 * factual question (the graph answers it, or the assistant says it cannot).
 */
public final class ChatSource implements CandidateSource {

    private final ChatEngine engine;
    private final double taskCover;

    /** @param taskCover the ranker's confidence at which a task understanding covers the query */
    public ChatSource(ChatEngine engine, double taskCover) {
        this.engine = engine;
        this.taskCover = taskCover;
    }

    @Override
    public String name() {
        return "chat";
    }

    @Override
    public List<Candidate> propose(TurnContext turn) {
        String text = turn.text().text();
        String safetyText = withTitlesMasked(turn);
        if (coveredByRules(turn)) {
            // the backbone embedding describes the unmasked text: the safety head may only read it for that text
            SafetyVerdict verdict = engine.checkQuery(safetyText, safetyText.equals(text) ? turn.sentenceEmbedding() : null);
            if (verdict.safe()) return List.of();
        }
        List<String> recent = new ArrayList<>();
        for (SessionState.PastTurn t : turn.session().history()) {
            recent.add(t.userText());
            if (t.replyText() != null) recent.add(t.replyText());
        }
        List<Candidate> out = new ArrayList<>();
        for (ChatCandidate c : engine.reply(new ChatQuery(turn.request().userId(), turn.request().requestId(),
                text, recent, turn.sentenceEmbedding(), !coveredByTask(turn) && !asksAFact(text, turn.entities()), safetyText))) {
            Candidate.Source source = switch (c.source()) {
                case SAFETY -> Candidate.Source.SAFETY;
                case MEMORY -> Candidate.Source.MEMORY;
                case PERSONA -> Candidate.Source.GREETING;
                case RETRIEVAL -> Candidate.Source.CHAT_RETRIEVAL;
                case GENERATION -> Candidate.Source.CHAT_GENERATION;
            };
            out.add(new Candidate(source, "chat", "chat." + c.source().name().toLowerCase(), null, c.text(), c.score(),
                    Map.of("score", c.score()), c.explanation()));
        }
        return out;
    }

    private static final Set<String> TITLES = Set.of("SONG", "FILM", "TV", "POEM", "APP");

    private static String withTitlesMasked(TurnContext turn) {
        String text = turn.text().text();
        for (LinkedEntity e : turn.entities()) {
            if (TITLES.contains(e.type()) && !e.mention().isEmpty()) text = text.replace(e.mention(), "《》");
        }
        return text;
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
    static boolean asksAFact(String text, List<LinkedEntity> entities) {
        return asksAFactAboutAnEntity(text, entities) || PLAIN_FACT_QUESTION.matcher(text).find() && !PERSONAL.matcher(text).find();
    }

    /**
     * Whether the turn asks for a fact about a specific entity the graph knows ("姚明有多高", "刘德华是哪里人"), with the
     * question word outside the entity's name. The graph answers such questions or nobody should: a generated
     * reply ("我也是") would only pretend, so none is generated and the assistant says it cannot answer yet.
     */
    static boolean asksAFactAboutAnEntity(String text, List<LinkedEntity> entities) {
        return entities.stream().anyMatch(e -> e.specific() && !e.mention().isEmpty())
                && FACT_QUESTION.matcher(LinkedEntity.outsideNames(text, entities)).find();
    }

    /** A task reading the ranker puts above every chat reply but greetings: a generated reply (its fallback) cannot win. */
    private boolean coveredByTask(TurnContext turn) {
        return turn.hypotheses().stream().anyMatch(u -> u.confidence() >= taskCover);
    }

    private boolean coveredByRules(TurnContext turn) {
        return turn.hypotheses().stream().anyMatch(u -> u.confidence() >= taskCover
                && ("rule".equals(u.source()) || "fusion".equals(u.source())));
    }
}
