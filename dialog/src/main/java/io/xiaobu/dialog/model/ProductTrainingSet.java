package io.xiaobu.dialog.model;

import io.xiaobu.kg.eval.KbqaEvaluation;
import io.xiaobu.nlu.Slot;
import io.xiaobu.nlu.data.DatasetFormat;
import io.xiaobu.nlu.data.NluExample;
import io.xiaobu.nlu.data.Splits;
import io.xiaobu.nlu.grammar.SlotRecognizers;
import io.xiaobu.skills.builtin.PublicNluMapping;
import io.xiaobu.skills.sdk.Skill;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The product model's training and held-out data: the skills' own sample utterances plus the public
 * datasets mapped to the product's intents and slots ({@link PublicNluMapping}), plus chit-chat (SMP2017
 * {@code chat}, LCCC posts, the project's personal statements for memory) for the task-vs-chat head, and
 * NLPCC 2016 KBQA questions and the project's questions about well-known people as {@code qa}, plus
 * CATSLU in-car turns that teach only the reject head. Every example id starts with its source
 * ({@code skill:}, {@code smp:}, {@code cais:}, {@code nlpcc2018:}, {@code smp2017:}, {@code lccc:},
 * {@code kbqa:}, {@code personal:}, {@code questions:}, {@code catslu:}).
 * Dev parts: SMP-ECDT {@code dev.jsonl}, CAIS {@code ch.valid}, SMP2017 {@code develop.jsonl}, and a
 * group-wise hold-out of NLPCC 2018 sessions, LCCC posts and skill samples. A missing file is skipped.
 */
public record ProductTrainingSet(List<NluExample> train, List<NluExample> dev) {

    /**
     * @param perTemplate utterances sampled per skill template
     * @param maxPerLabel most training utterances kept per source label (balances CAIS / NLPCC music)
     * @param chatPosts   LCCC posts read for the chat class
     * @param poolPerSlot most real values per product slot used to fill skills' open slots
     * @param holdout     fraction held out where a source has no dev file
     */
    public record Options(int perTemplate, int maxPerLabel, int chatPosts, int poolPerSlot, double holdout, long seed) {
        public static Options defaults() {
            return new Options(24, 1500, 3000, 400, 0.1, 20261121L);
        }
    }

    public static ProductTrainingSet build(Path dataDir, List<Skill> skills, SlotRecognizers recognizers, Options o,
                                           Consumer<String> progress) throws IOException {
        PublicNluMapping mapping = PublicNluMapping.load();
        List<NluExample> train = new ArrayList<>(), dev = new ArrayList<>();
        Random rnd = new Random(o.seed());
        for (DatasetFormat f : List.of(DatasetFormat.SMP, DatasetFormat.CAIS, DatasetFormat.NLPCC2018, DatasetFormat.SMP2017)) {
            Path folder = dataDir.resolve("nlu").resolve(f.folder());
            Path trainFile = folder.resolve(f.trainFile());
            if (!Files.isReadable(trainFile)) {
                progress.accept("product data: " + trainFile + " not found, skipped");
                continue;
            }
            List<NluExample> all = f.reader().read(trainFile);
            List<NluExample> tr = f.devFile() == null ? Splits.holdOut(all, o.holdout(), false) : all;
            List<NluExample> dv = f.devFile() == null ? Splits.holdOut(all, o.holdout(), true) : f.reader().read(folder.resolve(f.devFile()));
            List<NluExample> mappedTrain = capped(map(mapping, sourceId(f), tr), o.maxPerLabel(), rnd);
            List<NluExample> mappedDev = map(mapping, sourceId(f), dv);
            progress.accept(String.format("product data: %s %d/%d train, %d/%d dev utterances mapped to product intents",
                    sourceId(f), mappedTrain.size(), tr.size(), mappedDev.size(), dv.size()));
            train.addAll(mappedTrain);
            dev.addAll(mappedDev);
        }
        Path lccc = dataDir.resolve("chat/lccc-toy/toy_train.txt");
        if (Files.isReadable(lccc)) {
            List<NluExample> posts = chatPosts(lccc, o.chatPosts());
            train.addAll(Splits.holdOut(posts, o.holdout(), false));
            dev.addAll(Splits.holdOut(posts, o.holdout(), true));
            progress.accept("product data: lccc " + posts.size() + " posts as chat");
        }
        Path kbqa = dataDir.resolve("kg/nlpcc2016-kbqa/nlpcc-iccpol-2016.kbqa.training-data");
        if (Files.isReadable(kbqa)) {
            List<NluExample> questions = kbqaQuestions(kbqa, o.maxPerLabel(), rnd);
            // the KBQA benchmark's own split: its dev questions (id % 10 == 0) stay out of training here too
            questions.forEach(q -> (q.group().endsWith(":dev") ? dev : train).add(q));
            progress.accept("product data: nlpcc2016 kbqa " + questions.size() + " questions as qa");
        }
        Path catslu = dataDir.resolve("nlu").resolve(DatasetFormat.CATSLU.folder()).resolve(DatasetFormat.CATSLU.trainFile());
        if (Files.isReadable(catslu)) {
            List<NluExample> turns = DatasetFormat.CATSLU.reader().read(catslu);
            // the CATSLU benchmark's split by dialogue: its held-out dialogues stay out of training here too
            train.addAll(rejectTurns(Splits.holdOut(turns, o.holdout(), false)));
            dev.addAll(rejectTurns(Splits.holdOut(turns, o.holdout(), true)));
            progress.accept("product data: catslu " + turns.size() + " in-car turns for the reject head ("
                    + turns.stream().filter(t -> Boolean.TRUE.equals(t.reject())).count() + " not meant for the assistant)");
        }
        List<NluExample> personal = personalStatements(rnd);
        train.addAll(Splits.holdOut(personal, o.holdout(), false));
        dev.addAll(Splits.holdOut(personal, o.holdout(), true));
        progress.accept("product data: " + personal.size() + " personal statements and questions as chat");
        List<NluExample> questions = entityQuestions(rnd);
        train.addAll(Splits.holdOut(questions, o.holdout(), false));
        dev.addAll(Splits.holdOut(questions, o.holdout(), true));
        progress.accept("product data: " + questions.size() + " questions about well-known people as qa");
        List<NluExample> samples = new SkillSamples(skills, recognizers, valuePool(train, o.poolPerSlot(), rnd))
                .sample(o.perTemplate(), o.seed());
        train.addAll(Splits.holdOut(samples, o.holdout(), false));
        dev.addAll(Splits.holdOut(samples, o.holdout(), true));
        progress.accept("product data: " + samples.size() + " skill sample utterances from " + skills.size() + " skills");
        return new ProductTrainingSet(deviceDirected(train), deviceDirected(dev));
    }

