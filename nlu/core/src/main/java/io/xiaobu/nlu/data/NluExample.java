package io.xiaobu.nlu.data;

import io.xiaobu.nlu.Slot;
import io.xiaobu.nlu.model.AsrSignals;

import java.util.List;

/**
 * One labelled utterance from a dataset.
 *
 * @param id           position or id inside the source file (for error messages and splits)
 * @param group        the session / dialogue the utterance belongs to (used for group-wise hold-out), or its id
 * @param text         the text the model sees (for CATSLU: the ASR 1-best)
 * @param domain       gold domain, or {@code null} when the dataset has none
 * @param intent       gold intent, or {@code null} when the dataset has none
 * @param slots        gold slots with spans in {@code text}
 * @param previousText the previous user turn of the same session, or {@code ""}
 * @param reject       gold "not device-directed" label, or {@code null} when the dataset has none
 * @param chat         gold "chit-chat rather than a task" label, or {@code null} when unknown
 * @param asr          recogniser signals for this utterance ({@link AsrSignals#NONE} when absent)
 */
public record NluExample(String id, String group, String text, String domain, String intent, List<Slot> slots,
                         String previousText, Boolean reject, Boolean chat, AsrSignals asr) {

    public NluExample {
        slots = List.copyOf(slots);
        previousText = previousText == null ? "" : previousText;
        asr = asr == null ? AsrSignals.NONE : asr;
    }
}
