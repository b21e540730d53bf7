package io.xiaobu.dialog.stage;

import io.xiaobu.dialog.pipeline.FollowingCommand;
import io.xiaobu.dialog.pipeline.LinkedEntity;
import io.xiaobu.dialog.pipeline.Stage;
import io.xiaobu.dialog.pipeline.StageResult;
import io.xiaobu.dialog.pipeline.TurnContext;
import io.xiaobu.nlu.NormalizedText;
import io.xiaobu.nlu.Understanding;
import io.xiaobu.nlu.fusion.FusionResult;
import io.xiaobu.nlu.fusion.UnderstandingFusion;
import io.xiaobu.nlu.grammar.RuleMatch;
import io.xiaobu.nlu.grammar.RuleMatchResult;
import io.xiaobu.nlu.grammar.RuleMatcher;
import io.xiaobu.nlu.grammar.SlotMatch;
import io.xiaobu.skills.sdk.runtime.DialogState;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Understands the normalised text two ways and fuses them: the rule grammar (exact, cheap, for
 * standard phrasings) and the learned recognisers (the multitask model, few-shot matching of
 * skills registered at run time). A full rule match is exact, so the learned recognisers run only
 * when the rules did not fully match — or matched mostly through open slots, where the model may say the
 * words ask no skill at all: standard commands stay cheap. Low confidence and ambiguity
 * are results, not errors.
 */
public final class UnderstandStage implements Stage {

    private final Supplier<RuleMatcher> rules;
    private final List<IntentRecognizer> models;
    private final UnderstandingFusion fusion;
    private final double rejectThreshold;
    /** The declared type of a skill's slot: only a slot typed for graph entities ({@code kg.*}) is vouched for by one. */
    private final SlotTypeLookup slotTypes;
    /** The skills' list words by sound, to match what a speech recogniser misheard (打开篮牙 → 打开蓝牙). */
    private final Supplier<SoundAlikeWords> soundAlikes;

    /** See docs/benchmarks/nlu-model.md ("Reject in the product model") for how this was chosen. */
    public static final double DEFAULT_REJECT_THRESHOLD = 0.5;

    /**
     * @param rules           the current rule matcher (it changes when skills are registered); null for none
     * @param models          learned recognisers; empty when no model is loaded
     * @param rejectThreshold the model's reject probability at or above which the turn is treated as not
     *                        meant for the assistant (the reject head runs in the same backbone pass)
     * @param slotTypes       the declared types of the skills' slots (for the open-slot check)
     * @param soundAlikes     the current list words by sound; null for none
     */
    public UnderstandStage(Supplier<RuleMatcher> rules, List<IntentRecognizer> models, UnderstandingFusion fusion,
                           double rejectThreshold, SlotTypeLookup slotTypes, Supplier<SoundAlikeWords> soundAlikes) {
        this.rules = rules;
        this.models = List.copyOf(models);
        this.fusion = fusion;
        this.rejectThreshold = rejectThreshold;
        this.slotTypes = slotTypes;
        this.soundAlikes = soundAlikes == null ? SoundAlikeWords::none : soundAlikes;
    }

    @Override
    public StageResult process(TurnContext turn) {
        RuleMatcher matcher = rules == null ? null : rules.get();
        if (matcher == null && models.isEmpty()) return StageResult.idle("no rule grammar and no model loaded");
        StringBuilder note = new StringBuilder();
        RuleMatchResult ruled = null;
        if (matcher != null) {
            ruled = readByRules(matcher, turn, note);
        } else {
            note.append("rules: none loaded");
        }
        List<Understanding> learned = new ArrayList<>();
        boolean exact = ruled != null && ruled.status() == RuleMatchResult.Status.MATCHED;
        // a match made mostly of open slots the graph does not vouch for ("{x}是多少"), or whose open slot speaks
        // of the assistant ("{title}是什么时候" over "你生日是什么时候"), is a guess: the model may object
        boolean askModel = !exact || mostlyOpen(ruled, turn) || openSlotAddressesTheAssistant(ruled);
        for (IntentRecognizer r : askModel ? models : List.<IntentRecognizer>of()) {
            List<Understanding> found = r.recognize(turn);
            learned.addAll(found);
            note.append(", ").append(r.name()).append(": ").append(found.size());
        }
        if (models.isEmpty()) note.append(", model: none loaded");
        else if (!askModel) note.append(", model: not needed");
        double reject = turn.rejectProbability();
        // a command the grammar knows exactly is never side talk, nor is a short answer to the assistant's
        // own question ("七点", "对"); anything else the reject head may stop
        if (!exact && reject >= rejectThreshold && DialogState.from(turn.session().attributes(), DialogState.KEY) == null) {
            turn.reject(String.format(Locale.ROOT, "the model's reject head: not meant for the assistant (p=%.2f)", reject), reject);
            return StageResult.decided(note.append(String.format(Locale.ROOT, "; rejected by the model p=%.2f", reject)).toString());
        }
        // beside a full match the model only says whether the words ask a skill at all; its readings do not compete
        FusionResult fused = exact ? fusion.fuse(ruled, List.of(), askModel ? turn.nonTaskProbability() : Double.NaN)
                : fusion.fuse(ruled, learned);
        turn.setHypotheses(fused.ranked());
        note.append("; ").append(fused.status().name().toLowerCase());
        fused.best().ifPresent(u -> note.append(String.format(" %s %.2f", u.intent(), u.confidence())));
        return StageResult.next(note.toString());
    }

