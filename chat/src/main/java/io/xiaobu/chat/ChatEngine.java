package io.xiaobu.chat;

import io.xiaobu.chat.corpus.PersonaBook;
import io.xiaobu.chat.corpus.PersonaEntry;
import io.xiaobu.chat.generation.ChatGenerator;
import io.xiaobu.chat.generation.GeneratorModel;
import io.xiaobu.chat.generation.ScoredReply;
import io.xiaobu.chat.memory.MemoryReply;
import io.xiaobu.chat.memory.MemoryService;
import io.xiaobu.chat.retrieval.ChatIndexes;
import io.xiaobu.chat.retrieval.ChatRetriever;
import io.xiaobu.chat.retrieval.ReloadingRetriever;
import io.xiaobu.chat.retrieval.RetrievedReply;
import io.xiaobu.chat.safety.SafetyChecker;
import io.xiaobu.chat.safety.SafetyLexicon;
import io.xiaobu.chat.safety.SafetyVerdict;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The chat facade the turn pipeline calls. {@link #reply} runs, in order:
 * <ol>
 *   <li>the query safety check: an unsafe query gets one calm {@code SAFETY} deflection and nothing else;</li>
 *   <li>memory: forget requests, questions about the user, and statements to remember ({@code MEMORY});</li>
 *   <li>persona retrieval (start-up index over the project's own answers) and corpus retrieval (offline index),
 *       each reply with a calibrated probability, abstaining below the threshold;</li>
 *   <li>the reply and query–reply safety checks on every retrieved reply; replies already said in
 *       {@code recentTurns} are skipped;</li>
 *   <li>generation, when a generator is configured and neither memory nor persona answered: N sampled replies
 *       with the last {@code recentTurns} as context, each scored by the evaluator (relevance, safety — the same
 *       reply and pair checks —, repetition, length, likelihood); the best passing one joins as a
 *       {@code GENERATION} candidate with that score (one retry with hotter sampling, else none);</li>
 * </ol>
 * and returns the candidates best first (empty when nothing passed: the caller falls back). "Best" is
 * ordered by source first — memory, then persona (so corpus and generated replies never override who 小布 is),
 * then corpus retrieval and generation together — and by score within that.
 */
public final class ChatEngine implements Closeable {

    private final PersonaBook persona;
    private final ChatRetriever personaIndex;
    private final ReloadingRetriever corpusIndex;
    private final SafetyChecker safety;
    private final MemoryService memory;
    private final ChatConfig config;
    private final ChatGenerator generator;

    public ChatEngine(PersonaBook persona, ChatRetriever personaIndex, ReloadingRetriever corpusIndex,
                      SafetyChecker safety, MemoryService memory, ChatConfig config) {
        this(persona, personaIndex, corpusIndex, safety, memory, config, null);
    }

    /** With a generator ({@code null}: retrieval only). */
    public ChatEngine(PersonaBook persona, ChatRetriever personaIndex, ReloadingRetriever corpusIndex,
                      SafetyChecker safety, MemoryService memory, ChatConfig config, ChatGenerator generator) {
        this.generator = generator;
        this.persona = persona;
        this.personaIndex = personaIndex;
        this.corpusIndex = corpusIndex;
        this.safety = safety;
        this.memory = memory;
        this.config = config;
    }

    /**
     * Builds everything from configuration; {@code memory} may be null (no Neo4j). A generator dir that holds no
     * model, or one that fails to load, leaves the engine without generation (logged) rather than failing.
     */
    public static ChatEngine create(ChatConfig config, MemoryService memory) throws IOException {
        PersonaBook persona = PersonaBook.load();
        ChatRetriever personaIndex = ChatIndexes.inMemory(persona.pairs(), config.personaAnalyzer(),
                config.personaRetrieval(), 2000);
        ReloadingRetriever corpus = config.indexRoot() != null && Files.isDirectory(config.indexRoot())
                ? new ReloadingRetriever(config.indexRoot(), config.retrieval(),
                        io.xiaobu.chat.matching.MatchingEncoder.projectionOnly(ChatConfig.DEFAULT_MATCHING)) : null;
        // no backbone embedder here: the head reads the turn's embedding when the caller passes it
        // (ChatQuery.embedding), else n-grams and the lexicon verdict (see docs/benchmarks/chat.md §4)
        SafetyChecker safety = SafetyChecker.create(SafetyLexicon.load(config.safetyDir()), config.safetyHeadDir(), null,
                config.safetyPolicy());
        return new ChatEngine(persona, personaIndex, corpus, safety, memory, config, loadGenerator(config, safety));
    }

    /** The configured generator, or null when none is configured or it cannot be loaded (chat then runs on retrieval). */
    private static ChatGenerator loadGenerator(ChatConfig config, SafetyChecker safety) {
        if (!GeneratorModel.exists(config.generatorDir())) {
            return null;
        }
        try {
            return ChatGenerator.load(config.generatorDir(), safety, config.generation());
        } catch (IOException | RuntimeException e) {
            System.getLogger(ChatEngine.class.getName()).log(System.Logger.Level.WARNING,
                    "chat generator under " + config.generatorDir() + " not loaded, retrieval only: " + e.getMessage());
            return null;
        }
    }

    public SafetyVerdict checkQuery(String text) {
        return safety.checkQuery(text);
    }

    /** As {@link #checkQuery(String)} with the turn's backbone sentence embedding (from the understand stage), for the safety head. */
    public SafetyVerdict checkQuery(String text, float[] embedding) {
        return safety.checkQuery(text, embedding);
    }

    /** Which safety signals decide ({@link SafetyChecker#mode()}). */
    public String safetyMode() {
        return safety.mode();
    }

    /** Picks up a newly published corpus index generation; true when it switched. */
    public boolean refreshIndex() throws IOException {
        return corpusIndex != null && corpusIndex.refresh();
    }

    /** Number of documents in the live corpus index (0 when persona only). */
    public int corpusSize() {
        return corpusIndex == null ? 0 : corpusIndex.size();
    }

    public List<ChatCandidate> reply(ChatQuery query) {
        String text = Texts.clean(query.text());
        if (!Texts.hasContent(text)) {
            return List.of();
        }
        // the safety checks read the text with recognised titles masked; the backbone embedding describes the unmasked text
        String safetyText = Texts.clean(query.safetyText());
        SafetyVerdict verdict = safety.checkQuery(safetyText, safetyText.equals(text) ? query.embedding() : null);
        if (!verdict.safe()) {
            return List.of(deflection(verdict, text));
        }
        List<ChatCandidate> out = new ArrayList<>();
        if (memory != null) {
            Optional<MemoryReply> m = memory.respond(query.userId(), query.turnId(), text);
            m.ifPresent(r -> out.add(new ChatCandidate(r.text(), config.memoryScore(), CandidateSource.MEMORY,
                    "memory " + r.action() + " " + r.keys())));
        }
        Set<String> said = new HashSet<>();
        query.recentTurns().forEach(t -> said.add(Texts.lettersOnly(t)));
        addRetrieved(out, text, safetyText, personaReplies(text), CandidateSource.PERSONA, said);
        if (corpusIndex != null) {
            addRetrieved(out, text, safetyText, corpusIndex.search(text, query.embedding()), CandidateSource.RETRIEVAL, said);
        }
        if (generator != null && query.generate() && out.stream().noneMatch(c -> c.source() == CandidateSource.MEMORY
                || c.source() == CandidateSource.PERSONA)) {
            generator.reply(text, query.recentTurns()).filter(r -> !said.contains(Texts.lettersOnly(r.text())))
                    .filter(r -> Texts.lettersOnly(r.text()).length() >= config.generation().minReplyLetters())
                    .ifPresent(r -> out.add(generated(r)));
        }
        if (out.isEmpty() && query.generate() && text.contains("我")) {
            // "我失恋了", "我刚下班": a statement about the user that nothing else fits gets the persona's listening answer
            persona.entry(LISTENING).filter(e -> !e.answers().isEmpty()).ifPresent(e -> out.add(new ChatCandidate(
                    e.answers().get(Math.floorMod(query.turnId() == null ? 0 : query.turnId().hashCode(), e.answers().size())),
                    LISTENING_SCORE, CandidateSource.LISTENING, "persona " + LISTENING + ": a statement about the user that no other reply fits")));
        }
        out.sort(Comparator.comparingInt((ChatCandidate c) -> c.source() == CandidateSource.MEMORY ? 0
                        : c.source() == CandidateSource.PERSONA ? 1 : 2)
                .thenComparing(Comparator.comparingDouble(ChatCandidate::score).reversed()));
        Set<String> seen = new HashSet<>();
        return out.stream().filter(c -> seen.add(Texts.lettersOnly(c.text()))).limit(config.maxCandidates()).toList();
    }

    /**
     * The persona's answers to the query: those the reranker puts above its threshold, and the answer to one of the
     * persona's own questions asked word for word wherever the reranker put it ("hello" scored below the threshold).
     */
    private List<RetrievedReply> personaReplies(String text) {
        List<RetrievedReply> found = new ArrayList<>(personaIndex.search(text));
        if (found.stream().noneMatch(r -> verbatim(r, text))) {
            personaIndex.candidates(text).stream().filter(r -> verbatim(r, text)).findFirst().ifPresent(r -> found.add(0, r));
        }
        return found.stream().filter(r -> sameAddressee(text, r.matchedPost())).toList();
    }

    private static boolean verbatim(RetrievedReply r, String asked) {
        String q = Texts.lettersOnly(asked);
        return !q.isEmpty() && Texts.lettersOnly(r.matchedPost()).equals(q);
    }

    /**
     * @param asked the query as said
     * @param query the text the reply safety check reads with the reply (the query's safety text)
     */
    private void addRetrieved(List<ChatCandidate> out, String asked, String query, List<RetrievedReply> replies, CandidateSource source,
                              Set<String> said) {
        for (RetrievedReply r : replies) {
            if (said.contains(Texts.lettersOnly(r.reply())) || !safety.checkCandidate(query, r.reply()).safe()) {
                continue;
            }
            // one of the persona's own questions, word for word ("hello", "你叫什么名字"), is certainly that question
            boolean verbatim = source == CandidateSource.PERSONA && verbatim(r, asked);
            double score = verbatim ? VERBATIM_PERSONA_SCORE : r.probability();
            String why = String.format(Locale.ROOT, "%s post \"%s\" (%s) p=%.3f sim=%.2f%s",
                    r.source(), r.matchedPost(), r.entryId(), r.probability(), r.features().postSimilarity(), verbatim ? ", asked word for word" : "");
            out.add(new ChatCandidate(r.reply(), score, source, why));
        }
    }

    /** The persona entry that listens when the user tells something about themselves and nothing else fits. */
    static final String LISTENING = "social.listening";
    private static final double LISTENING_SCORE = 0.6;

    /**
     * The score of a persona answer to one of its questions asked word for word: above any reading a model makes of
     * the same words ("hello" is also a song), while a command the rules match exactly still keeps chat out of the turn.
     */
    static final double VERBATIM_PERSONA_SCORE = 1.0;

    /**
     * Whether a persona question fits the query's person: the persona answers questions about the assistant (你…),
     * so a question about the user (我住在哪里, with 我 and no 你) does not get "我住在你的手机里" however many words
     * the two share; the user's memory answers it.
     */
    private static boolean sameAddressee(String query, String personaQuestion) {
        return !personaQuestion.contains("你") || query.contains("你") || !query.contains("我");
    }

    /** Whether a generative model is loaded. */
    public boolean generates() {
        return generator != null;
    }

    private static ChatCandidate generated(ScoredReply r) {
        String why = String.format(Locale.ROOT, "generated: score %.3f, mean log-prob %.2f, context gain %.2f, relevance %.2f, repetition %.2f",
                r.score(), r.sample().meanLogProb(), r.contextGain(), r.relevance(), r.repetition());
        return new ChatCandidate(r.text(), r.score(), CandidateSource.GENERATION, why);
    }

    private ChatCandidate deflection(SafetyVerdict v, String text) {
        String id = switch (v.category()) {
            case ABUSE -> "deflection.abuse";
            case SELF_HARM -> "deflection.self_harm";
            default -> "deflection.unsafe";
        };
        List<String> answers = persona.entry(id).map(PersonaEntry::answers).orElse(List.of("我们聊点别的吧。"));
        String answer = answers.get(Math.floorMod(text.hashCode(), answers.size()));
        return new ChatCandidate(answer, config.safetyScore(), CandidateSource.SAFETY,
                "query blocked: " + v.category().name().toLowerCase(Locale.ROOT) + " (" + v.matched() + ")");
    }

    /** What to say when no candidate passed (the persona's fallback line). */
    public String fallbackReply() {
        return persona.entry("deflection.fallback").map(e -> e.answers().getFirst()).orElse("这个我还不太会回答。");
    }

    @Override
    public void close() throws IOException {
        personaIndex.close();
        if (generator != null) {
            generator.close();
        }
        if (corpusIndex != null) {
            corpusIndex.close();
        }
    }

}
