package io.xiaobu.skills.sdk.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed JSON Schema and the loader accept the same fields. */
class SchemaConsistencyTest {

    private static List<String> names(JsonNode props) {
        List<String> out = new ArrayList<>();
        props.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void theSchemaNamesExactlyTheFieldsTheLoaderAccepts() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(ModelLoader.class.getResourceAsStream("interaction-model.schema.json"));
        assertThat(names(schema.at("/properties"))).containsExactlyInAnyOrder("id", "version", "description", "devices", "rules", "intents", "types");
        assertThat(names(schema.at("/properties/intents/items/properties"))).containsExactlyInAnyOrder("name", "title", "samples", "confirmation", "slots");
        assertThat(names(schema.at("/properties/intents/items/properties/slots/items/properties")))
                .containsExactlyInAnyOrder("name", "type", "required", "prompts", "examples");
        assertThat(schema.at("/properties/devices/items/enum")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrderElementsOf(ModelValidator.DEVICES);
        String unknownField = "id: a1\nversion: 1.0.0\nintents: [{name: x, samples: [y]}]\ncolour: red\n";
        assertThat(new ModelLoader().check(unknownField, "m.yaml")).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("colour"));
    }
}
