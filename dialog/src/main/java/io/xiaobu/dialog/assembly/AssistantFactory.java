package io.xiaobu.dialog.assembly;

import io.xiaobu.dialog.Assistant;
import io.xiaobu.dialog.PartStatus;
import io.xiaobu.dialog.record.TurnEventListener;
import io.xiaobu.events.RecorderConfig;
import io.xiaobu.events.SinkHealth;
import io.xiaobu.events.TurnRecorder;
import io.xiaobu.chat.ChatConfig;
import io.xiaobu.chat.ChatEngine;
import io.xiaobu.chat.memory.MemoryService;
import io.xiaobu.dialog.chat.ChatSource;
import io.xiaobu.dialog.rank.FusionRanker;
import io.xiaobu.dialog.knowledge.GraphLinker;
import io.xiaobu.dialog.model.FewShotIndex;
import io.xiaobu.dialog.model.FewShotLearner;
import io.xiaobu.dialog.model.ModelRecognizer;
import io.xiaobu.dialog.model.ProductLabels;
import io.xiaobu.dialog.stage.InputRejector;
import io.xiaobu.nlu.model.IntentCalibration;
import io.xiaobu.nlu.model.NgramClassifier;
import io.xiaobu.nlu.model.NluModel;
import io.xiaobu.nlu.model.SlotTransitions;
import io.xiaobu.skills.builtin.SmpMapping;
import java.nio.file.Files;
import io.xiaobu.kg.store.UserMemoryStore;
import java.nio.file.Path;
import io.xiaobu.dialog.knowledge.KbqaSource;
import io.xiaobu.dialog.knowledge.KnowledgeRouting;
import io.xiaobu.events.TurnRecorderListener;
import io.xiaobu.kg.GraphConfig;
import io.xiaobu.kg.KnowledgeGraph;
import io.xiaobu.kg.server.GraphServerProcess;
import io.xiaobu.dialog.skills.FollowUpSource;
import io.xiaobu.dialog.skills.PendingQuestionSource;
import io.xiaobu.dialog.skills.SkillCatalog;
import io.xiaobu.dialog.skills.SkillRegistration;
import io.xiaobu.dialog.skills.SkillRuntimeFulfiller;
import io.xiaobu.dialog.skills.SlotNormalizer;
import io.xiaobu.nlu.text.TextNormalizer;
import io.xiaobu.skills.builtin.BuiltinServices;
import io.xiaobu.skills.builtin.BuiltinSkills;
import io.xiaobu.time.TimeNormalizer;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Assembles the assistant's real parts from {@link AssistantSettings}, printing one progress line
 * per part. The caller may add listeners (metrics) to the returned builder before building.
 */
public final class AssistantFactory {

    private final AssistantSettings settings;
    private final PrintStream progress;
    /** name → version of every model and grammar serving turns, stamped on each turn event. */
    private final Map<String, String> versions = new java.util.LinkedHashMap<>();

    public AssistantFactory(AssistantSettings settings, PrintStream progress) {
        this.settings = settings;
        this.progress = progress;
    }

    public Assistant.Builder assemble(TurnRecorderListener recorderListener) {
        Assistant.Builder b = Assistant.builder()
                .maxTextChars(settings.maxTextChars())
                .sessions(settings.sessions())
                .retry(settings.retryWindow(), settings.maxRemembered());
        understanding(b);
        FewShotLearner fewShot = model(b);
        SkillCatalog catalog = skills(b, fewShot);
        KnowledgeGraph kg = graph(b, catalog);
        chat(b, kg);
        events(b, recorderListener);
        return b;
    }

    private void understanding(Assistant.Builder b) {
        TextNormalizer normalizer = TextNormalizer.standard();
        b.normalizer(normalizer::normalize);
    }

