package io.xiaobu.cli;

import io.xiaobu.chat.corpus.ChatCorpus;
import io.xiaobu.chat.corpus.ChatPair;
import io.xiaobu.chat.corpus.PersonaBook;
import io.xiaobu.chat.encoder.DualEncoderTrainer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code xiaobu train chat-encoder --data DIR --out DIR}: the reply-matching dual encoder. Trains on
 * LCCC toy_data train sessions, KdConv and ChatterBot; LCCC toy_train.txt is left out because
 * {@code eval retrieval} measures on it.
 */
@Command(name = "chat-encoder", mixinStandardHelpOptions = true, description = "Train the chat dual encoder (DJL).")
public final class TrainChatEncoderCommand implements Callable<Integer> {

    @Option(names = "--data", description = "data dir or its chat/ folder")
    Path data;

    @Option(names = "--out", required = true)
    Path out;

    @Option(names = "--epochs", defaultValue = "8")
    int epochs;

    @Option(names = "--dim", defaultValue = "96")
    int dim;

    @Override
    public Integer call() throws Exception {
        Path chat = ChatDataOption.chatDir(data);
        List<ChatPair> pairs = ChatCorpus.load(new PersonaBook(List.of()), chat).stream()
                .filter(p -> !p.entryId().equals("toy_train.txt")).toList();
        System.out.printf("training on %d pairs from %s (toy_train.txt excluded: it is the eval file)%n", pairs.size(), chat);
        DualEncoderTrainer.Settings d = DualEncoderTrainer.Settings.defaults();
        DualEncoderTrainer.Settings s = new DualEncoderTrainer.Settings(dim, d.maxChars(), d.buckets(), d.maxLength(),
                d.batchSize(), epochs, d.learningRate(), d.scale(), d.seed());
        DualEncoderTrainer.train(pairs, s, out, System.out::println);
        System.out.println("saved to " + out);
        return 0;
    }
}
