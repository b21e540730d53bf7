package io.xiaobu.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TurnEventSchemaTest {

    private static final Schema SCHEMA = loadSchema();

    private static Schema loadSchema() {
        try (InputStream in = TurnEvent.class.getResourceAsStream("/schema/turn-event-v1.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (Exception e) {
            throw new AssertionError("schema resource missing or unreadable", e);
        }
    }

    private static JsonNode json(TurnEvent event) throws Exception {
        return TurnEventJson.mapper().readTree(TurnEventJson.toBytes(event));
    }

    @Test
    void aFullyFilledTurnValidatesAgainstTheV1Schema() throws Exception {
        List<Error> errors = SCHEMA.validate(json(TurnEventFixtures.alarmTurn("r-1", "u-1")));
        assertThat(errors).isEmpty();
    }

    @Test
    void aMinimalRejectedTurnValidatesToo() throws Exception {
        TurnEvent rejected = TurnEvent.builder().requestId("r-2").userId("u").deviceId("d").sessionId("s")
                .asr(new TurnEvent.Asr("嗯嗯啊", null, null, null, null, null))
                .outcome(TurnEvent.Outcome.REJECTED).build();
        assertThat(SCHEMA.validate(json(rejected))).isEmpty();
    }

    @Test
    void theSerialisedEventCarriesEveryRequiredFieldOfTheSchema() throws Exception {
        JsonNode schema = TurnEventJson.mapper().readTree(TurnEvent.class.getResourceAsStream("/schema/turn-event-v1.schema.json"));
        JsonNode event = json(TurnEventFixtures.alarmTurn("r-1", "u-1"));
        List<String> missing = new ArrayList<>();
        schema.get("required").forEach(f -> { if (!event.has(f.asText())) missing.add(f.asText()); });
        assertThat(missing).isEmpty();
        assertThat(event.get("schema").asText()).isEqualTo("xiaobu.turn/1");
        assertThat(event.get("outcome").asText()).isEqualTo("answered");
        assertThat(event.get("receivedAt").asText()).isEqualTo("2026-11-21T08:00:00Z");
    }

    @Test
    void theSchemaCheckRejectsAnEventWithoutRequestIdOrWithAnUnknownOutcome() throws Exception {
        ObjectNode noRequest = (ObjectNode) json(TurnEventFixtures.alarmTurn("r-1", "u-1"));
        noRequest.remove("requestId");
        assertThat(SCHEMA.validate(noRequest)).extracting(Error::getMessage).anyMatch(m -> m.contains("requestId"));

        ObjectNode badOutcome = (ObjectNode) json(TurnEventFixtures.alarmTurn("r-1", "u-1"));
        badOutcome.put("outcome", "maybe");
        assertThat(SCHEMA.validate(badOutcome)).isNotEmpty();
    }

    @Test
    void anEventRoundTripsThroughJsonUnchanged() {
        TurnEvent event = TurnEventFixtures.alarmTurn("r-1", "u-1");
        assertThat(TurnEventJson.parse(TurnEventJson.toBytes(event))).contains(event);
    }

    @Test
    void controlCharactersEmojiAndQuotesInUserTextStayOnOneJsonLine() {
        String nasty = "打开\n微信\u0000\u001b[31m 😀😀😀 \"}{' MATCH (n) DETACH DELETE n; -- ０１２ 開啟";
        TurnEvent event = TurnEvent.builder().requestId("r\n3").userId("u").deviceId("d").sessionId("s")
                .asr(new TurnEvent.Asr(nasty, null, null, null, null, null)).outcome(TurnEvent.Outcome.UNSUPPORTED).build();
        String line = TurnEventJson.toJson(event);
        assertThat(line).doesNotContain("\n");
        assertThat(TurnEventJson.parse(line).orElseThrow().asr().text()).isEqualTo(nasty);
    }

    @Test
    void nullListsAndNullElementsBecomeEmptyInsteadOfFailing() {
        TurnEvent event = new TurnEvent(null, null, "r", "u", "d", "s", null, null, null, null, null, null, null, null,
                0, null, java.util.Arrays.asList(null, null), null, null, null, null, 0, null, null);
        assertThat(event.schema()).isEqualTo(TurnEvent.SCHEMA);
        assertThat(event.eventId()).isNotNull();
        assertThat(event.hypotheses()).isEmpty();
        assertThat(event.models()).isEmpty();
    }

    @Test
    void aReaderIgnoresFieldsAddedByALaterV1WriterAndRefusesGarbage() {
        String later = TurnEventJson.toJson(TurnEventFixtures.alarmTurn("r-9", "u")).replaceFirst("\\{", "{\"futureField\":{\"x\":1},");
        assertThat(TurnEventJson.parse(later)).map(TurnEvent::requestId).contains("r-9");
        assertThat(TurnEventJson.parse("{\"requestId\":")).isEmpty();
        assertThat(TurnEventJson.parse("{\"schema\":\"other/1\"}")).isEmpty();
        assertThat(TurnEventJson.parse((String) null)).isEmpty();
    }
}
