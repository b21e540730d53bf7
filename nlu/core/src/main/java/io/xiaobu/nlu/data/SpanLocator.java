package io.xiaobu.nlu.data;

import io.xiaobu.nlu.Slot;

import java.util.ArrayList;
import java.util.List;

/** Places slot values given without offsets (name → value) on the first free occurrence in the text. */
final class SpanLocator {

    private final String text;
    private final boolean[] used;
    private final List<Slot> slots = new ArrayList<>();

    SpanLocator(String text) {
        this.text = text;
        this.used = new boolean[text.length()];
    }

    /** Adds the slot if its value occurs in a free part of the text; returns whether it was placed. */
    boolean place(String name, String value) {
        if (value == null || value.isEmpty()) return false;
        int from = 0;
        while (true) {
            int at = text.indexOf(value, from);
            if (at < 0) return false;
            if (free(at, at + value.length())) {
                for (int i = at; i < at + value.length(); i++) used[i] = true;
                slots.add(new Slot(name, value, null, at, at + value.length(), null));
                return true;
            }
            from = at + 1;
        }
    }

    private boolean free(int s, int e) {
        for (int i = s; i < e; i++) if (used[i]) return false;
        return true;
    }

    List<Slot> slots() {
        List<Slot> sorted = new ArrayList<>(slots);
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return sorted;
    }
}
