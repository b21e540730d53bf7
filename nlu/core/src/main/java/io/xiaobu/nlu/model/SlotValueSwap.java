package io.xiaobu.nlu.model;

import io.xiaobu.nlu.Slot;
import io.xiaobu.nlu.data.NluExample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Training-time augmentation: an utterance with its slot values replaced by other values that the same
 * slot of the same intent takes elsewhere in the training data ("播放周杰伦的稻香" → "播放林俊杰的江南").
 * The carrier phrase and the labels stay; spans are recomputed. The tagger then learns slot boundaries
 * from the context rather than memorising the few values each slot was seen with.
 */
final class SlotValueSwap {

    private final Map<String, List<String>> valuesByKey;

    private SlotValueSwap(Map<String, List<String>> valuesByKey) {
        this.valuesByKey = valuesByKey;
    }

    /** Collects, per intent and slot name, the distinct values the training set holds. */
    static SlotValueSwap of(List<NluExample> train) {
        Map<String, LinkedHashSet<String>> values = new HashMap<>();
        for (NluExample e : train) {
            for (Slot s : e.slots()) {
                if (!s.value().isEmpty()) values.computeIfAbsent(key(e, s.name()), k -> new LinkedHashSet<>()).add(s.value());
            }
        }
        Map<String, List<String>> out = new HashMap<>();
        values.forEach((k, v) -> {
            if (v.size() > 1) out.put(k, List.copyOf(v));
        });
        return new SlotValueSwap(out);
    }

    private static String key(NluExample e, String slot) {
        return e.intent() + '\u0000' + slot;
    }

    /**
     * The example with every slot whose intent/slot pair has other values replaced by a random one; the
     * example itself when none can be replaced or when spans overlap.
     */
    NluExample swap(NluExample e, Random rnd) {
        if (e.slots().isEmpty()) return e;
        List<Slot> slots = new ArrayList<>(e.slots());
        slots.sort(Comparator.comparingInt(Slot::start));
        for (int k = 1; k < slots.size(); k++) if (slots.get(k).start() < slots.get(k - 1).end()) return e;
        if (slots.get(slots.size() - 1).end() > e.text().length()) return e;
        StringBuilder text = new StringBuilder();
        List<Slot> moved = new ArrayList<>(slots.size());
        int from = 0;
        boolean changed = false;
        for (Slot s : slots) {
            text.append(e.text(), from, s.start());
            List<String> pool = valuesByKey.get(key(e, s.name()));
            String value = pool == null ? s.value() : pool.get(rnd.nextInt(pool.size()));
            changed |= !value.equals(s.value());
            int start = text.length();
            text.append(value);
            moved.add(new Slot(s.name(), value, value, start, text.length(), null));
            from = s.end();
        }
        if (!changed) return e;
        text.append(e.text(), from, e.text().length());
        return new NluExample(e.id(), e.group(), text.toString(), e.domain(), e.intent(), moved, e.previousText(),
                e.reject(), e.chat(), e.asr());
    }
}
