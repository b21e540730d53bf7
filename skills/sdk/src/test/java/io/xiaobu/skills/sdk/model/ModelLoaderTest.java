package io.xiaobu.skills.sdk.model;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelLoaderTest {

    private static InteractionModel load(String resource) throws Exception {
        try (InputStream in = ModelLoaderTest.class.getResourceAsStream("/models/" + resource)) {
            return new ModelLoader().load(in, resource);
        }
    }

    private static List<ModelError> errors(String resource) {
        try {
            load(resource);
            return List.of();
        } catch (InvalidModelException e) {
            return e.errors();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aValidModelLoadsWithIntentsSlotsAndConfirmation() throws Exception {
        InteractionModel m = load("clock.yaml");
        assertThat(m.id()).isEqualTo("clock");
        assertThat(m.devices()).containsExactly("phone", "watch", "speaker");
        assertThat(m.intent("alarm.set").orElseThrow().requiredSlots()).extracting(SlotModel::name).containsExactly("time");
        assertThat(m.intent("alarm.delete_all").orElseThrow().confirmation()).isEqualTo("要删除所有闹钟吗?");
        assertThat(m.intent("alarm.set").orElseThrow().title()).isEqualTo("定闹钟");
        assertThat(m.intent("alarm.delete_all").orElseThrow().title()).isNull();
    }

    @Test
    void anIntentTitleMustBeAShortName() {
        String blank = "id: tiny\nversion: 1.0.0\nintents:\n  - name: hello\n    title: \" \"\n    samples: [\"你好\"]\n";
        assertThat(new ModelLoader().check(blank, "t.yaml")).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("intents[0].title"));
        String sentence = blank.replace("\" \"", "这是一个远远超过二十个字的意图名称它不适合出现在一句提问里");
        assertThat(new ModelLoader().check(sentence, "t.yaml")).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("intents[0].title"));
    }

    @Test
    void everyErrorNamesTheFileLineAndField() {
        List<ModelError> errors = errors("broken.yaml");
        assertThat(errors).allSatisfy(e -> assertThat(e.file()).isEqualTo("broken.yaml"));
        assertThat(errors).anySatisfy(e -> { assertThat(e.field()).isEqualTo("id"); assertThat(e.line()).isEqualTo(1); });
        assertThat(errors).anySatisfy(e -> { assertThat(e.field()).isEqualTo("version"); assertThat(e.line()).isEqualTo(2); });
        assertThat(errors).anySatisfy(e -> { assertThat(e.field()).isEqualTo("devices[1]"); assertThat(e.message()).contains("fridge"); });
        assertThat(errors).anySatisfy(e -> { assertThat(e.field()).isEqualTo("intents[0].samples[0]"); assertThat(e.line()).isEqualTo(7); assertThat(e.message()).contains("never closed"); });
        assertThat(errors).anySatisfy(e -> { assertThat(e.field()).isEqualTo("intents[0].samples[1]"); assertThat(e.message()).contains("{when}"); });
        assertThat(errors).anySatisfy(e -> { assertThat(e.field()).isEqualTo("intents[0].slots[0].type"); assertThat(e.line()).isEqualTo(11); });
        assertThat(errors).anySatisfy(e -> assertThat(e.field()).isEqualTo("intents[0].slots[0].prompts"));
        assertThat(errors).anySatisfy(e -> { assertThat(e.field()).isEqualTo("intents[1].name"); assertThat(e.message()).contains("duplicate"); });
        assertThat(errors).anySatisfy(e -> { assertThat(e.field()).isEqualTo("intents[1].colour"); assertThat(e.line()).isEqualTo(14); });
    }

    @Test
    void yamlSyntaxErrorsReportTheirLine() {
        List<ModelError> errors = new ModelLoader().check("id: x\nintents: [\n  - name: a\n", "x.yaml");
        assertThat(errors).hasSize(1);
        assertThat(errors.getFirst().message()).startsWith("YAML syntax");
        assertThat(errors.getFirst().line()).isGreaterThan(1);
    }

    @Test
    void builtInStrictnessDemandsTenSamplesPerIntent() {
        String yaml = "id: tiny\nversion: 1.0.0\nintents:\n  - name: hello\n    samples: [\"你好\"]\n";
        assertThat(new ModelLoader().check(yaml, "t.yaml")).isEmpty();
        assertThat(new ModelLoader(ModelLoader.BUILTIN_MIN_SAMPLES).check(yaml, "t.yaml"))
                .singleElement().satisfies(e -> { assertThat(e.field()).isEqualTo("intents[0].samples"); assertThat(e.line()).isEqualTo(5); });
    }

    @Test
    void garbageInputIsAnErrorNotACrash() {
        for (String junk : new String[]{"", "   ", "\u0000\u0001", "[1,2,3]", "😀😀😀", "MATCH (n) DETACH DELETE n", "a: &a [*a]", "key: {{{"}) {
            assertThat(new ModelLoader().check(junk, "junk.yaml")).as(junk).isNotEmpty();
        }
    }

    @Test
    void customTypesMapSynonymsToCanonicalValues() throws Exception {
        String yaml = """
                id: sw
                version: 1.0.0
                types:
                  - name: setting
                    values:
                      - value: wifi
                        synonyms: [无线网, WLAN]
                      - 蓝牙
                intents:
                  - name: toggle
                    samples: ["打开{setting}"]
                    slots: [{name: setting, type: setting}]
                """;
        CustomType t = new ModelLoader().load(yaml, "sw.yaml").type("setting").orElseThrow();
        assertThat(t.canonical("wlan")).contains("wifi");
        assertThat(t.canonical("蓝牙")).contains("蓝牙");
        assertThat(t.canonical("手电筒")).isEmpty();
    }
}