    /**
     * The grammar's reading of the turn: the text as written; else as it sounds (打开篮牙 is 打开蓝牙 misheard); and
     * when neither is one request for sure, several commands said in one breath ("关掉WiFi然后打开蓝牙" is not an app
     * called "WiFi然后打开蓝牙"), the first being this turn's request and the others set on the turn to follow it.
     */
    private RuleMatchResult readByRules(RuleMatcher matcher, TurnContext turn, StringBuilder note) {
        RuleMatchResult ruled = matcher.match(turn.text());
        note.append("rules: ").append(ruled.status().name().toLowerCase());
        Optional<NormalizedText> heard = ruled.status() == RuleMatchResult.Status.MATCHED ? Optional.empty()
                : soundAlikes.get().respell(turn.text());
        RuleMatchResult respelled = heard.map(matcher::match).orElse(null);
        if (respelled != null && respelled.status() == RuleMatchResult.Status.MATCHED) {
            ruled = respelled;
            note.append(", matched as it sounds: ").append(heard.get().text());
        }
        ChainedCommands.Reader reader = new ChainedCommands.Reader(matcher, turn.entities(), slotTypes);
        if (ChainedCommands.oneRequest(ruled, reader).isPresent()) return ruled;
        Optional<List<ChainedCommands.Command>> chain = ChainedCommands.split(turn.text(), reader)
                .or(() -> heard.flatMap(h -> ChainedCommands.split(h, reader)));
        if (chain.isEmpty()) return ruled;
        List<FollowingCommand> following = new ArrayList<>();
        for (ChainedCommands.Command c : chain.get().subList(1, chain.get().size())) {
            following.add(new FollowingCommand(c.words().text(), c.match().best().orElseThrow().understanding()));
        }
        turn.setFollowingCommands(following);
        note.append(", ").append(chain.get().size()).append(" commands: ")
                .append(String.join(" | ", chain.get().stream().map(c -> c.words().text()).toList()));
        return chain.get().getFirst().match();
    }

    /** Share of the text at or above which a full match counts as mostly open slots. */
    static final double MOSTLY_OPEN = 0.5;

    /**
     * Whether the best full match read at least {@link #MOSTLY_OPEN} of the text through wildcard slots whose
     * words are not vouched for: a slot typed for graph entities ({@code kg.Song}, {@code kg.Singer} …) is vouched
     * for where the link stage found a specific entity (a song, a person, a place, an app …), so "播放周杰伦的晴天"
     * stays on the cheap path; an untyped slot never is, so "{expression}是多少" over "今天限行尾号是多少" is a guess
     * even though 今天 is also a song.
     */
    private boolean mostlyOpen(RuleMatchResult matched, TurnContext turn) {
        RuleMatch best = matched.best().orElse(null);
        if (best == null) return false;
        int open = 0;
        for (SlotMatch s : best.slots()) {
            if (!"wildcard".equals(s.kind())) continue;
            boolean entityTyped = slotTypes.typeOf(best.understanding().domain(), best.understanding().intent(), s.name())
                    .filter(t -> t.startsWith("kg.")).isPresent();
            for (int o = s.originalStart(); o < s.originalEnd(); o++) if (!entityTyped || !vouchedFor(turn.entities(), o)) open++;
        }
        return open >= MOSTLY_OPEN * Math.max(1, turn.text().original().length());
    }

    /**
     * Whether an open slot of the best full match holds 你 or 您: words about the assistant ("你生日", "你的名字")
     * are rarely a calendar title or a contact, and a question to the assistant is the model's to recognise.
     */
    private static boolean openSlotAddressesTheAssistant(RuleMatchResult matched) {
        return matched.best().stream().flatMap(m -> m.slots().stream())
                .anyMatch(s -> "wildcard".equals(s.kind()) && (s.value().contains("你") || s.value().contains("您")));
    }

    private static boolean vouchedFor(List<LinkedEntity> entities, int originalOffset) {
        for (LinkedEntity e : entities) {
            if (originalOffset >= e.start() && originalOffset < e.end() && e.specific()) return true;
        }
        return false;
    }
}
