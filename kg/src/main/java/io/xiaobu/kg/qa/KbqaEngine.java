package io.xiaobu.kg.qa;

import io.xiaobu.kg.link.EntityLink;
import io.xiaobu.kg.link.EntityLinker;
import io.xiaobu.kg.link.LinkResult;
import io.xiaobu.kg.model.EntityType;
import io.xiaobu.kg.qa.KbqaAnswer.Status;
import io.xiaobu.kg.store.GraphReader;
import io.xiaobu.kg.store.GraphReader.Edge;
import io.xiaobu.kg.text.MatchFold;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * Answers factoid questions from the graph with three parameterised query shapes:
 * <ol>
 *   <li><b>single-hop</b>: subject mention + the predicate the question asks for (either direction);</li>
 *   <li><b>chain</b>: further hops while the rest of the question names a predicate of the reached nodes
 *       ("周杰伦的妻子的出生地"), up to {@link KbqaConfig#maxHops()};</li>
 *   <li><b>superlative</b>: films related to a person ranked by rating or year ("周星驰主演的电影里评分最高的").</li>
 * </ol>
 * User text never enters Cypher: subjects are linked ids, predicates come from the graph itself.
 * When Neo4j is unreachable the answer is {@link Status#UNAVAILABLE}; nothing is thrown.
 */
public final class KbqaEngine {

    private final Supplier<EntityLinker> linker;
    private final GraphReader reader;
    private final PredicateMatcher predicates;
    private final SuperlativeShape superlative;
    private final KbqaConfig config;

    public KbqaEngine(Supplier<EntityLinker> linker, GraphReader reader, KbqaConfig config) {
        this.linker = linker;
        this.reader = reader;
        this.predicates = new PredicateMatcher();
        this.superlative = new SuperlativeShape(reader);
        this.config = config;
    }

    /** A candidate subject: entity + the mention that names it. */
    record Subject(String id, String name, int start, int end, double linkScore) {}

    /** One hop's choice: subject, predicate, direction, how well the question asks for it. */
    private record Hop(Subject subject, String predicate, boolean incoming, PredicateMatcher.Match match,
                       double score, List<Edge> edges) {}

    public KbqaAnswer answer(String question) {
        if (question == null || question.isBlank()) return KbqaAnswer.noAnswer("empty question");
        try {
            String q = MatchFold.normalize(question.length() > 256 ? question.substring(0, 256) : question);
            List<Subject> subjects = subjects(linker.get().link(q));
            if (subjects.isEmpty()) return KbqaAnswer.noAnswer("no subject mention");
            KbqaAnswer ranked = superlative.tryAnswer(q, subjects);
            if (ranked != null) return ranked;
            return hops(q, subjects);
        } catch (ServiceUnavailableException | SessionExpiredException | TransientException e) {
            return KbqaAnswer.unavailable();
        } catch (ClientException e) {
            // a query that ran out of time is a temporary condition of the database, not of the question
            return e.code() != null && e.code().contains("TransactionTimedOut")
                    ? KbqaAnswer.unavailable() : KbqaAnswer.noAnswer("error: " + e.code());
        } catch (RuntimeException e) {
            return KbqaAnswer.noAnswer("error: " + e.getClass().getSimpleName());
        }
    }

    /** Mentions longest first, each with its best candidate and alternatives. */
    private List<Subject> subjects(LinkResult links) {
        List<EntityLink> mentions = new ArrayList<>(links.mentions());
        mentions.sort(Comparator.comparingInt((EntityLink l) -> -l.length()).thenComparingDouble(l -> -l.score()));
        Map<String, Subject> out = new LinkedHashMap<>();
        for (EntityLink m : mentions) {
            out.putIfAbsent(m.entityId(), new Subject(m.entityId(), m.name(), m.start(), m.end(), m.score()));
            for (EntityLink.Candidate c : m.alternatives()) {
                out.putIfAbsent(c.entityId(), new Subject(c.entityId(), c.name(), m.start(), m.end(), c.score()));
            }
            if (out.size() >= config.maxSubjects()) break;
        }
        return new ArrayList<>(out.values());
    }

    private KbqaAnswer hops(String q, List<Subject> subjects) {
        Map<String, Subject> byId = new LinkedHashMap<>();
        subjects.forEach(s -> byId.put(s.id(), s));
        List<String> ids = new ArrayList<>(byId.keySet());
        // incoming edges only for typed entities: open-domain values have thousands of them and no such questions
        List<String> typed = ids.stream().filter(id -> !id.startsWith("thing:")).toList();
        List<Edge> edges = reader.edges(ids, typed, config.edgeLimit());
        List<Edge> outgoing = edges.stream().filter(e -> !e.incoming()).toList();
        Hop best = bestHop(q, byId, outgoing, false, null);
        best = bestHop(q, byId, edges.stream().filter(Edge::incoming).toList(), true, best);
        if (best == null) best = onlyPredicate(q, subjects, outgoing);
        if (best == null) return KbqaAnswer.noAnswer("no predicate of the subject matches the question");

        List<String> chain = new ArrayList<>(List.of(best.predicate()));
        List<Edge> current = best.edges();
        int from = best.match().end();
        for (int hop = 1; hop < config.maxHops() && from < q.length(); hop++) {
            List<String> next = current.stream().map(Edge::objectId).distinct().limit(config.maxSubjects()).toList();
            Map<String, List<Edge>> byPredicate = new LinkedHashMap<>();
            for (Edge e : reader.outgoing(next, config.edgeLimit())) byPredicate.computeIfAbsent(e.predicate(), k -> new ArrayList<>()).add(e);
            String bestP = null;
            PredicateMatcher.Match bestM = null;
            for (String p : byPredicate.keySet()) {
                PredicateMatcher.Match m = predicates.match(q, from, -1, -1, p, false);
                if (m.score() >= config.chainPredicateScore() && (bestM == null || m.score() > bestM.score())) {
                    bestP = p;
                    bestM = m;
                }
            }
            if (bestP == null) break;
            chain.add(bestP);
            current = byPredicate.get(bestP);
            from = bestM.end();
        }
        LinkedHashSet<String> values = new LinkedHashSet<>();
        for (Edge e : current) {
            values.add(e.objectName());
            if (values.size() >= config.maxValues()) break;
        }
        String shape = chain.size() == 1 ? "single-hop" : "chain";
        String reply = best.subject().name() + "的" + String.join("的", chain) + (best.incoming() ? "（反向）" : "")
                + "是" + String.join("、", values) + "。";
        if (best.incoming() && chain.size() == 1) reply = String.join("、", values) + "。";
        double confidence = Math.min(1.0, best.score() / 1.5);
        return new KbqaAnswer(Status.ANSWERED, reply, new ArrayList<>(values), best.subject().id(),
                best.subject().name(), chain, shape, confidence);
    }

    private Hop bestHop(String q, Map<String, Subject> subjects, List<Edge> edges, boolean incoming, Hop best) {
        Map<String, List<Edge>> groups = new LinkedHashMap<>();
        for (Edge e : edges) groups.computeIfAbsent(e.subjectId() + "\u0000" + e.predicate(), k -> new ArrayList<>()).add(e);
        for (List<Edge> group : groups.values()) {
            Edge first = group.get(0);
            Subject s = subjects.get(first.subjectId());
            PredicateMatcher.Match m = predicates.match(q, 0, s.start(), s.end(), first.predicate(), incoming);
            if (m.score() < config.minPredicateScore()) continue;
            double score = m.score() + config.mentionLengthWeight() * (s.end() - s.start()) / q.length() + 0.05 * s.linkScore()
                    - (m.start() < s.start() ? 0.05 : config.distancePenalty() * Math.max(0, m.start() - s.end()));
            if (best == null || score > best.score()) best = new Hop(s, first.predicate(), incoming, m, score, group);
        }
        return best;
    }

    /**
     * Fallback when no predicate is named: the longest subject mention (covering enough of the question)
     * whose entity has exactly one predicate is taken to be asked about that predicate, at low confidence.
     */
    private Hop onlyPredicate(String q, List<Subject> subjects, List<Edge> outgoing) {
        for (Subject s : subjects) {
            if ((double) (s.end() - s.start()) / q.length() < config.fallbackMentionShare()) continue;
            List<Edge> own = outgoing.stream().filter(e -> e.subjectId().equals(s.id())).toList();
            if (own.isEmpty()) continue;
            if (own.stream().map(Edge::predicate).distinct().count() != 1) return null;
            return new Hop(s, own.get(0).predicate(), false, new PredicateMatcher.Match(0, s.end(), s.end()), 0.45, own);
        }
        return null;
    }

    static boolean isType(Subject s, EntityType type) {
        return s.id().startsWith(type.name().toLowerCase() + ":");
    }
}
