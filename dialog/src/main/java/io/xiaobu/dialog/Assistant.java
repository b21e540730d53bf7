package io.xiaobu.dialog;

import io.xiaobu.dialog.api.TurnRequestValidator;
import io.xiaobu.dialog.pipeline.TurnListener;
import io.xiaobu.dialog.pipeline.TurnPipeline;
import io.xiaobu.dialog.rank.FusionRanker;
import io.xiaobu.dialog.session.SessionStore;
import io.xiaobu.dialog.skills.SkillRegistration;
import io.xiaobu.dialog.stage.CandidateSource;
import io.xiaobu.dialog.stage.SlotTypeLookup;
import io.xiaobu.dialog.stage.CandidatesStage;
import io.xiaobu.dialog.stage.ContextualiseStage;
import io.xiaobu.dialog.stage.EntityLinker;
import io.xiaobu.dialog.stage.SoundAlikeWords;
import io.xiaobu.dialog.stage.FulfilStage;
import io.xiaobu.dialog.stage.InputRejector;
import io.xiaobu.dialog.stage.IntentRecognizer;
import io.xiaobu.dialog.stage.LinkStage;
import io.xiaobu.dialog.stage.RankStage;
import io.xiaobu.dialog.stage.RejectStage;
import io.xiaobu.dialog.stage.RespondStage;
import io.xiaobu.dialog.stage.SkillFulfiller;
import io.xiaobu.dialog.stage.TaskCandidates;
import io.xiaobu.dialog.pipeline.TurnContext;
import io.xiaobu.nlu.Understanding;
import io.xiaobu.dialog.stage.UnderstandStage;
import io.xiaobu.nlu.NormalizedText;
import io.xiaobu.nlu.fusion.UnderstandingFusion;
import io.xiaobu.nlu.grammar.RuleMatcher;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An assembled assistant: the parts (recognisers, linker, answer sources, skills, listeners) put
 * into one {@link TurnPipeline} behind a {@link TurnService}. The HTTP service and the terminal
 * shell both build it here, so they behave the same.
 */
public final class Assistant implements AutoCloseable {

    /** The parts whose health the service reports, in this order. */
    public static final List<String> PARTS = List.of("models", "graph", "indexes", "events");

    private final TurnService turns;
    private final TurnPipeline pipeline;
    private final SessionStore sessions;
    private final Map<String, Supplier<PartStatus>> health;
    private final SkillRegistration skillRegistration;
    private final SkillFulfiller skills;
    private final List<AutoCloseable> resources;

    private Assistant(TurnService turns, TurnPipeline pipeline, SessionStore sessions, Map<String, Supplier<PartStatus>> health,
                      SkillRegistration skillRegistration, SkillFulfiller skills, List<AutoCloseable> resources) {
        this.skills = skills;
        this.turns = turns;
        this.pipeline = pipeline;
        this.sessions = sessions;
        this.health = health;
        this.skillRegistration = skillRegistration;
        this.resources = resources;
    }

    /** Whoever carries out chosen tasks; empty when no skill runtime is configured. */
    public java.util.Optional<SkillFulfiller> skills() {
        return java.util.Optional.ofNullable(skills);
    }

    /** Run-time skill registration; empty when the assistant has no skill catalog. */
    public java.util.Optional<SkillRegistration> skillRegistration() {
        return java.util.Optional.ofNullable(skillRegistration);
    }

    /** The health of one of {@link #PARTS}; a part nobody registered is reported as not configured. */
    public PartStatus health(String part) {
        Supplier<PartStatus> probe = health.get(part);
        if (probe == null) return PartStatus.notConfigured(part);
        try {
            return probe.get();
        } catch (RuntimeException e) {
            return PartStatus.down(part + " probe failed: " + e.getMessage());
        }
    }

    public TurnService turns() {
        return turns;
    }

    /** The turn pipeline itself (for dry runs: understanding without acting). */
    public TurnPipeline pipeline() {
        return pipeline;
    }

