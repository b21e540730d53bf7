package io.xiaobu.nlu.model;

import io.xiaobu.nlu.Slot;
import io.xiaobu.nlu.data.NluExample;

import java.util.ArrayList;
import java.util.List;

/**
 * The previous user turn as model input: the last {@code n} characters of the previous turn, a
 * separator, then the utterance ({@code 导航去深圳␞取消}). Slots are labelled and predicted on the
 * utterance part only; offsets move by the prefix length on the way in and back on the way out.
 */
public final class ContextInput {

    /** Between the previous turn and the utterance (a character that does not occur in user text). */
    public static final char SEPARATOR = '\u241E';

    private ContextInput() {
    }

    /** The model's input text: up to {@code n} trailing chars of {@code previous}, the separator, {@code text}. */
    public static String combine(String previous, String text, int n) {
        String p = previous == null ? "" : previous;
        if (p.length() > n) p = p.substring(p.length() - n);
        return p + SEPARATOR + (text == null ? "" : text);
    }

    /** Where the utterance starts inside {@link #combine}'s result. */
    public static int offset(String previous, int n) {
        return Math.min(n, previous == null ? 0 : previous.length()) + 1;
    }

    /** The example as the model reads it: combined text, slots shifted onto the utterance part. */
    public static NluExample withContext(NluExample e, int n) {
        int off = offset(e.previousText(), n);
        List<Slot> slots = new ArrayList<>();
        for (Slot s : e.slots()) slots.add(new Slot(s.name(), s.value(), s.normalized(), s.start() + off, s.end() + off, s.entityId()));
        return new NluExample(e.id(), e.group(), combine(e.previousText(), e.text(), n), e.domain(), e.intent(), slots,
                e.previousText(), e.reject(), e.chat(), e.asr());
    }

    /** Slots predicted on a combined text, as spans of the utterance; slots in the prefix are dropped. */
    public static List<Slot> onUtterance(List<Slot> slots, int offset) {
        List<Slot> out = new ArrayList<>();
        for (Slot s : slots) {
            if (s.start() >= offset) out.add(new Slot(s.name(), s.value(), s.normalized(), s.start() - offset, s.end() - offset, s.entityId()));
        }
        return out;
    }
}
