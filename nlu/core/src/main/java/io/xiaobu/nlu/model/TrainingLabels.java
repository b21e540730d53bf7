package io.xiaobu.nlu.model;

import io.xiaobu.nlu.data.NluExample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/** Label sets of a training set and which heads it can train (a binary head needs both classes). */
record TrainingLabels(List<String> domains, List<String> intents, List<String> slotTags, List<String> heads,
                      Map<String, List<String>> slotsByIntent) {

    static TrainingLabels of(List<NluExample> train) {
        TreeSet<String> d = new TreeSet<>(), i = new TreeSet<>(), s = new TreeSet<>();
        Map<String, TreeSet<String>> byIntent = new TreeMap<>();
        TreeSet<Boolean> chat = new TreeSet<>(), reject = new TreeSet<>();
        for (NluExample e : train) {
            if (e.domain() != null) d.add(e.domain());
            if (e.intent() != null) i.add(e.intent());
            e.slots().forEach(x -> s.add(x.name()));
            if (e.intent() != null) {
                TreeSet<String> names = byIntent.computeIfAbsent(e.intent(), k -> new TreeSet<>());
                e.slots().forEach(x -> names.add(x.name()));
            }
            if (e.chat() != null) chat.add(e.chat());
            if (e.reject() != null) reject.add(e.reject());
        }
        List<String> tags = new ArrayList<>(List.of("O"));
        for (String n : s) {
            tags.add("B-" + n);
            tags.add("I-" + n);
        }
        List<String> heads = new ArrayList<>();
        if (!d.isEmpty()) heads.add("domain");
        if (!i.isEmpty()) heads.add("intent");
        if (!s.isEmpty()) heads.add("slot");
        if (chat.size() == 2) heads.add("chat");
        if (reject.size() == 2) heads.add("reject");
        if (i.isEmpty()) i.add("-");
        Map<String, List<String>> slotsByIntent = new TreeMap<>();
        byIntent.forEach((k, v) -> slotsByIntent.put(k, List.copyOf(v)));
        return new TrainingLabels(List.copyOf(d), List.copyOf(i), tags, heads, slotsByIntent);
    }

    /** Labels of one example, in {@link MultitaskLoss} order; −1 where the example or head has none. */
    long[] sentenceLabels(NluExample e) {
        return new long[]{
                heads.contains("domain") && e.domain() != null ? domains.indexOf(e.domain()) : -1,
                heads.contains("intent") && e.intent() != null ? intents.indexOf(e.intent()) : -1,
                heads.contains("chat") && e.chat() != null ? (e.chat() ? 1 : 0) : -1,
                heads.contains("reject") && e.reject() != null ? (Objects.equals(e.reject(), true) ? 1 : 0) : -1};
    }

    /**
     * Per-char slot tag ids, −1 where there is nothing to learn: past the text, or for an example whose
     * slots were not annotated (no intent, and not a rejected turn — a rejected turn has no slots).
     */
    long[] slotLabels(NluExample e, int len) {
        long[] out = new long[len];
        String[] tags = BioCodec.encode(e.slots(), len);
        boolean annotated = heads.contains("slot") && (e.intent() != null || Boolean.TRUE.equals(e.reject()));
        for (int k = 0; k < len; k++) {
            out[k] = k >= e.text().length() || !annotated ? -1 : Math.max(0, slotTags.indexOf(tags[k]));
        }
        return out;
    }
}
