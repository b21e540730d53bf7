package io.xiaobu.dialog.chat;

import io.xiaobu.chat.ChatCandidate;
import io.xiaobu.chat.ChatEngine;
import io.xiaobu.chat.ChatQuery;
import io.xiaobu.chat.safety.SafetyVerdict;
import io.xiaobu.dialog.pipeline.FactQuestions;
import io.xiaobu.dialog.pipeline.LinkedEntity;
import io.xiaobu.dialog.pipeline.TurnContext;
import io.xiaobu.dialog.rank.Candidate;
import io.xiaobu.dialog.session.SessionState;
import io.xiaobu.dialog.stage.CandidateSource;
import io.xiaobu.skills.sdk.runtime.DialogState;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        boolean waiting = DialogState.from(turn.session().attributes(), DialogState.KEY) != null;
        for (ChatCandidate c : engine.reply(new ChatQuery(turn.request().userId(), turn.request().requestId(),
                text, recent, turn.sentenceEmbedding(), !coveredByTask(turn) && !FactQuestions.asksAFact(text, turn.entities()), safetyText))) {
            Candidate.Source source = switch (c.source()) {
                case SAFETY -> Candidate.Source.SAFETY;
                case MEMORY -> Candidate.Source.MEMORY;
                case PERSONA -> Candidate.Source.GREETING;
                case RETRIEVAL -> Candidate.Source.CHAT_RETRIEVAL;
                case GENERATION, LISTENING -> Candidate.Source.CHAT_GENERATION; // the fallbacks
            };
            // while the assistant waits for an answer, words that answer it ("好的", "算了") are the question's, not the persona's
            double score = waiting && source == Candidate.Source.GREETING ? Math.min(c.score(), WHILE_WAITING) : c.score();
            out.add(new Candidate(source, "chat", "chat." + c.source().name().toLowerCase(), null, c.text(), score,
                    Map.of("score", score), c.explanation()));
        }
        return out;
    }

    /** The most a persona answer scores while a skill waits for an answer: below the pending answer's 0.92. */
    private static final double WHILE_WAITING = 0.9;

    private static final Set<String> TITLES = Set.of("SONG", "FILM", "TV", "POEM", "APP");

    private static String withTitlesMasked(TurnContext turn) {
        String text = turn.text().text();
        for (LinkedEntity e : turn.entities()) {
            if (TITLES.contains(e.type()) && !e.mention().isEmpty()) text = text.replace(e.mention(), "《》");
        }
        return text;
    }

    /** A task reading the ranker puts above every chat reply but greetings: a generated reply (its fallback) cannot win. */
    private boolean coveredByTask(TurnContext turn) {
        return taskCandidates(turn).anyMatch(c -> c.score() >= taskCover);
    }

    /** A task the rules matched in full (alone or with the model agreeing); a partial template raising the model's reading is not. */
    private boolean coveredByRules(TurnContext turn) {
        return taskCandidates(turn).anyMatch(c -> c.score() >= taskCover
                && ("rule".equals(c.understanding().source()) || "fusion".equals(c.understanding().source())));
    }

    /**
     * The task candidates as the candidates stage scored them, after knowledge-dependent routing: a rule match the
     * graph contradicts ("给我讲讲{poem}" over 给我讲讲你自己, where 自己 is a song) covers nothing.
     */
    private static java.util.stream.Stream<Candidate> taskCandidates(TurnContext turn) {
        return turn.candidates().stream().filter(c -> c.source() == Candidate.Source.TASK && c.understanding() != null);
    }
}
