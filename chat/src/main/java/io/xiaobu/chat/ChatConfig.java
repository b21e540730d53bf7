package io.xiaobu.chat;

import io.xiaobu.chat.retrieval.AnalyzerKind;
import io.xiaobu.chat.retrieval.RetrievalConfig;
import io.xiaobu.chat.safety.SafetyPolicy;
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
 */
public record ChatConfig(Path indexRoot, Path safetyDir, RetrievalConfig retrieval, RetrievalConfig personaRetrieval,
                         AnalyzerKind personaAnalyzer, double memoryScore, double safetyScore, int maxCandidates,
                         Path safetyHeadDir, SafetyPolicy safetyPolicy) {

    /** Defaults reading {@code index/chat} and {@code models/safety} under the working dir and the configured data dir's safety lexicons. */
    public static ChatConfig defaults() {
        return new ChatConfig(Path.of("index", "chat"), DataDir.find("safety").orElse(null), RetrievalConfig.defaults(),
                RetrievalConfig.defaults(), AnalyzerKind.CJK, 0.95, 1.0, 5, Path.of("models", "safety"), SafetyPolicy.defaults());
    }

    public ChatConfig withIndexRoot(Path root) {
        return new ChatConfig(root, safetyDir, retrieval, personaRetrieval, personaAnalyzer, memoryScore, safetyScore,
                maxCandidates, safetyHeadDir, safetyPolicy);
    }

    public ChatConfig withSafetyDir(Path dir) {
        return new ChatConfig(indexRoot, dir, retrieval, personaRetrieval, personaAnalyzer, memoryScore, safetyScore,
                maxCandidates, safetyHeadDir, safetyPolicy);
    }

    /** {@code dir} null: lexicon only. */
    public ChatConfig withSafetyHead(Path dir, SafetyPolicy policy) {
        return new ChatConfig(indexRoot, safetyDir, retrieval, personaRetrieval, personaAnalyzer, memoryScore, safetyScore,
                maxCandidates, dir, policy);
    }
}
