package io.xiaobu.dialog.model;

import java.util.Optional;

/**
 * The product model's labels: intent {@code skill/intent} (e.g. {@code media/music.play}), domain = skill
 * id, plus two labels that name no skill: {@code chat} (chit-chat) and {@code qa} (an open question for
 * the graph / retrieval).
 */
public final class ProductLabels {

    public static final String CHAT = "chat";
    public static final String QA = "qa";

    private ProductLabels() {
    }

    public static String intent(String skill, String intent) {
        return CHAT.equals(skill) || QA.equals(skill) ? skill : skill + "/" + intent;
    }

    /** The skill and intent a product label names; empty for chat, qa and labels of other models. */
    public static Optional<ModelRecognizer.Target> target(String label) {
        int slash = label == null ? -1 : label.indexOf('/');
        if (slash <= 0 || slash == label.length() - 1) return Optional.empty();
        return Optional.of(new ModelRecognizer.Target(label.substring(0, slash), label.substring(slash + 1)));
    }

    /** Whether a model's intent labels are product labels (all {@code skill/intent}, chat or qa). */
    public static boolean isProduct(java.util.List<String> intents) {
        return !intents.isEmpty() && intents.stream().allMatch(i -> CHAT.equals(i) || QA.equals(i) || target(i).isPresent());
    }
}
