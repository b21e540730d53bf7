package io.xiaobu.nlu.model;

import io.xiaobu.nlu.data.NluExample;

import java.util.ArrayList;
import java.util.List;

/**
 * The dialog state as model input: the domain of the last turn of the session that was understood as a
 * task ({@link #NONE} before the first). A bare name means "call them" while the assistant is on a phone
 * task and a destination while it navigates; the previous turn's characters rarely say which, the state
 * does. The state enters as the context of {@link ContextInput} ({@code phone_call␞曹杨}); turns of the
 * non-task domain (NLPCC's {@code OTHERS}) leave it as it was, as small talk does not end a task.
 *
 * <p>Training reads the state off the gold labels of the earlier turns; evaluation uses what the model
 * itself understood of them ({@code ModelPredictions}), as a service would, so its own mistakes carry
 * over. The service does not feed a state yet (its product model is trained without one).
 */
public final class DialogState {

    /** The state before any task turn. */
    public static final String NONE = "none";
    /** Context characters reserved for the state (the longest domain name that is read in full). */
    public static final int CHARS = 12;

    private DialogState() {
    }

    /** The state after a turn understood as {@code domain}. */
    public static String after(String state, String domain, String nonTaskDomain) {
        return domain == null || domain.isEmpty() || domain.equals(nonTaskDomain) ? state : domain;
    }

    /**
     * The examples with the state their earlier turns' gold domains give as context, in file order
     * (examples of one session follow each other, as every reader returns them).
     */
    public static List<NluExample> fromGold(List<NluExample> examples, String nonTaskDomain) {
        List<NluExample> out = new ArrayList<>(examples.size());
        String group = null;
        String state = NONE;
        for (NluExample e : examples) {
            if (e.group() == null || !e.group().equals(group)) { // an example without a session stands alone
                group = e.group();
                state = NONE;
            }
            out.add(ContextInput.withContext(withState(e, state), CHARS));
            state = after(state, e.domain(), nonTaskDomain);
        }
        return out;
    }

    /** The example with {@code state} in place of its previous turn. */
    public static NluExample withState(NluExample e, String state) {
        return new NluExample(e.id(), e.group(), e.text(), e.domain(), e.intent(), e.slots(), state, e.reject(), e.chat(), e.asr());
    }
}
