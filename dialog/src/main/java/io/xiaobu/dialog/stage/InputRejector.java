package io.xiaobu.dialog.stage;

import io.xiaobu.dialog.api.TurnRequest;
import io.xiaobu.dialog.session.SessionState;

import java.util.Optional;
import java.util.Set;

/**
 * Decides from the ASR text and the recogniser's signals whether an input was meant for the
 * assistant at all. These are the rules that hold without a model: no words, only fillers, a
 * recogniser that is unsure of itself, and the assistant hearing its own previous reply (TTS echo).
 * The learned reject head adds to them when a model is loaded.
 */
public final class InputRejector {

    /** @param minAsrConfidence below this the recogniser's text is not trusted; @param minEchoChars shortest echo considered */
    public record Settings(double minAsrConfidence, int minEchoChars) {
        public static Settings defaults() {
            return new Settings(0.30, 6);
        }

        /**
         * Beside a model with a reject head, which weighs the recogniser's confidence together with the
         * text: only a near-certain misrecognition is stopped by rule (docs/benchmarks/nlu-model.md,
         * "Reject in the product model").
         */
        public static Settings besideRejectHead() {
            return new Settings(0.10, 6);
        }
    }

    /** Why an input is rejected, with how sure the rule is. */
    public record Rejection(String reason, double confidence) {
    }

    private static final Set<Integer> FILLERS = "嗯啊呃哦额唔噢喔哎诶欸呀哈嘿".codePoints().boxed()
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final Settings settings;

    public InputRejector(Settings settings) {
        this.settings = settings;
    }

    public Optional<Rejection> check(TurnRequest.Asr asr, SessionState session) {
        String words = wordsOnly(asr.text());
        if (words.isEmpty()) {
            return Optional.of(new Rejection("no words in the recognised text", 0.99));
        }
        if (words.codePoints().allMatch(FILLERS::contains)) {
            return Optional.of(new Rejection("only filler sounds", 0.95));
        }
        if (asr.confidence() != null && asr.confidence() < settings.minAsrConfidence()) {
            return Optional.of(new Rejection(String.format("recogniser confidence %.2f below %.2f",
                    asr.confidence(), settings.minAsrConfidence()), 1 - asr.confidence()));
        }
        SessionState.PastTurn last = session.lastTurn();
        if (last != null && last.replyText() != null && words.codePointCount(0, words.length()) >= settings.minEchoChars()
                && wordsOnly(last.replyText()).contains(words)) {
            return Optional.of(new Rejection("echo of the assistant's previous reply", 0.90));
        }
        return Optional.empty();
    }

    /** Letters and digits only: punctuation, spaces, symbols and emoji are not words. */
    static String wordsOnly(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
