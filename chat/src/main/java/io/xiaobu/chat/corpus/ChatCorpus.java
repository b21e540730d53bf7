package io.xiaobu.chat.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Everything the retrieval index holds: persona answers plus whatever chat corpora the data dir has. */
public final class ChatCorpus {

    private ChatCorpus() {
    }

    /**
     * Persona pairs plus the pairs under {@code chatDir} ({@code lccc-toy}, {@code kdconv}, {@code chatterbot-zh});
     * a missing sub-folder is skipped. LCCC sessions contribute only their {@code train} split.
     */
    public static List<ChatPair> load(PersonaBook persona, Path chatDir) throws IOException {
        List<ChatPair> out = new ArrayList<>(persona.pairs());
        if (chatDir == null || !Files.isDirectory(chatDir)) {
            return out;
        }
        Path lccc = chatDir.resolve("lccc-toy");
        if (Files.isRegularFile(lccc.resolve("toy_train.txt"))) {
            out.addAll(LcccReader.readPairs(lccc.resolve("toy_train.txt")));
        }
        if (Files.isRegularFile(lccc.resolve("toy_data.json"))) {
            out.addAll(LcccReader.readSessions(lccc.resolve("toy_data.json"), "train"));
        }
        for (String domain : List.of("film", "music", "travel")) {
            Path f = chatDir.resolve("kdconv").resolve(domain).resolve("dev.json");
            if (Files.isRegularFile(f)) {
                out.addAll(KdConvReader.read(f, domain));
            }
        }
        Path bot = chatDir.resolve("chatterbot-zh");
        if (Files.isDirectory(bot)) {
            try (Stream<Path> files = Files.list(bot)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
                    out.addAll(ChatterbotReader.read(f));
                }
            }
        }
        return out;
    }
}