    public SessionStore sessions() {
        return sessions;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Closes what the assistant owns, last opened first. */
    @Override
    public void close() {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                System.err.println("xiaobu: closing " + resources.get(i) + " failed: " + e);
            }
        }
    }

    /** Collects the parts; everything optional has an honest default (the stage says it is idle). */
    public static final class Builder {
        private Function<String, NormalizedText> normalizer = NormalizedText::identity;
        private Supplier<RuleMatcher> rules;
        private Supplier<SoundAlikeWords> soundAlikes;
        private final List<IntentRecognizer> recognizers = new ArrayList<>();
        private UnderstandingFusion fusion = new UnderstandingFusion();
        private EntityLinker linker;
        private final List<CandidateSource> sources = new ArrayList<>();
        private BiFunction<List<Understanding>, TurnContext, List<Understanding>> taskRouting = (h, t) -> h;
        private SlotTypeLookup slotTypes = SlotTypeLookup.none();
        private SkillFulfiller skills;
        private SkillRegistration skillRegistration;
        private final List<TurnListener> listeners = new ArrayList<>();
        private final List<AutoCloseable> resources = new ArrayList<>();
        private final Map<String, Supplier<PartStatus>> health = new LinkedHashMap<>();
        private SessionStore.Settings sessionSettings = SessionStore.Settings.defaults();
        private FusionRanker.Settings rankerSettings = FusionRanker.Settings.defaults();
        private InputRejector.Settings rejectorSettings = InputRejector.Settings.defaults();
        private double modelRejectThreshold = UnderstandStage.DEFAULT_REJECT_THRESHOLD;
        private Function<String, String> intentTitle = Function.identity();
        private int maxTextChars = 256;
        private Duration retryWindow = Duration.ofMinutes(2);
        private long maxRemembered = 100_000;
        private Clock clock = Clock.systemUTC();
        private ZoneId defaultZone = ZoneId.of("Asia/Shanghai");

        public Builder normalizer(Function<String, NormalizedText> v) { normalizer = v; return this; }
        /** The rule grammar; a supplier because registering a skill recompiles it. */
        public Builder rules(Supplier<RuleMatcher> v) { rules = v; return this; }
        /** The skills' list words by sound (the catalog's), to match misheard commands; none by default. */
        public Builder soundAlikes(Supplier<SoundAlikeWords> v) { soundAlikes = v; return this; }
        /** A learned recogniser (the multitask model, few-shot matching). */
        public Builder recognizer(IntentRecognizer v) { recognizers.add(v); return this; }
        public Builder fusion(UnderstandingFusion v) { fusion = v; return this; }
        public Builder linker(EntityLinker v) { linker = v; return this; }
        /** An answer source after the task candidates (dialogue, graph, memory, chat), in the order given. */
        public Builder candidateSource(CandidateSource v) { sources.add(v); return this; }
        /** Re-scores understanding hypotheses with the turn's linked entities (knowledge-dependent routing). */
        public Builder taskRouting(BiFunction<List<Understanding>, TurnContext, List<Understanding>> v) { taskRouting = v; return this; }
        /** The declared types of the skills' slots; without them no open slot counts as vouched for by the graph. */
        public Builder slotTypes(SlotTypeLookup v) { slotTypes = v; return this; }
        public Builder skills(SkillFulfiller v) { skills = v; return this; }
        public Builder skillRegistration(SkillRegistration v) { skillRegistration = v; return this; }
        public Builder listener(TurnListener v) { listeners.add(v); return this; }
        /** Something to close with the assistant (a driver, an index, a child process). */
        public Builder owns(AutoCloseable v) { resources.add(v); return this; }
        /** How to tell whether a part is up; {@code part} is one of {@link #PARTS}. */
        public Builder health(String part, Supplier<PartStatus> probe) { health.put(part, probe); return this; }
        public Builder sessions(SessionStore.Settings v) { sessionSettings = v; return this; }
        public Builder ranker(FusionRanker.Settings v) { rankerSettings = v; return this; }
        public Builder rejector(InputRejector.Settings v) { rejectorSettings = v; return this; }
        /** The model's reject probability from which a turn is not meant for the assistant (above 1: never). */
        public Builder modelRejectThreshold(double v) { modelRejectThreshold = v; return this; }
        public Builder intentTitle(Function<String, String> v) { intentTitle = v; return this; }
        public Builder maxTextChars(int v) { maxTextChars = v; return this; }
        public Builder retry(Duration window, long max) { retryWindow = window; maxRemembered = max; return this; }
        public Builder clock(Clock v) { clock = v; return this; }
        public Builder defaultZone(ZoneId v) { defaultZone = v; return this; }

        public Assistant build() {
            SessionStore sessions = new SessionStore(sessionSettings);
            TurnPipeline pipeline = new TurnPipeline(new TurnPipeline.Stages(
                    new RejectStage(new InputRejector(rejectorSettings)),
                    new ContextualiseStage(normalizer),
                    new LinkStage(linker),
                    new UnderstandStage(rules, recognizers, fusion, modelRejectThreshold, slotTypes, soundAlikes),
                    new CandidatesStage(withTasksFirst()),
                    new RankStage(new FusionRanker(rankerSettings), intentTitle),
                    new FulfilStage(skills),
                    new RespondStage()),
                    sessions, fanOut(List.copyOf(listeners)), clock, defaultZone);
            TurnService turns = new TurnService(new TurnRequestValidator(maxTextChars), pipeline, retryWindow, maxRemembered);
            return new Assistant(turns, pipeline, sessions, Map.copyOf(health), skillRegistration, skills, List.copyOf(resources));
        }

        private List<CandidateSource> withTasksFirst() {
            List<CandidateSource> all = new ArrayList<>();
            all.add(new TaskCandidates(taskRouting));
            all.addAll(sources);
            return all;
        }

        private static TurnListener fanOut(List<TurnListener> all) {
            return new TurnListener() {
                @Override
                public void turnEnded(TurnContext turn, io.xiaobu.dialog.api.TurnResponse response) {
                    for (TurnListener l : all) {
                        try {
                            l.turnEnded(turn, response);
                        } catch (RuntimeException e) {
                            System.err.println("xiaobu: turn listener failed: " + e);
                        }
                    }
                }

                @Override
                public void turnFailed(TurnContext turn, Throwable error) {
                    for (TurnListener l : all) {
                        try {
                            l.turnFailed(turn, error);
                        } catch (RuntimeException e) {
                            System.err.println("xiaobu: turn listener failed: " + e);
                        }
                    }
                }
            };
        }
    }
}