    /**
     * CATSLU turns as the reject head's supervision: the ASR 1-best with its (simulated) recogniser
     * signals and whether the turn was meant for the assistant. Their intents and slots are the map
     * domain's dialogue acts, not product intents, so they are left unlabelled (the intent and slot
     * heads learn nothing from them), except that a rejected turn has no slots.
     */
    static List<NluExample> rejectTurns(List<NluExample> catslu) {
        List<NluExample> out = new ArrayList<>(catslu.size());
        for (NluExample e : catslu) {
            String label = Boolean.TRUE.equals(e.reject()) ? "reject" : "accept";
            out.add(new NluExample("catslu:" + label + ":" + e.id(), "catslu:" + e.group(), e.text(), null, null, List.of(),
                    e.previousText(), e.reject(), null, e.asr()));
        }
        return out;
    }

    /** Every utterance of the other sources was said to the assistant: the reject head's negatives. */
    private static List<NluExample> deviceDirected(List<NluExample> in) {
        return in.stream().map(e -> e.reject() != null ? e : new NluExample(e.id(), e.group(), e.text(), e.domain(), e.intent(),
                e.slots(), e.previousText(), false, e.chat(), e.asr())).toList();
    }

    /** The source id of an example ({@code skill}, {@code smp}, {@code cais} …). */
    public static String source(NluExample e) {
        int colon = e.id().indexOf(':');
        return colon < 0 ? "" : e.id().substring(0, colon);
    }

    private static String sourceId(DatasetFormat f) {
        return f.id();
    }

    private static List<NluExample> map(PublicNluMapping mapping, String source, List<NluExample> in) {
        List<NluExample> out = new ArrayList<>();
        for (NluExample e : in) {
            String label = DatasetFormat.SMP2017.id().equals(source) ? e.domain() : e.intent();
            if (label == null || e.text().isBlank()) continue;
            var target = mapping.intent(source, label);
            if (target.isEmpty()) continue;
            List<Slot> slots = new ArrayList<>();
            for (Slot s : e.slots()) {
                mapping.slot(source, label, s.name()).ifPresent(name ->
                        slots.add(new Slot(name, s.value(), s.normalized(), s.start(), s.end(), s.entityId())));
            }
            boolean chat = ProductLabels.CHAT.equals(target.get().skill());
            out.add(new NluExample(source + ":" + label + ":" + e.id(), source + ":" + e.group(), e.text(), target.get().skill(),
                    ProductLabels.intent(target.get().skill(), target.get().intent()), slots, e.previousText(), null, chat, null));
        }
        return out;
    }

