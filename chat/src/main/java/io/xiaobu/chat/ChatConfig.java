package io.xiaobu.chat;

import io.xiaobu.chat.generation.GenerationConfig;
import io.xiaobu.chat.retrieval.AnalyzerKind;
import io.xiaobu.chat.retrieval.RetrievalConfig;
import io.xiaobu.chat.safety.SafetyPolicy;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Chat engine configuration.
 *
 * @param indexRoot          root of the offline chat index generations ({@code index chat --out}); null or missing: persona only
 * @param safetyDir          the data dir's {@code safety} folder; null or missing: sensitive-word's bundled dictionary
 * @param retrieval          retrieval knobs (threshold, top-k) for the corpus index
 * @param personaRetrieval   retrieval knobs for the persona index
 * @param personaAnalyzer    analyzer of the start-up persona index
 * @param memoryScore        score given to memory replies (they answer the user's own question exactly)
 * @param safetyScore        score given to deflections of unsafe queries
 * @param maxCandidates      how many candidates {@link ChatEngine#reply} returns at most
 * @param safetyHeadDir      folder of the learned safety head ({@code models/safety}); null or missing: lexicon only
 * @param safetyPolicy       how the lexicon and the head are combined
 * @param generatorDir       the generative model ({@code train chat --out}); null or missing: no generation
 * @param generation         the generator's 1-vs-N knobs
 */
public record ChatConfig(Path indexRoot, Path safetyDir, RetrievalConfig retrieval, RetrievalConfig personaRetrieval,
                         AnalyzerKind personaAnalyzer, double memoryScore, double safetyScore, int maxCandidates,
                         Path safetyHeadDir, SafetyPolicy safetyPolicy, Path generatorDir, GenerationConfig generation) {

    /** The committed safety head, relative to the working dir (the repository root). */
    public static final Path DEFAULT_SAFETY_HEAD = Path.of("models", "safety");

    /** The committed matching projection (hybrid retrieval), relative to the working dir (the repository root). */
    public static final Path DEFAULT_MATCHING = Path.of("models", "chat", "matching");

    /**
     * The shortest generated reply the service keeps (letters): the generator's shortest replies ("我也是", "你也是", "是的",
     * "好的", "晚安") fit every post, so they answer none (2026-11-22 chat sweep: "我好紧张" → "你也是", "周末去哪玩好" →
     * "晚安"). `eval generation` keeps the evaluator's own default (2) so its numbers stay comparable.
     */
    public static final int SERVED_MIN_REPLY_LETTERS = 5;

    /** The committed generator, relative to the working dir (the repository root). */
    public static final Path DEFAULT_GENERATOR = Path.of("models", "chat", "generator");

    /**
     * Defaults reading {@code index/chat} under the working dir, the configured data dir's safety lexicons,
     * the committed safety head and the committed generator (each when it is there).
     */
    public static ChatConfig defaults() {
        return new ChatConfig(Path.of("index", "chat"), DataDir.find("safety").orElse(null), RetrievalConfig.defaults(),
                RetrievalConfig.defaults(), AnalyzerKind.CJK, 0.95, 1.0, 5, DEFAULT_SAFETY_HEAD, SafetyPolicy.defaults(),
                Files.isDirectory(DEFAULT_GENERATOR) ? DEFAULT_GENERATOR : null,
                GenerationConfig.defaults().withMinReplyLetters(SERVED_MIN_REPLY_LETTERS));
    }

    public ChatConfig withIndexRoot(Path root) {
        return new ChatConfig(root, safetyDir, retrieval, personaRetrieval, personaAnalyzer, memoryScore, safetyScore,
                maxCandidates, safetyHeadDir, safetyPolicy, generatorDir, generation);
    }

    public ChatConfig withSafetyDir(Path dir) {
        return new ChatConfig(indexRoot, dir, retrieval, personaRetrieval, personaAnalyzer, memoryScore, safetyScore,
                maxCandidates, safetyHeadDir, safetyPolicy, generatorDir, generation);
    }

    /** {@code dir} null: lexicon only. */
    public ChatConfig withSafetyHead(Path dir, SafetyPolicy policy) {
        return new ChatConfig(indexRoot, safetyDir, retrieval, personaRetrieval, personaAnalyzer, memoryScore, safetyScore,
                maxCandidates, dir, policy, generatorDir, generation);
    }

    /** The same configuration with this generator dir (null: no generation). */
    public ChatConfig withGeneratorDir(Path dir) {
        return new ChatConfig(indexRoot, safetyDir, retrieval, personaRetrieval, personaAnalyzer, memoryScore, safetyScore,
                maxCandidates, safetyHeadDir, safetyPolicy, dir, generation);
    }

    /** The same configuration with these generation knobs. */
    public ChatConfig withGeneration(GenerationConfig generation) {
        return new ChatConfig(indexRoot, safetyDir, retrieval, personaRetrieval, personaAnalyzer, memoryScore, safetyScore,
                maxCandidates, safetyHeadDir, safetyPolicy, generatorDir, generation);
    }
}
