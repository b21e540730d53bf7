package io.xiaobu.dialog.skills;

import io.xiaobu.nlu.grammar.Grammar;
import io.xiaobu.nlu.grammar.ArithmeticRecognizer;
import io.xiaobu.nlu.grammar.PhoneNumberRecognizer;
import io.xiaobu.dialog.stage.SoundAlikeWords;
import io.xiaobu.nlu.grammar.ListValue;
import io.xiaobu.nlu.grammar.RuleMatcher;
import io.xiaobu.nlu.grammar.SlotSpec;
import io.xiaobu.nlu.grammar.RuleMatcherConfig;
import io.xiaobu.nlu.grammar.SlotRecognizer;
import io.xiaobu.nlu.grammar.SlotRecognizers;
import io.xiaobu.nlu.grammar.RuleConfidencePolicy;
import io.xiaobu.skills.sdk.Skill;
import io.xiaobu.skills.sdk.model.IntentModel;
import io.xiaobu.skills.sdk.runtime.SkillRuntime;
import io.xiaobu.time.TimeNormalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The installed skills: the runtime that executes them and the rule matcher compiled from their
 * interaction models. Registering or removing a skill recompiles the matcher, so its rules take
 * effect on the next turn; turns in flight keep the matcher they started with.
 */
public final class SkillCatalog implements Supplier<RuleMatcher> {

    private final SkillRuntime runtime;
    private final SlotRecognizers recognizers;
    private final List<Grammar> baseGrammars;
    private final Map<String, String> intentTitles = new ConcurrentHashMap<>();
    private volatile RuleMatcher matcher;
    private volatile SoundAlikeWords soundAlikes = SoundAlikeWords.none();

    /** @param baseGrammars grammars that are not skills' (kept first, e.g. none) */
    public SkillCatalog(SkillRuntime runtime, TimeNormalizer time, List<Grammar> baseGrammars) {
        this.runtime = runtime;
        SlotRecognizers r = SlotRecognizers.defaults();
        for (String id : SkillGrammars.RECOGNIZED) {
            r = r.with(new TimeSlotRecognizer(id, time, examples(id)));
        }
        this.recognizers = r.with(new PhoneNumberRecognizer()).with(new ArithmeticRecognizer());
        this.baseGrammars = List.copyOf(baseGrammars);
        recompile();
    }

    @Override
    public RuleMatcher get() {
        return matcher;
    }

    public SkillRuntime runtime() {
        return runtime;
    }

    /** The slot recognisers the grammar uses (time and number types through the time library). */
    public SlotRecognizers recognizers() {
        return recognizers;
    }

    /** Adds or replaces a skill; its rules are live when this returns. */
    public synchronized void register(Skill skill) {
        List<Grammar> grammars = withSkill(skill);
        RuleMatcher compiled = compile(grammars);
        runtime.register(skill);
        matcher = compiled;
        soundAlikes = soundAlikes(grammars);
        titles(skill);
    }

    /** The words of the grammars' value lists by their sound, to read what a speech recogniser misheard. */
    public SoundAlikeWords soundAlikes() {
        return soundAlikes;
    }

    public synchronized boolean unregister(String skillId) {
        boolean removed = runtime.unregister(skillId);
        if (removed) recompile();
        return removed;
    }

    public Optional<Skill> skill(String id) {
        return runtime.skill(id);
    }

    /** The declared type of a slot, e.g. {@code kg.Song} for music.play's {@code song}. */
    public Optional<String> slotType(String skill, String intent, String slot) {
        return runtime.skill(skill).flatMap(s -> s.model().intent(intent)).flatMap(i -> i.slot(slot)).map(s -> s.type());
    }

    /** A Chinese title for an intent, for clarifying questions: its own title, else the skill's description, else the intent id. */
    public String title(String intent) {
        return intent == null ? "" : intentTitles.getOrDefault(intent, intent);
    }

    private synchronized void recompile() {
        List<Grammar> grammars = all();
        matcher = compile(grammars);
        soundAlikes = soundAlikes(grammars);
        runtime.skills().forEach(this::titles);
    }

    private List<Grammar> all() {
        List<Grammar> out = new ArrayList<>(baseGrammars);
        for (Skill s : runtime.skills()) out.addAll(SkillGrammars.of(s.model()));
        return out;
    }

    private List<Grammar> withSkill(Skill skill) {
        List<Grammar> out = new ArrayList<>(baseGrammars);
        for (Skill s : runtime.skills()) if (!s.id().equals(skill.id())) out.addAll(SkillGrammars.of(s.model()));
        out.addAll(SkillGrammars.of(skill.model()));
        return out;
    }

    private RuleMatcher compile(List<Grammar> grammars) {
        return RuleMatcher.compile(grammars, recognizers, RuleMatcherConfig.defaults(), RuleConfidencePolicy.defaults());
    }

    private static SoundAlikeWords soundAlikes(List<Grammar> grammars) {
        List<String> words = new ArrayList<>();
        for (Grammar g : grammars) {
            for (SlotSpec spec : g.slots().values()) {
                if (!(spec instanceof SlotSpec.ListSlot list)) continue;
                for (ListValue v : list.values()) {
                    words.add(v.text());
                    words.addAll(v.synonyms());
                }
            }
        }
        return SoundAlikeWords.of(words);
    }

    private void titles(Skill skill) {
        String description = skill.model().description();
        String title = description == null ? skill.id() : description.split("[：:，,]")[0];
        for (IntentModel i : skill.model().intents()) intentTitles.put(i.name(), i.title() != null ? i.title() : title);
    }

    private static List<SlotRecognizer.Example> examples(String type) {
        return switch (type) {
            case "sys.time" -> List.of(new SlotRecognizer.Example("七点", "07:00"), new SlotRecognizer.Example("下午三点半", "15:30"));
            case "sys.date" -> List.of(new SlotRecognizer.Example("明天", "2026-11-22"), new SlotRecognizer.Example("下周三", "2026-11-25"));
            case "sys.datetime" -> List.of(new SlotRecognizer.Example("明天早上七点", "2026-11-22T07:00:00"));
            case "sys.duration" -> List.of(new SlotRecognizer.Example("二十五分钟", "PT25M"), new SlotRecognizer.Example("半小时", "PT30M"));
            case "sys.temperature" -> List.of(new SlotRecognizer.Example("二十六度", "26"));
            case "sys.percentage" -> List.of(new SlotRecognizer.Example("百分之五十", "50"));
            default -> List.of(new SlotRecognizer.Example("三", "3"), new SlotRecognizer.Example("十二", "12"));
        };
    }
}
