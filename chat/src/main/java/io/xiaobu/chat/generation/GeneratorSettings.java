package io.xiaobu.chat.generation;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Shape of the UniLM-style generator. Stored next to the weights as {@code generator.properties}.
 *
 * @param maxChars   most frequent chars kept in the vocabulary (the rest map to UNK)
 * @param dimension  hidden size
 * @param layers     transformer layers
 * @param heads      attention heads
 * @param maxLength  longest [CLS] context [SEP] reply [SEP] sequence (position embeddings)
 * @param maxContext context tokens kept (truncated from the left: the latest words stay)
 * @param maxReply   reply tokens kept (a longer reply is cut and gets no end marker)
 */
public record GeneratorSettings(int maxChars, int dimension, int layers, int heads, int maxLength, int maxContext,
                                int maxReply) {

    static final String FILE = "generator.properties";

    public GeneratorSettings {
        if (dimension % heads != 0 || maxContext + maxReply + 3 > maxLength) {
            throw new IllegalArgumentException("inconsistent generator settings " + this);
        }
    }

    /** The committed model's shape: ~1.1 M parameters (sized to train in about half an hour on 2 CPU cores). */
    public static GeneratorSettings defaults() {
        return new GeneratorSettings(4000, 128, 3, 4, 52, 24, 25);
    }

    void save(Path dir) throws IOException {
        Properties p = new Properties();
        p.setProperty("maxChars", Integer.toString(maxChars));
        p.setProperty("dimension", Integer.toString(dimension));
        p.setProperty("layers", Integer.toString(layers));
        p.setProperty("heads", Integer.toString(heads));
        p.setProperty("maxLength", Integer.toString(maxLength));
        p.setProperty("maxContext", Integer.toString(maxContext));
        p.setProperty("maxReply", Integer.toString(maxReply));
        try (Writer w = Files.newBufferedWriter(dir.resolve(FILE))) {
            p.store(w, "UniLM-style chat generator");
        }
    }

    static GeneratorSettings load(Path dir) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve(FILE))) {
            p.load(r);
        }
        return new GeneratorSettings(i(p, "maxChars"), i(p, "dimension"), i(p, "layers"), i(p, "heads"),
                i(p, "maxLength"), i(p, "maxContext"), i(p, "maxReply"));
    }

    private static int i(Properties p, String key) {
        return Integer.parseInt(p.getProperty(key).trim());
    }
}
