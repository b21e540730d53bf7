package io.xiaobu.cli;

import io.xiaobu.chat.corpus.ChatCorpus;
import io.xiaobu.chat.corpus.ChatPair;
import io.xiaobu.chat.corpus.PersonaBook;
import io.xiaobu.chat.matching.MatchingTrainer;
import io.xiaobu.chat.safety.BackboneEmbedder;
import io.xiaobu.nlu.model.NluModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code xiaobu train chat-matching --data DIR --out DIR}: the matching projection over the frozen shared
 * backbone. Trains on LCCC toy_data train sessions, KdConv and ChatterBot; LCCC toy_train.txt is left out
 * because {@code eval retrieval} measures on it.
 */
@Command(name = "chat-matching", mixinStandardHelpOptions = true,
        description = "Train the post/reply matching projection over the shared backbone's sentence embedding.")
public final class TrainChatMatchingCommand implements Callable<Integer> {

    @Option(names = "--data", description = "data dir or its chat/ folder")
    Path data;

    @Option(names = "--out", defaultValue = "models/chat/matching")
    Path out;

    @Option(names = "--backbone", defaultValue = "models/nlu/product", description = "the NLU model whose embedding is projected")
    Path backbone;

    @Option(names = "--epochs", defaultValue = "20")
    int epochs;

    @Option(names = "--batch", defaultValue = "256")
    int batch;

    @Option(names = "--lr", defaultValue = "0.001")
    double learningRate;

    @Option(names = "--scale", defaultValue = "20")
    double scale;

    @Option(names = "--sources", split = ",", defaultValue = "lccc,kdconv,chatterbot",
            description = "corpora to train on (ChatPair sources)")
    List<String> sources;

    @Override
    public Integer call() throws Exception {
        Path chat = ChatDataOption.chatDir(data);
        long t0 = System.nanoTime();
        List<String> posts = new ArrayList<>();
        List<String> replies = new ArrayList<>();
        for (ChatPair p : ChatCorpus.load(new PersonaBook(List.of()), chat)) {
            if (!p.entryId().equals("toy_train.txt") && sources.contains(p.source())) {
                for (String r : p.replies()) {
                    posts.add(p.post());
                    replies.add(r);
                }
            }
        }
        System.out.printf("training on %d pairs of %s from %s (toy_train.txt excluded: it is the eval file)%n", posts.size(), sources, chat);
        List<float[]> postEmb;
        List<float[]> replyEmb;
        try (NluModel model = NluModel.load(backbone)) {
            BackboneEmbedder embedder = new BackboneEmbedder(model, 64);
            postEmb = embed(embedder, posts, "posts");
            replyEmb = embed(embedder, replies, "replies");
        }
        System.out.printf(Locale.ROOT, "backbone embeddings in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        MatchingTrainer.Settings d = MatchingTrainer.Settings.defaults();
        MatchingTrainer.Settings s = new MatchingTrainer.Settings(epochs, batch, learningRate, scale, d.l2(), d.heldOut(), d.seed());
        long t1 = System.nanoTime();
        MatchingTrainer.Result r = new MatchingTrainer(s).train(postEmb, replyEmb, System.out::println);
        System.out.printf(Locale.ROOT, "trained in %.1f s on %d pairs; held-out (%d pairs) recall@1 among 100: identity %.3f -> trained %.3f%n",
                (System.nanoTime() - t1) / 1e9, r.trainPairs(), r.heldOutPairs(), r.heldOutRecallBefore(), r.heldOutRecallAfter());
        r.projection().save(out);
        System.out.println("saved " + out.resolve(io.xiaobu.chat.matching.MatchingProjection.FILE) + " (" + s + ")");
        return 0;
    }

    private static List<float[]> embed(BackboneEmbedder embedder, List<String> texts, String what) {
        List<float[]> out = new ArrayList<>(texts.size());
        int step = 2048;
        for (int i = 0; i < texts.size(); i += step) {
            out.addAll(embedder.embedAll(texts.subList(i, Math.min(texts.size(), i + step))));
            System.out.printf("embedded %d/%d %s%n", out.size(), texts.size(), what);
        }
        return out;
    }
}
