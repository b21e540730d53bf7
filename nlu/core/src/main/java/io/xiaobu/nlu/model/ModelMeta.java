package io.xiaobu.nlu.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything besides the weights that a saved model needs: configuration, label sets and which heads
 * were trained (an untrained head reports NaN instead of a made-up probability).
 *
 * @param trainedHeads subset of {@code domain, intent, slot, chat, reject}
 * @param info         free-form training facts (dataset, epochs, timings) for the model card
 * @param slotsByIntent the slot names each intent took in the training data (empty for models trained
 *                      before this was recorded: then slots are not restricted by intent)
 */
public record ModelMeta(ModelConfig config, List<String> domains, List<String> intents, List<String> slotTags,
                        List<String> entityTypes, List<String> trainedHeads, Map<String, Object> info,
                        Map<String, List<String>> slotsByIntent) {

    public static final String FILE = "model.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ModelMeta {
        domains = List.copyOf(domains);
        intents = List.copyOf(intents);
        slotTags = List.copyOf(slotTags);
        entityTypes = List.copyOf(entityTypes);
        trainedHeads = List.copyOf(trainedHeads);
        // sorted, so that a saved model.json does not change from one save to the next
        info = info == null ? Map.of() : java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(info));
        slotsByIntent = slotsByIntent == null ? Map.of() : java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(slotsByIntent));
    }

    public boolean trained(String head) {
        return trainedHeads.contains(head);
    }

    /**
     * Whether a model with this meta reads inputs and names outputs exactly as {@code other} does (labels,
     * entity types, input length and signals), so that the two can form an ensemble.
     */
    public boolean sameLabels(ModelMeta other) {
        return domains.equals(other.domains) && intents.equals(other.intents) && slotTags.equals(other.slotTags)
                && entityTypes.equals(other.entityTypes) && trainedHeads.equals(other.trainedHeads)
                && config.maxLen() == other.config.maxLen() && config.entityTags() == other.config.entityTags()
                && config.asrSignals() == other.config.asrSignals() && config.contextChars() == other.config.contextChars()
                && java.util.Objects.equals(config.dialogState(), other.config.dialogState())
                && config.wordBoundaries() == other.config.wordBoundaries();
    }

    public ModelMeta withInfo(Map<String, Object> more) {
        return new ModelMeta(config, domains, intents, slotTags, entityTypes, trainedHeads, more, slotsByIntent);
    }

    void save(Path dir) throws IOException {
        JSON.writeValue(dir.resolve(FILE).toFile(), this);
    }

    /** The labels, configuration and training facts of the model folder {@code dir} (its {@value #FILE}). */
    public static ModelMeta load(Path dir) throws IOException {
        return JSON.readValue(dir.resolve(FILE).toFile(), ModelMeta.class);
    }
}
