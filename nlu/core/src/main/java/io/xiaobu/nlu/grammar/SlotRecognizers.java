package io.xiaobu.nlu.grammar;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The recognisers available to {@code RecognizerSlot}s, by id. Immutable; {@link #with} returns a copy. */
public final class SlotRecognizers {

    private final Map<String, SlotRecognizer> byId;

    private SlotRecognizers(Map<String, SlotRecognizer> byId) {
        this.byId = Map.copyOf(byId);
    }

    /** {@code sys.integer} only; the time/number library adds {@code sys.datetime}, {@code sys.number}… with {@link #with}. */
    public static SlotRecognizers defaults() {
        return new SlotRecognizers(Map.of(IntegerRecognizer.ID, new IntegerRecognizer()));
    }

    public static SlotRecognizers none() {
        return new SlotRecognizers(Map.of());
    }

    /** A copy that also has (or replaces) {@code recognizer}. */
    public SlotRecognizers with(SlotRecognizer recognizer) {
        Map<String, SlotRecognizer> m = new LinkedHashMap<>(byId);
        m.put(recognizer.id(), recognizer);
        return new SlotRecognizers(m);
    }

    public SlotRecognizer find(String id) {
        return byId.get(id);
    }

    public Set<String> ids() {
        return byId.keySet();
    }
}
