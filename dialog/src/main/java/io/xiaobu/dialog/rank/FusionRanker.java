package io.xiaobu.dialog.rank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Picks the answer to a turn from candidates of every source, with the priors of the reference
 * system. Candidates are sorted on the tuple (priority class, score); the priority classes are:
 *
 * <ol start="0">
 *   <li>A safety deflection: an unsafe or abusive query gets a calm answer whatever else was proposed.</li>
 *   <li>A task understanding that covers the query (score ≥ {@code taskCover}), an answer to the
 *       question a skill just asked (same floor), and high-precision greetings (score ≥
 *       {@code greeting}): task understanding is more precise than chat, a dialogue in progress
 *       continues unless a clearer new command comes, and greetings compete with tasks on confidence.</li>
 *   <li>Answers from the knowledge graph or from the user's memory: exact facts.</li>
 *   <li>Weaker task understandings (score ≥ {@code taskMin}) and retrieved chat replies above the
 *       retrieval abstain threshold, compared on score.</li>
 *   <li>Generated chat replies: chat is the fallback.</li>
 * </ol>
 *
 * Anything below its class's floor is dropped. When the two best task candidates of the top class
 * are different intents within {@code ambiguityGap} of each other, the decision is "clarify": the
 * assistant asks which one was meant rather than guessing. When nothing passes but two task
 * intents stand above {@code clarifyFloor} (tied rule templates the graph could not settle), the
 * decision is also to ask between the best two — also when only a generated reply passed, since a
 * generated reply is the fallback, not an understanding.
 */
public final class FusionRanker {

    /**
     * Thresholds of the ranking policy, all in [0, 1]. Task scores are calibrated probabilities (the product
     * model's are temperature-scaled, {@code IntentCalibration}); {@code taskCover}, {@code taskMin},
     * {@code clarifyFloor} and {@code ambiguityGap} are the values that split the model's held-out utterances as
     * 0.80 / 0.50 / 0.35 / 0.05 did on its uncalibrated probabilities ({@code train product-calibration} prints
     * the correspondence).
     */
    public record Settings(double taskCover, double taskMin, double greeting, double retrievalMin,
                           double generationMin, double ambiguityGap, double clarifyFloor) {
        public static Settings defaults() {
            return new Settings(0.65, 0.40, 0.85, 0.55, 0.40, 0.03, 0.22);
        }
    }

    /** A candidate with the class the policy put it in. */
    public record Ranked(Candidate candidate, int priority) {
    }

    /** The ranking: ordered candidates, the winner (may be null), whether to clarify, and why. */
    public record Decision(List<Ranked> ranked, Ranked winner, Ranked runnerUp, boolean clarify, String reason) {
    }

    private static final int DROPPED = Integer.MAX_VALUE;
    private static final int FALLBACK = 4;

    private final Settings settings;

    public FusionRanker(Settings settings) {
        this.settings = settings;
    }

    public Decision rank(List<Candidate> candidates) {
        return rank(candidates, true);
    }

    /**
     * @param askBelowFloor whether two task readings below every floor are worth a clarifying question; not for a
     *                      question of fact ("流浪地球的导演是谁"), whose weak readings are guesses, not choices
     */
    public Decision rank(List<Candidate> candidates, boolean askBelowFloor) {
        List<Ranked> ranked = new ArrayList<>();
        for (Candidate c : candidates) {
            int p = priority(c);
            if (p != DROPPED) ranked.add(new Ranked(c, p));
        }
        ranked.sort(Comparator.comparingInt(Ranked::priority)
                .thenComparing(r -> r.candidate().score(), Comparator.reverseOrder())
                .thenComparing(r -> r.candidate().source()));
        if (ranked.isEmpty()) {
            return askBelowFloor ? tiedBelowFloor(candidates) : new Decision(List.of(), null, null, false, "no candidate passed its threshold");
        }
        Ranked winner = ranked.get(0);
        if (winner.priority() == FALLBACK && askBelowFloor) {
            // a generated reply is only the fallback: two plausible task readings are worth a question first
            Decision ask = tiedBelowFloor(candidates);
            if (ask.clarify()) return ask;
        }
        Ranked runnerUp = ranked.size() > 1 ? ranked.get(1) : null;
        if (isAmbiguous(winner, runnerUp)) {
            return new Decision(ranked, winner, runnerUp, true, String.format(
                    "ambiguous: %s (%.2f) and %s (%.2f) are within %.2f", winner.candidate().intent(),
                    winner.candidate().score(), runnerUp.candidate().intent(), runnerUp.candidate().score(),
                    settings.ambiguityGap()));
        }
        return new Decision(ranked, winner, runnerUp, false, String.format("%s wins in class %d with %.2f%s",
                label(winner.candidate()), winner.priority(), winner.candidate().score(),
                runnerUp == null ? "" : String.format(" over %s (class %d, %.2f)", label(runnerUp.candidate()),
                        runnerUp.priority(), runnerUp.candidate().score())));
    }

    /** Two different task intents that nothing else could separate: ask which one was meant. */
    private Decision tiedBelowFloor(List<Candidate> candidates) {
        List<Candidate> tasks = candidates.stream()
                .filter(c -> c.source() == Candidate.Source.TASK && c.score() >= settings.clarifyFloor())
                .sorted(Comparator.comparingDouble(Candidate::score).reversed()).toList();
        Candidate first = tasks.isEmpty() ? null : tasks.get(0);
        Candidate second = first == null ? null
                : tasks.stream().filter(c -> !c.intent().equals(first.intent())).findFirst().orElse(null);
        if (second == null) return new Decision(List.of(), null, null, false, "no candidate passed its threshold");
        Ranked a = new Ranked(first, 3), b = new Ranked(second, 3);
        return new Decision(List.of(a, b), a, b, true, String.format(
                "nothing passed; %s (%.2f) and %s (%.2f) are the best readings, so ask", first.intent(), first.score(),
                second.intent(), second.score()));
    }

    private boolean isAmbiguous(Ranked winner, Ranked runnerUp) {
        return runnerUp != null
                && winner.candidate().source() == Candidate.Source.TASK
                && runnerUp.candidate().source() == Candidate.Source.TASK
                && winner.priority() == runnerUp.priority()
                && !winner.candidate().intent().equals(runnerUp.candidate().intent())
                && winner.candidate().score() - runnerUp.candidate().score() < settings.ambiguityGap();
    }

    private int priority(Candidate c) {
        double s = c.score();
        return switch (c.source()) {
            case SAFETY -> 0;
            case TASK -> s >= settings.taskCover() ? 1 : s >= settings.taskMin() ? 3 : DROPPED;
            case DIALOG -> s >= settings.taskCover() ? 1 : DROPPED;
            case GREETING -> s >= settings.greeting() ? 1 : s >= settings.retrievalMin() ? 3 : DROPPED;
            case KBQA, MEMORY -> 2;
            case CHAT_RETRIEVAL -> s >= settings.retrievalMin() ? 3 : DROPPED;
            case CHAT_GENERATION -> s >= settings.generationMin() ? FALLBACK : DROPPED;
        };
    }

    private static String label(Candidate c) {
        return c.needsSkill() ? c.source().name().toLowerCase() + " " + c.intent() : c.source().name().toLowerCase();
    }
}
