package io.xiaobu.kg.eval;

import io.xiaobu.kg.KnowledgeGraph;
import io.xiaobu.kg.link.AliasIndex;
import io.xiaobu.kg.link.ContextCues;
import io.xiaobu.kg.link.EntityLinker;
import io.xiaobu.kg.link.LinkerConfig;
import io.xiaobu.kg.model.EntityType;
import io.xiaobu.kg.store.GraphReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Warm latency of linking (alias index from the graph, padded with synthetic aliases up to a minimum count
 * so that the automaton is as big as a production one) and of KBQA over Bolt.
 */
public final class SpeedBenchmark {

    private SpeedBenchmark() {}

    /**
     * @param minAliases synthetic aliases (random strings over the characters of real aliases, type SONG) are
     *                   added until the index holds at least this many; their count is reported
     * @param rounds     timed passes over the utterances; p50/p99/max are those of the first, the p99 of
     *                   every pass is listed (the spread shows how much the machine's load moves it)
     */
    public static Map<String, Object> linking(GraphReader reader, List<String> utterances, int minAliases, int warmups,
                                              int rounds, LinkerConfig config, Consumer<String> log) {
        long t = System.nanoTime();
        AliasIndex.Builder b = AliasIndex.builder(config);
        StringBuilder chars = new StringBuilder();
        long[] real = {0};
        reader.streamAliases(row -> {
            b.add(row);
            real[0] += 1 + row.aliases().size();
            if (chars.length() < 200_000) chars.append(row.name());
        });
        Random random = new Random(42);
        long synthetic = 0;
        for (long i = 0; b.surfaceCount() < minAliases; i++, synthetic++) {
            int len = 2 + random.nextInt(5);
            StringBuilder s = new StringBuilder();
            for (int k = 0; k < len; k++) s.append(chars.charAt(random.nextInt(chars.length())));
            b.add(new GraphReader.AliasRow("bench:" + i, s.toString(), EntityType.SONG, List.of(), 0.1));
        }
        AliasIndex index = b.build();
        double buildS = (System.nanoTime() - t) / 1e9;
        log.accept(String.format("index: %d entities, %d distinct aliases (%d synthetic; %d in the approximate search) built in %.1f s",
                index.entityCount(), index.aliasCount(), synthetic, index.approximateAliasCount(), buildS));
        EntityLinker linker = new EntityLinker(index, config, ContextCues.defaults());
        for (int w = 0; w < warmups; w++) for (String u : utterances) linker.link(u);
        long[] nanos = new long[utterances.size()];
        List<Double> roundP99 = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            long[] round = new long[utterances.size()];
            for (int i = 0; i < round.length; i++) {
                long s = System.nanoTime();
                linker.link(utterances.get(i));
                round[i] = System.nanoTime() - s;
            }
            roundP99.add(Percentiles.ms(round, 99));
            if (r == 0) nanos = round;
        }
        // CPU time of the linking thread per call: what the linker costs without the time other processes
        // take the core away (the wall-clock percentiles above include that on a shared machine)
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[utterances.size()];
        if (threads.isCurrentThreadCpuTimeSupported()) {
            for (int i = 0; i < cpu.length; i++) {
                long s = threads.getCurrentThreadCpuTime();
                linker.link(utterances.get(i));
                cpu[i] = threads.getCurrentThreadCpuTime() - s;
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("aliases", index.aliasCount());
        out.put("synthetic_aliases", synthetic);
        out.put("approximate_search_aliases", index.approximateAliasCount());
        out.put("index_build_s", buildS);
        out.put("utterances", nanos.length);
        out.put("link_ms_p50", Percentiles.ms(nanos, 50));
        out.put("link_ms_p99", Percentiles.ms(nanos, 99));
        out.put("link_ms_max", Percentiles.ms(nanos, 100));
        out.put("link_ms_p99_per_round", roundP99);
        out.put("link_cpu_ms_p50", Percentiles.ms(cpu, 50));
        out.put("link_cpu_ms_p99", Percentiles.ms(cpu, 99));
        return out;
    }

    /** KBQA latency over Bolt after {@code warmups} passes over the same questions. */
    public static Map<String, Object> kbqa(KnowledgeGraph kg, List<String> questions, int warmups) {
        for (int w = 0; w < warmups; w++) for (String q : questions) kg.answer(q);
        long[] nanos = new long[questions.size()];
        int answered = 0;
        for (int i = 0; i < nanos.length; i++) {
            long s = System.nanoTime();
            if (kg.answer(questions.get(i)).answered()) answered++;
            nanos[i] = System.nanoTime() - s;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("questions", nanos.length);
        out.put("answered", answered);
        out.put("kbqa_ms_p50", Percentiles.ms(nanos, 50));
        out.put("kbqa_ms_p99", Percentiles.ms(nanos, 99));
        out.put("kbqa_ms_max", Percentiles.ms(nanos, 100));
        return out;
    }

    /** Plain utterances of the NLPCC 2018 corpus lines (tags removed, {@code mention||canonical} → mention). */
    public static List<String> nlpccUtterances(List<String> lines, int limit) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String[] c = line.split("\t");
            if (c.length < 4) continue;
            out.add(c[3].replaceAll("<(\\w+)>(.*?)(\\|\\|.*?)?</\\1>", "$2"));
            if (out.size() >= limit) break;
        }
        return out;
    }
}
