package io.xiaobu.dialog.chat;

import io.xiaobu.chat.ChatCandidate;
import io.xiaobu.chat.ChatEngine;
import io.xiaobu.chat.ChatQuery;
import io.xiaobu.dialog.pipeline.TurnContext;
import io.xiaobu.dialog.rank.Candidate;
import io.xiaobu.dialog.session.SessionState;
import io.xiaobu.dialog.stage.CandidateSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The chat side of every turn (task NLU and chat both run): a safety deflection for an unsafe
 * query, answers from the user's memory, persona answers and retrieved replies.
 */
public final class ChatSource implements CandidateSource {

    private final ChatEngine engine;

    public ChatSource(ChatEngine engine) {
        this.engine = engine;
    }

    @Override
    public String name() {
        return "chat";
    }

    @Override
    public List<Candidate> propose(TurnContext turn) {
        List<String> recent = new ArrayList<>();
        for (SessionState.PastTurn t : turn.session().history()) {
            recent.add(t.userText());
            if (t.replyText() != null) recent.add(t.replyText());
        }
        List<Candidate> out = new ArrayList<>();
        for (ChatCandidate c : engine.reply(new ChatQuery(turn.request().userId(), turn.request().requestId(),
                turn.text().text(), recent))) {
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
}