    /**
     * The multitask NLU model: the first of {@link AssistantSettings#nluModels()} that is present. The
     * product model (models/nlu/product) names skill intents itself; a benchmark model trained on
     * SMP-ECDT has its labels mapped to the product's skills through the SMP mapping of the built-in catalog.
     */
    private FewShotLearner model(Assistant.Builder b) {
        Path dir = settings.nluModels().stream().map(m -> settings.modelsDir().resolve(m))
                .filter(d -> Files.isRegularFile(d.resolve("model.json"))).findFirst().orElse(null);
        if (dir == null) {
            say("model: none of " + settings.nluModels() + " under " + settings.modelsDir() + " (rules only)");
            return null;
        }
        String name = settings.modelsDir().relativize(dir).toString().replace('\\', '/');
        NluModel model;
        try {
            model = NluModel.load(dir);
        } catch (IOException | RuntimeException e) {
            say("model: cannot load " + dir + " (" + e.getMessage() + "); rules only");
            b.health("models", () -> PartStatus.down("cannot load " + dir + ": " + e.getMessage()));
            return null;
        }
        if (model.meta().config().contextChars() > 0) {
            // trained to read the previous turn or the dialog state before the utterance; the pipeline feeds the utterance alone
            model.close();
            String why = dir + " reads a context before the utterance, which the turn pipeline does not feed";
            say("model: " + why + "; rules only");
            b.health("models", () -> PartStatus.down(why));
            return null;
        }
        java.util.function.Function<String, java.util.Optional<ModelRecognizer.Target>> labels;
        if (ProductLabels.isProduct(model.meta().intents())) {
            labels = ProductLabels::target;
        } else {
            SmpMapping mapping = SmpMapping.load();
            labels = label -> {
                int dot = label.lastIndexOf('.');
                return dot <= 0 ? java.util.Optional.empty() : mapping.target(label.substring(0, dot), label.substring(dot + 1))
                        .filter(SmpMapping.Target::isSkill).map(t -> new ModelRecognizer.Target(t.skill(), t.intent()));
            };
        }
        FewShotIndex fewShot = new FewShotIndex();
        b.recognizer(new ModelRecognizer(model, labels, fewShot, ModelRecognizer.Settings.defaults()))
                .owns(model)
                .health("models", () -> PartStatus.up(name + ": " + model.parameterCount() + " parameters"));
        versions.put("nlu", name.substring(name.lastIndexOf('/') + 1) + "@" + contentHash(dir));
        say("model: " + name + " loaded (" + model.parameterCount() + " parameters"
                + (model.memberCount() > 1 ? " in " + model.memberCount() + " networks" : "") + ", " + versions.get("nlu")
                + (model.meta().config().entityTags() ? ", reads the linked entities' types" : "") + ")");
        if (model.meta().trained("reject")) {
            b.rejector(InputRejector.Settings.besideRejectHead());
            say("reject: the model's reject head weighs recogniser confidence with the text (rule floor "
                    + InputRejector.Settings.besideRejectHead().minAsrConfidence() + ")");
        }
        return new FewShotLearner(model, fewShot, 3);
    }

    /** A follow-up's confidence: below a full rule match (0.97), above a pending answer's floor and the model's guesses. */
    private static final double FOLLOW_UP_SCORE = 0.9;

    /** Built-in skills; their interaction models are the product's rule grammar. */
    private SkillCatalog skills(Assistant.Builder b, FewShotLearner fewShot) {
        TimeNormalizer time = new TimeNormalizer();
        SlotNormalizer slots = new SlotNormalizer(time);
        BuiltinSkills builtin = new BuiltinSkills(BuiltinServices.defaults(settings.workDir().resolve("users")));
        SkillCatalog catalog = new SkillCatalog(builtin.runtime(), time, List.of());
        if (fewShot != null) fewShot.anchor(catalog.runtime().skills());
        versions.put("skills", catalog.runtime().skills().stream().map(s -> s.id() + "@" + s.model().version())
                .sorted().collect(Collectors.joining(",")));
        b.rules(catalog).soundAlikes(catalog::soundAlikes).slotTypes(catalog::slotType)
                .skills(new SkillRuntimeFulfiller(catalog, slots))
                .candidateSource(new PendingQuestionSource(catalog, slots, settings.pendingAnswerScore()))
                .candidateSource(new FollowUpSource(catalog, time, FOLLOW_UP_SCORE))
                .intentTitle(catalog::title)
                .skillRegistration(new SkillRegistration(catalog, java.util.Set.copyOf(BuiltinSkills.IDS),
                        settings.allowPrivateWebhooks(), fewShot));
        say("skills: " + catalog.runtime().skills().size() + " built-in skills, "
                + catalog.get().templates().size() + " rule templates compiled");
        return catalog;
    }

