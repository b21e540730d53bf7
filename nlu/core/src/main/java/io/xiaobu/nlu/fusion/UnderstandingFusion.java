package io.xiaobu.nlu.fusion;

import io.xiaobu.nlu.Understanding;
import io.xiaobu.nlu.grammar.PartialMatch;
import io.xiaobu.nlu.grammar.RuleMatch;
import io.xiaobu.nlu.grammar.RuleMatchResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fuses the rule matcher's result with the model's hypotheses (source {@code model}, one per intent,
 * confidence = the model's calibrated probability). The policy, in order:
 * <ol>
 *   <li><b>A full rule match wins.</b> Its hypothesis (with the rule's exact slots) goes first with at least
 *       {@link FusionPolicy#ruleFloor()} confidence — unless the model was asked too (the match is made mostly of
 *       open slots, "{x}是多少") and puts more than {@link FusionPolicy#noTaskVeto()} of its probability on no
 *       skill at all: then the match's confidence is at most the model's probability of some task.</li>
 *   <li><b>Agreement boosts.</b> When the model also proposes the rule's intent with probability p, the
 *       confidences combine as a noisy-or, {@code 1 − (1 − rule)(1 − p)}, capped at
 *       {@link FusionPolicy#maxConfidence()}; source becomes {@code fusion}.</li>
 *   <li><b>Rule ambiguity is settled by the model</b> when the model prefers one of the tied intents by at
 *       least {@link FusionPolicy#ambiguityGap()}; otherwise the tied intents stay tied (AMBIGUOUS).</li>
 *   <li><b>Without a full rule match the model decides</b>; a rule partial match of the same intent (an
 *       unknown app after "打开", a cut-off command) boosts it by the same noisy-or with the partial's
 *       confidence, and lends its slots when the model found none.</li>
 *   <li><b>Uncertainty is reported</b>: best below {@link FusionPolicy#lowConfidenceThreshold()} → LOW_CONFIDENCE;
 *       best and runner-up of another intent closer than {@link FusionPolicy#ambiguityGap()} → AMBIGUOUS
 *       (not applied against a winning full rule match); nothing at all → NONE.</li>
 * </ol>
 * Pure and stateless; never throws on {@code null} or empty inputs.
 */
public final class UnderstandingFusion {

    private final FusionPolicy policy;

    public UnderstandingFusion(FusionPolicy policy) {
        this.policy = policy;
    }

    public UnderstandingFusion() {
        this(FusionPolicy.defaults());
    }

    public FusionResult fuse(RuleMatchResult rules, List<Understanding> model) {
        return fuse(rules, model, Double.NaN);
    }

    /**
     * @param nonTaskProbability the model's probability that the utterance asks no skill (chit-chat, open question);
     *                           NaN when the model was not asked
     */
    public FusionResult fuse(RuleMatchResult rules, List<Understanding> model, double nonTaskProbability) {
        Map<String, Understanding> byIntent = modelByIntent(model);
        if (rules != null && rules.status() == RuleMatchResult.Status.MATCHED) {
            return ruleWins(rules.best().orElseThrow(), byIntent, nonTaskProbability);
        }
        if (rules != null && rules.status() == RuleMatchResult.Status.AMBIGUOUS) {
            return settleAmbiguity(rules.tied(), byIntent);
        }
        if (rules != null) applyPartials(rules.partials(), byIntent);
        List<Understanding> ranked = new ArrayList<>(byIntent.values());
        ranked.sort(Comparator.comparingDouble(Understanding::confidence).reversed());
        return classify(top(ranked), false, "model");
    }

    private FusionResult ruleWins(RuleMatch match, Map<String, Understanding> model, double nonTask) {
        Understanding rule = match.understanding();
        Understanding agreeing = model.remove(key(rule));
        double confidence = Math.max(rule.confidence(), policy.ruleFloor());
        String why = rule.explanation();
        String source = rule.source();
        if (agreeing != null) {
            confidence = noisyOr(confidence, agreeing.confidence());
            why += "; model agrees (" + round(agreeing.confidence()) + ")";
            source = "fusion";
        }
        boolean vetoed = nonTask > policy.noTaskVeto();
        if (vetoed) {
            confidence = Math.min(confidence, 1 - nonTask);
            why += "; but the model says this asks no skill (p=" + round(nonTask) + ")";
            source = "fusion";
        }
        List<Understanding> rest = new ArrayList<>(model.values());
        Understanding fused = new Understanding(rule.domain(), rule.intent(), rule.slots(), Math.min(confidence, policy.maxConfidence()), source, why);
        if (vetoed) rest.add(fused); // doubted, it stands where its confidence puts it
        rest.sort(Comparator.comparingDouble(Understanding::confidence).reversed());
        List<Understanding> ranked = new ArrayList<>();
        if (!vetoed) ranked.add(fused);
        ranked.addAll(rest);
        return classify(top(ranked), true, vetoed ? "full rule match the model doubts" : "full rule match");
    }

    /** The model picks among tied rule intents when it prefers one clearly; otherwise the tie is the result. */
    private FusionResult settleAmbiguity(List<RuleMatch> tied, Map<String, Understanding> model) {
        Map<String, Understanding> rules = new LinkedHashMap<>();
        for (RuleMatch m : tied) rules.putIfAbsent(key(m.understanding()), m.understanding());
        List<Understanding> byModel = new ArrayList<>(rules.values());
        byModel.sort(Comparator.comparingDouble((Understanding u) -> probability(model, u)).reversed());
        double first = probability(model, byModel.getFirst());
        double second = byModel.size() > 1 ? probability(model, byModel.get(1)) : 0;
        if (first - second < policy.ambiguityGap()) {
            return new FusionResult(FusionResult.Status.AMBIGUOUS, top(byModel), "rule templates of "
                    + byModel.stream().map(Understanding::intent).toList() + " match equally and the model does not prefer one ("
                    + round(first) + " vs " + round(second) + ")");
        }
        Understanding rule = byModel.getFirst();
        List<Understanding> ranked = new ArrayList<>();
        ranked.add(new Understanding(rule.domain(), rule.intent(), rule.slots(),
                Math.min(policy.maxConfidence(), noisyOr(rule.confidence(), first)), "fusion",
                rule.explanation() + "; model settles the tie (" + round(first) + " vs " + round(second) + ")"));
        model.remove(key(rule));
        List<Understanding> rest = new ArrayList<>(model.values());
        rest.sort(Comparator.comparingDouble(Understanding::confidence).reversed());
        ranked.addAll(rest);
        return classify(top(ranked), true, "rule tie settled by the model");
    }

    private static double probability(Map<String, Understanding> model, Understanding u) {
        Understanding m = model.get(key(u));
        return m == null ? 0 : m.confidence();
    }

    /**
     * The source of the model's reading raised by a partial template of the same intent: not "fusion", which a full
     * rule match has (a turn the rules matched in full keeps chat out; one they matched in part does not).
     */
    public static final String MODEL_WITH_PARTIAL = "model+partial";

    private void applyPartials(List<PartialMatch> partials, Map<String, Understanding> model) {
        for (PartialMatch p : partials) {
            Understanding rule = p.understanding();
            Understanding mu = model.get(key(rule));
            if (mu == null || mu.source().equals(MODEL_WITH_PARTIAL)) continue;
            double c = Math.min(policy.maxConfidence(), noisyOr(mu.confidence(), rule.confidence()));
            model.put(key(rule), new Understanding(mu.domain(), mu.intent(), mu.slots().isEmpty() ? rule.slots() : mu.slots(), c, MODEL_WITH_PARTIAL,
                    mu.explanation() + "; rule " + p.kind().name().toLowerCase() + " agrees: " + p.template().describe()));
        }
    }

    private FusionResult classify(List<Understanding> ranked, boolean ruleWon, String what) {
        if (ranked.isEmpty()) return new FusionResult(FusionResult.Status.NONE, ranked, "no rule matched and the model offered nothing");
        double best = ranked.getFirst().confidence();
        if (best < policy.lowConfidenceThreshold()) {
            return new FusionResult(FusionResult.Status.LOW_CONFIDENCE, ranked,
                    what + ": best " + ranked.getFirst().intent() + " at " + round(best) + " < " + policy.lowConfidenceThreshold());
        }
        if (!ruleWon && ranked.size() > 1 && best - ranked.get(1).confidence() < policy.ambiguityGap()) {
            return new FusionResult(FusionResult.Status.AMBIGUOUS, ranked, what + ": " + ranked.getFirst().intent() + " "
                    + round(best) + " vs " + ranked.get(1).intent() + " " + round(ranked.get(1).confidence()) + ", gap < " + policy.ambiguityGap());
        }
        return new FusionResult(FusionResult.Status.CONFIDENT, ranked, what + ": " + ranked.getFirst().intent() + " at " + round(best));
    }

    private Map<String, Understanding> modelByIntent(List<Understanding> model) {
        Map<String, Understanding> out = new LinkedHashMap<>();
        if (model == null) return out;
        for (Understanding u : model) {
            if (u == null || u.intent() == null) continue;
            out.merge(key(u), u, (a, b) -> a.confidence() >= b.confidence() ? a : b);
        }
        return out;
    }

    private List<Understanding> top(List<Understanding> ranked) {
        return ranked.size() > policy.topK() ? List.copyOf(ranked.subList(0, policy.topK())) : ranked;
    }

    private static String key(Understanding u) {
        return u.domain() + "/" + u.intent();
    }

    static double noisyOr(double a, double b) {
        return 1 - (1 - a) * (1 - b);
    }

    private static String round(double d) {
        return String.format(java.util.Locale.ROOT, "%.2f", d);
    }
}
