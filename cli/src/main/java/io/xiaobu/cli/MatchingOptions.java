package io.xiaobu.cli;

import io.xiaobu.chat.matching.MatchingEncoder;
import io.xiaobu.chat.matching.MatchingProjection;
import io.xiaobu.chat.safety.BackboneEmbedder;
import io.xiaobu.nlu.model.NluModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Picocli options naming the shared backbone and the matching projection; opens a {@link MatchingEncoder}. */
final class MatchingOptions {

    @Option(names = "--backbone", defaultValue = "models/nlu/product", description = "NLU model whose sentence embedding is projected")
    Path backbone;

    @Option(names = "--matching", defaultValue = "models/chat/matching",
            description = "matching projection dir (train chat-matching), or 'identity' for the raw backbone embedding")
    String matching;

    /** The backbone embedder behind the last {@link #open()}, for precomputing turn embeddings. */
    BackboneEmbedder backboneEmbedder;

    /** The encoder, or null (with the reason printed) when the backbone or projection is missing. The model stays open for the JVM's life. */
    MatchingEncoder open() throws IOException {
        return open(false);
    }

    /** @param cached remember every backbone embedding (benchmarks whose corpus repeats texts) */
    MatchingEncoder open(boolean cached) throws IOException {
        boolean identity = "identity".equals(matching);
        if (!Files.isDirectory(backbone) || (!identity && !Files.isRegularFile(Path.of(matching).resolve(MatchingProjection.FILE)))) {
            System.out.printf("no matching vectors: backbone %s or projection %s missing (BM25 only)%n", backbone, matching);
            return null;
        }
        NluModel model = NluModel.load(backbone);
        MatchingProjection p = identity ? MatchingProjection.identity(model.predict("你好").embedding().length)
                : MatchingProjection.load(Path.of(matching));
        String name = identity ? "backbone-identity" : "backbone+" + Path.of(matching).getFileName();
        backboneEmbedder = new BackboneEmbedder(model, 64);
        return new MatchingEncoder(cached ? new CachingEmbedder(backboneEmbedder) : backboneEmbedder, p, name);
    }
}