    /** The knowledge graph: a Neo4j server of our own (embedded) or an external one, or none. */
    private KnowledgeGraph graph(Assistant.Builder b, SkillCatalog catalog) {
        AssistantSettings.Graph g = settings.graph();
        String uri;
        switch (g.mode()) {
            case "off" -> {
                say("graph: off (no entity linking, no KBQA, no memory)");
                return null;
            }
            case "external" -> uri = g.uri();
            case "embedded" -> {
                GraphServerProcess server;
                try {
                    server = GraphServerProcess.start(GraphServerProcess.Options.fromLibDir(g.serverLib(),
                            g.databaseDir() != null ? g.databaseDir() : settings.workDir().resolve("graph")), line -> say("graph: " + line));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot start the embedded Neo4j server from " + g.serverLib()
                            + " (build it with ./mvnw package -pl deploy)", e);
                }
                b.owns(server);
                uri = server.boltUri();
            }
            default -> throw new IllegalArgumentException("graph mode must be embedded, external or off, not " + g.mode());
        }
        KnowledgeGraph kg = g.mode().equals("external")
                ? KnowledgeGraph.connect(GraphConfig.cluster(uri, g.user(), g.password()))
                : KnowledgeGraph.connect(GraphConfig.local(uri));
        GraphLinker linker = new GraphLinker(kg::linker);
        b.owns(kg)
                .linker(linker)
                .taskRouting(new KnowledgeRouting(catalog::slotType, KnowledgeRouting.Settings.defaults(), linker)::route)
                .candidateSource(new KbqaSource(kg, 0.6))
                .health("graph", () -> kg.isUp() ? PartStatus.up(kg.healthDetail()) : PartStatus.down(kg.healthDetail()));
        say("graph: " + kg.healthDetail());
        return kg;
    }

    /** Chat: persona, the retrieval index built by {@code index chat} when present, memory in the graph. */
    private void chat(Assistant.Builder b, KnowledgeGraph kg) {
        MemoryService memory = null;
        if (kg != null) {
            UserMemoryStore store = new UserMemoryStore(kg.driver(), null);
            try {
                store.ensureSchema();
            } catch (RuntimeException e) {
                say("memory: schema not applied yet (" + e.getMessage() + "); it is applied again on use");
            }
            memory = new MemoryService(store, java.time.Clock.systemUTC());
        }
        Path indexRoot = settings.workDir().resolve("index/chat");
        ChatEngine engine;
        try {
            engine = ChatEngine.create(ChatConfig.defaults().withIndexRoot(indexRoot)
                    .withSafetyDir(settings.dataDir().resolve("safety")), memory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the chat index under " + indexRoot, e);
        }
        b.candidateSource(new ChatSource(engine, FusionRanker.Settings.defaults().taskCover())).owns(engine)
                .health("indexes", () -> PartStatus.up(engine.corpusSize() > 0
                        ? "chat index: " + engine.corpusSize() + " replies (" + indexRoot + ")"
                        : "persona answers only; build the chat index with ./xiaobu index chat"));
        say("chat: persona" + (engine.corpusSize() > 0 ? " + " + engine.corpusSize() + " indexed replies" : " only (no chat index built)")
                + (memory != null ? ", memory in the graph" : ", no memory (graph off)"));
    }

    private void events(Assistant.Builder b, TurnRecorderListener recorderListener) {
        RecorderConfig rc = RecorderConfig.localDefaults(settings.workDir());
        if (settings.events().kafkaBootstrap() != null) {
            rc = rc.withKafka(settings.events().kafkaBootstrap(), settings.events().kafkaTopic());
        }
        TurnRecorder recorder;
        try {
            recorder = TurnRecorder.open(rc, recorderListener);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the turn event log under " + rc.logDir(), e);
        }
        b.listener(new TurnEventListener(recorder, versions)).owns(recorder)
                .health("events", () -> eventsHealth(recorder.health()));
        say("events: JSONL log in " + rc.logDir() + (rc.kafkaEnabled()
                ? ", Kafka " + rc.kafkaBootstrap() + " topic " + rc.topic() : " (Kafka not configured)"));
    }

    private static PartStatus eventsHealth(List<SinkHealth> sinks) {
        String detail = sinks.stream().map(s -> s.sink() + (s.up() ? " up" : " down") + (s.pending() > 0 ? ", "
                + s.pending() + " pending" : "") + (s.detail() == null ? "" : " (" + s.detail() + ")"))
                .collect(Collectors.joining("; "));
        // The turn log must be writable; Kafka being down only delays delivery (events wait in the spool).
        boolean logUp = sinks.stream().filter(s -> !s.sink().contains("kafka")).allMatch(SinkHealth::up);
        return logUp ? PartStatus.up(detail) : PartStatus.down(detail);
    }

    /**
     * The first 12 hex digits of the SHA-256 of a model folder's weight files, ensemble members included:
     * the model version turn events carry.
     */
    /**
     * Files of a model folder that change what it answers: the weights, the n-gram classifier's features and
     * weight, the calibration, the slot transitions.
     */
    private static boolean shapesAnswers(Path f) {
        String name = f.getFileName().toString();
        return name.endsWith(".params") || name.equals(NgramClassifier.NGRAMS) || name.equals(NgramClassifier.CONFIG)
                || name.equals(IntentCalibration.FILE) || name.equals(SlotTransitions.FILE);
    }

    private static String contentHash(Path dir) {
        try (var files = Files.walk(dir)) {
            var sha = java.security.MessageDigest.getInstance("SHA-256");
            for (Path f : files.filter(AssistantFactory::shapesAnswers)
                    .filter(p -> !dir.relativize(p).toString().contains("checkpoint")).sorted().toList()) {
                sha.update(Files.readAllBytes(f));
            }
            return java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            return "unknown";
        }
    }

    private void say(String line) {
        progress.println("xiaobu: " + line);
    }
}
