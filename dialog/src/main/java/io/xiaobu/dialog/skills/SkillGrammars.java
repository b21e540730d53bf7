package io.xiaobu.dialog.skills;

import io.xiaobu.nlu.grammar.Grammar;
import io.xiaobu.nlu.grammar.IntentGrammar;
import io.xiaobu.nlu.grammar.ListValue;
import io.xiaobu.nlu.grammar.ArithmeticRecognizer;
import io.xiaobu.nlu.grammar.PhoneNumberRecognizer;
import io.xiaobu.nlu.grammar.SlotSpec;
import io.xiaobu.skills.sdk.model.CustomType;
import io.xiaobu.skills.sdk.model.IntentModel;
import io.xiaobu.skills.sdk.model.InteractionModel;
import io.xiaobu.skills.sdk.model.SlotModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a skill's interaction model into rule grammars: one grammar per intent (slot names are
 * per intent in the model), sample templates as they are, slot types mapped to how the grammar fills
 * them — custom types as value lists with synonyms, time and number types through the time library,
 * phone numbers through {@link PhoneNumberRecognizer}, arithmetic through {@link ArithmeticRecognizer},
 * everything open ({@code sys.any}, contacts, cities, graph entities) as bounded wildcards that the
 * rest of the template anchors.
 */
public final class SkillGrammars {

    /** Types read by the time/number library inside the grammar. */
    static final Set<String> RECOGNIZED = Set.of("sys.datetime", "sys.date", "sys.time", "sys.duration",
            "sys.number", "sys.temperature", "sys.percentage");

    /** The types of a point in time (a follow-up or a misnamed model slot may fill the intent's one slot of these). */
    static final Set<String> TIME_TYPES = Set.of("sys.datetime", "sys.date", "sys.time");

    private static final int OPEN_MAX_CHARS = 16;

    private SkillGrammars() {
    }

    public static List<Grammar> of(InteractionModel model) {
        List<Grammar> out = new ArrayList<>();
        for (IntentModel intent : model.intents()) {
            if (intent.samples().isEmpty()) continue;
            Map<String, SlotSpec> slots = new LinkedHashMap<>();
            for (SlotModel slot : intent.slots()) slots.put(slot.name(), spec(slot, model));
            out.add(new Grammar(model.id() + "/" + intent.name(),
                    List.of(new IntentGrammar(model.id(), intent.name(), intent.samples())), slots, model.rules()));
        }
        return out;
    }

    private static SlotSpec spec(SlotModel slot, InteractionModel model) {
        var custom = model.type(slot.type());
        if (custom.isPresent()) return new SlotSpec.ListSlot(values(custom.get()));
        if (RECOGNIZED.contains(slot.type()) || PhoneNumberRecognizer.ID.equals(slot.type())
                || ArithmeticRecognizer.ID.equals(slot.type())) return new SlotSpec.RecognizerSlot(slot.type());
        return new SlotSpec.WildcardSlot(1, OPEN_MAX_CHARS, slot.examples());
    }

    private static List<ListValue> values(CustomType type) {
        List<ListValue> out = new ArrayList<>();
        for (CustomType.Value v : type.values()) out.add(new ListValue(v.value(), v.value(), v.synonyms()));
        return out;
    }
}