    /** At most {@code max} examples per source label (the label is the second field of the id), chosen at random. */
    private static List<NluExample> capped(List<NluExample> in, int max, Random rnd) {
        Map<String, List<NluExample>> byLabel = new LinkedHashMap<>();
        for (NluExample e : in) byLabel.computeIfAbsent(e.id().split(":")[1], k -> new ArrayList<>()).add(e);
        List<NluExample> out = new ArrayList<>();
        for (List<NluExample> list : byLabel.values()) {
            if (list.size() > max) {
                Collections.shuffle(list, rnd);
                list = list.subList(0, max);
            }
            out.addAll(list);
        }
        return out;
    }

    private static Map<String, List<String>> valuePool(List<NluExample> train, int perSlot, Random rnd) {
        Map<String, Set<String>> values = new LinkedHashMap<>();
        for (NluExample e : train) for (Slot s : e.slots()) values.computeIfAbsent(s.name(), k -> new LinkedHashSet<>()).add(s.value());
        Map<String, List<String>> out = new LinkedHashMap<>();
        values.forEach((name, set) -> {
            List<String> list = new ArrayList<>(set);
            Collections.shuffle(list, rnd);
            out.put(name, List.copyOf(list.subList(0, Math.min(perSlot, list.size()))));
        });
        return out;
    }

    /** Factoid questions of the NLPCC 2016 KBQA training file as {@code qa}: at most {@code max}, chosen at random. */
    private static List<NluExample> kbqaQuestions(Path file, int max, Random rnd) throws IOException {
        List<KbqaEvaluation.Item> items = new ArrayList<>(KbqaEvaluation.read(file, false));
        Collections.shuffle(items, rnd);
        List<NluExample> out = new ArrayList<>();
        for (KbqaEvaluation.Item q : items.subList(0, Math.min(max, items.size()))) {
            if (q.question().isBlank()) continue;
            String part = q.id() % 10 == 0 ? "dev" : "train";
            out.add(new NluExample("kbqa:question:" + q.id(), "kbqa:" + part, q.question(), ProductLabels.QA, ProductLabels.QA,
                    List.of(), null, null, false, null));
        }
        return out;
    }

    /** The project's personal statements and questions ({@code nlu/personal-statements.txt}) as {@code chat}. */
    static List<NluExample> personalStatements(Random rnd) throws IOException {
        return templated("/nlu/personal-statements.txt", "personal", ProductLabels.CHAT, true, 12, rnd);
    }

    /** Questions about well-known people for the graph, written for this project: {@code qa}. */
    static List<NluExample> entityQuestions(Random rnd) throws IOException {
        return templated("/nlu/entity-questions.txt", "questions", ProductLabels.QA, false, 40, rnd);
    }

    /**
     * Utterances expanded from a resource of {@code @slot v1 v2 …} filler lines and templates with
     * {@code {slot}} references, each template filled at random {@code fills} times (duplicates dropped).
     */
    private static List<NluExample> templated(String resource, String source, String label, boolean chat, int fills, Random rnd)
            throws IOException {
        Map<String, List<String>> fillers = new LinkedHashMap<>();
        List<String> templates = new ArrayList<>();
        try (var in = ProductTrainingSet.class.getResourceAsStream(resource)) {
            if (in == null) return List.of();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                if (line.startsWith("@")) {
                    String[] parts = line.substring(1).split("\\s+");
                    fillers.put(parts[0], List.of(parts).subList(1, parts.length));
                } else {
                    templates.add(line);
                }
            }
        }
        List<NluExample> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String t : templates) {
            for (int i = 0; i < fills; i++) {
                String text = t;
                for (var f : fillers.entrySet()) {
                    while (text.contains("{" + f.getKey() + "}")) {
                        text = text.replaceFirst("\\{" + f.getKey() + "\\}", f.getValue().get(rnd.nextInt(f.getValue().size())));
                    }
                }
                if (seen.add(text)) {
                    out.add(new NluExample(source + ":" + label + ":" + out.size(), source + ":" + text, text,
                            label, label, List.of(), null, null, chat, null));
                }
            }
        }
        return out;
    }

    /** LCCC lines are {@code post \t response} with characters separated by spaces; the posts are chit-chat. */
    private static List<NluExample> chatPosts(Path file, int max) throws IOException {
        List<NluExample> out = new ArrayList<>();
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines.limit(max)::iterator) {
                String post = line.split("\t")[0].replaceAll("\\s+", "");
                if (post.isEmpty()) continue;
                String id = "lccc:post:" + out.size();
                out.add(new NluExample(id, id, post, ProductLabels.CHAT, ProductLabels.CHAT, List.of(), "", null, true, null));
            }
        }
        return out;
    }
}
