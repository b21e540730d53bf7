package io.xiaobu.chat.retrieval;

import io.xiaobu.chat.corpus.ChatPair;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Learns the reranker/calibrator from the indexed pairs themselves. Queries are made from indexed posts
 * (unchanged, with chars dropped, or spliced with another post) and from foreign posts that are not in
 * the index; a candidate is labelled correct exactly when it returns a reply of the post the query was
 * made from. The fitted {@link LogisticModel} therefore estimates "this reply belongs to a post that
 * says what the query says". 20 % of the queries are held out to measure calibration (ECE).
 */
public final class CalibrationTrainer {

    /** What training produced and how well calibrated it is on held-out queries. */
    public record Result(LogisticModel model, int queries, int examples, double positiveRate, double ece,
                         double heldOutAccuracy, double heldOutTop1, double heldOutForeignAbstain) {
    }

    private final int candidatesPerQuery;
    private final Random random;

    public CalibrationTrainer(int candidatesPerQuery, long seed) {
        this.candidatesPerQuery = candidatesPerQuery;
        this.random = new Random(seed);
    }

    public Result train(ChatRetriever retriever, List<ChatPair> indexed, List<String> foreign, int queries) {
        List<double[]> trainX = new ArrayList<>();
        List<Boolean> trainY = new ArrayList<>();
        List<double[]> testX = new ArrayList<>();
        List<Boolean> testY = new ArrayList<>();
        List<List<double[]>> testGroups = new ArrayList<>();
        List<List<Boolean>> testGroupLabels = new ArrayList<>();
        List<Boolean> testForeign = new ArrayList<>();
        for (int i = 0; i < queries && !indexed.isEmpty(); i++) {
            ChatPair origin = indexed.get(random.nextInt(indexed.size()));
            double kind = random.nextDouble();
            String query;
            List<String> truth = origin.replies();
            if (kind < 0.15) {
                query = origin.post();
            } else if (kind < 0.5) {
                query = dropChars(origin.post(), 0.3);
            } else if (kind < 0.7) {
                query = splice(origin.post(), indexed.get(random.nextInt(indexed.size())).post());
            } else {
                query = foreign.isEmpty() ? shuffle(origin.post()) : foreign.get(random.nextInt(foreign.size()));
                truth = List.of();
            }
            boolean test = i % 5 == 0;
            List<RetrievedReply> cands = retriever.candidates(query);
            List<double[]> group = new ArrayList<>();
            List<Boolean> groupLabels = new ArrayList<>();
            for (int c = 0; c < Math.min(candidatesPerQuery, cands.size()); c++) {
                RetrievedReply r = cands.get(c);
                boolean label = !Collections.disjoint(r.allReplies(), truth);
                (test ? testX : trainX).add(r.features().vector());
                (test ? testY : trainY).add(label);
                group.add(r.features().vector());
                groupLabels.add(label);
            }
            if (test) {
                testGroups.add(group);
                testGroupLabels.add(groupLabels);
                testForeign.add(truth.isEmpty());
            }
        }
        LogisticModel model = LogisticModel.fit(trainX, trainY, 600, 0.5, 1e-4);
        double positives = trainY.stream().filter(b -> b).count() / (double) Math.max(1, trainY.size());
        // top-1 after reranking, above the threshold 0.5: right reply for paraphrases, abstention for foreign posts
        int paraphrases = 0;
        int recovered = 0;
        int foreignQueries = 0;
        int abstained = 0;
        for (int g = 0; g < testGroups.size(); g++) {
            int best = -1;
            double bestP = 0.5;
            for (int c = 0; c < testGroups.get(g).size(); c++) {
                double p = model.probability(testGroups.get(g).get(c));
                if (p >= bestP) {
                    bestP = p;
                    best = c;
                }
            }
            if (testForeign.get(g)) {
                foreignQueries++;
                abstained += best < 0 ? 1 : 0;
            } else {
                paraphrases++;
                recovered += best >= 0 && testGroupLabels.get(g).get(best) ? 1 : 0;
            }
        }
        return new Result(model, queries, trainX.size(), positives, ece(model, testX, testY),
                accuracy(model, testX, testY), recovered / (double) Math.max(1, paraphrases),
                abstained / (double) Math.max(1, foreignQueries));
    }

    /** Expected calibration error over 10 equal-width probability bins. */
    static double ece(LogisticModel model, List<double[]> xs, List<Boolean> ys) {
        int bins = 10;
        double[] conf = new double[bins];
        double[] acc = new double[bins];
        int[] count = new int[bins];
        for (int i = 0; i < xs.size(); i++) {
            double p = model.probability(xs.get(i));
            int b = Math.min(bins - 1, (int) (p * bins));
            conf[b] += p;
            acc[b] += ys.get(i) ? 1 : 0;
            count[b]++;
        }
        double e = 0;
        for (int b = 0; b < bins; b++) {
            if (count[b] > 0) {
                e += Math.abs(conf[b] - acc[b]) / xs.size();
            }
        }
        return e;
    }

    private static double accuracy(LogisticModel model, List<double[]> xs, List<Boolean> ys) {
        int ok = 0;
        for (int i = 0; i < xs.size(); i++) {
            ok += (model.probability(xs.get(i)) >= 0.5) == ys.get(i) ? 1 : 0;
        }
        return xs.isEmpty() ? 0 : (double) ok / xs.size();
    }

    private String dropChars(String s, double p) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (random.nextDouble() >= p) {
                out.appendCodePoint(c);
            }
        });
        return out.isEmpty() ? s : out.toString();
    }

    private static String splice(String a, String b) {
        return a.substring(0, (a.length() + 1) / 2) + b.substring(b.length() / 2);
    }

    private String shuffle(String s) {
        List<Integer> cps = new ArrayList<>(s.codePoints().boxed().toList());
        Collections.shuffle(cps, random);
        StringBuilder out = new StringBuilder();
        cps.forEach(out::appendCodePoint);
        return out.toString();
    }
}
