package io.xiaobu.nlu.grammar;

import java.util.List;

/** How a slot referenced as {@code {name}} in templates is filled. */
public sealed interface SlotSpec {

    /** A closed list of values with synonyms: only these words fill the slot. */
    record ListSlot(List<ListValue> values) implements SlotSpec {
        public ListSlot {
            values = List.copyOf(values);
            if (values.isEmpty()) throw new GrammarException("a list slot needs at least one value");
        }
    }

    /**
     * An open slot: any span of {@code minChars..maxChars} normalised chars, anchored by the rest of the
     * template (e.g. {@code 播放{song}}). {@code examples} feed the sampler.
     */
    record WildcardSlot(int minChars, int maxChars, List<String> examples) implements SlotSpec {
        public WildcardSlot {
            if (minChars < 1 || maxChars < minChars) {
                throw new GrammarException("wildcard slot needs 1 <= min <= max, got min=" + minChars + " max=" + maxChars);
            }
            examples = examples == null ? List.of() : List.copyOf(examples);
        }
    }

    /** A slot filled by a pluggable {@link SlotRecognizer}, e.g. {@code sys.integer} or {@code sys.datetime}. */
    record RecognizerSlot(String recognizerId) implements SlotSpec {
        public RecognizerSlot {
            if (recognizerId == null || recognizerId.isBlank()) throw new GrammarException("a recognizer slot needs a recognizer id");
        }
    }
}
