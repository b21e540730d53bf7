package io.xiaobu.dialog.knowledge;

import io.xiaobu.dialog.pipeline.LinkedEntity;
import io.xiaobu.dialog.pipeline.TurnContext;
import io.xiaobu.dialog.rank.Candidate;
import io.xiaobu.dialog.stage.CandidateSource;
import io.xiaobu.kg.KnowledgeGraph;
import io.xiaobu.kg.qa.KbqaAnswer;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Factoid answers from the knowledge graph. It first decides whether the turn needs knowledge at all
 * (a question that mentions an entity); only then does it query Neo4j. While Neo4j is down it offers
 * the plain temporary-failure reply instead of guessing.
 */
public final class KbqaSource implements CandidateSource {

    private static final Pattern WH_QUESTION = Pattern.compile("谁|什么|哪|几|多少|多大|多高|多长|怎么|为什么|如何");
    private static final Pattern YES_NO_QUESTION = Pattern.compile("吗|呢|是不是|有没有|\\?|？");
    private static final Pattern TO_THE_ASSISTANT = Pattern.compile("你|您");

    private final KnowledgeGraph graph;
    private final double unavailableScore;

    /** @param unavailableScore the weight of "the graph is down" against other answers */
    public KbqaSource(KnowledgeGraph graph, double unavailableScore) {
        this.graph = graph;
        this.unavailableScore = unavailableScore;
    }

    /**
     * Whether the text has a question word outside the mentions of its entities: "周杰伦的老婆是谁" asks about
     * 周杰伦, while "你是谁" only names a TV show of that title (and asks the assistant who it is). A yes/no question
     * that speaks to the assistant (你 … 吗) is the assistant's to answer.
     */
    static boolean asksBesidesNaming(String text, List<LinkedEntity> entities) {
        String outside = LinkedEntity.outsideNames(text, entities);
        if (WH_QUESTION.matcher(outside).find()) return true;
        // a yes/no question to the assistant ("你相信爱情吗", "你会说英语吗") asks it, not the graph
        return YES_NO_QUESTION.matcher(outside).find() && !TO_THE_ASSISTANT.matcher(outside).find();
    }

    @Override
    public String name() {
        return "kbqa";
    }

    @Override
    public List<Candidate> propose(TurnContext turn) {
        String text = turn.text().text();
        if (turn.entities().isEmpty() || !asksBesidesNaming(text, turn.entities())) return List.of();
        KbqaAnswer a = graph.answer(text);
        return switch (a.status()) {
            case ANSWERED -> List.of(new Candidate(Candidate.Source.KBQA, "kbqa", "kbqa." + a.shape(), null, a.reply(),
                    a.confidence(), Map.of("confidence", a.confidence(), "hops", (double) a.predicates().size()),
                    a.subjectName() + " → " + String.join(" → ", a.predicates())));
            case UNAVAILABLE -> List.of(new Candidate(Candidate.Source.KBQA, "kbqa", "kbqa.unavailable", null, a.reply(),
                    unavailableScore, Map.of(), "the graph is down"));
            case NO_ANSWER -> List.of();
        };
    }
}
