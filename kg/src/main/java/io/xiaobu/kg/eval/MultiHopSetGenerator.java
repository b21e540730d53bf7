package io.xiaobu.kg.eval;

import io.xiaobu.kg.store.MultiHopQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * Writes candidate lines of the multi-hop set (to stdout) by sampling the imported graph with fixed
 * templates: {@code java … MultiHopSetGenerator bolt://127.0.0.1:7687 > multihop.tsv}. Run once after
 * {@code import kg}; the committed set is its output.
 */
public final class MultiHopSetGenerator {

    private MultiHopSetGenerator() {}

    private static final String[] BIRTHPLACE = {"%s的%s的出生地是哪里", "%s的%s的出生地在哪", "请问%s的%s的出生地是哪儿"};
    private static final String[] PERSON = {"%s的%s的%s是谁", "请问%s的%s的%s是哪位", "%s的%s的%s叫什么"};
    private static final String[] TOP = {"%s参演的电影里评分最高的是哪部", "%s主演的电影中评分最高的是哪一部", "%s演过的片子里哪部评分最高"};

    public static void main(String[] args) {
        String uri = args.length > 0 ? args[0] : "bolt://127.0.0.1:7687";
        int each = args.length > 1 ? Integer.parseInt(args[1]) : 45;
        try (Driver d = GraphDatabase.driver(uri, AuthTokens.none())) {
            MultiHopQueries q = new MultiHopQueries(d);
            List<String> lines = new ArrayList<>();
            int i = 0;
            for (Map<String, Object> r : q.sampleChainBirthplace(each)) {
                String question = BIRTHPLACE[i++ % BIRTHPLACE.length].formatted(r.get("a"), r.get("p1"));
                lines.add(String.join("\t", "chain", question, (String) r.get("answer"), r.get("a") + "|" + r.get("p1") + "|出生地"));
            }
            for (Map<String, Object> r : q.sampleChainPersons(each)) {
                String question = PERSON[i++ % PERSON.length].formatted(r.get("a"), r.get("p1"), r.get("p2"));
                lines.add(String.join("\t", "chain", question, (String) r.get("answer"), r.get("a") + "|" + r.get("p1") + "|" + r.get("p2")));
            }
            for (Map<String, Object> r : q.sampleTopRated(each)) {
                String question = TOP[i++ % TOP.length].formatted(r.get("a"));
                lines.add(String.join("\t", "top-rated", question, (String) r.get("answer"), (String) r.get("a")));
            }
            System.out.println("# Multi-hop question set sampled from the imported graph by MultiHopSetGenerator (fixed templates).");
            System.out.println("# shape <tab> question <tab> expected answer <tab> subject|predicates (for the independent Cypher check)");
            lines.forEach(System.out::println);
        }
    }
}
