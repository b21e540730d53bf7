package io.xiaobu.nlu.data;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * SMP-ECDT JSONL: {@code {"text","domain","intent","slots":{name:value}}}. The intent label is
 * {@code domain.intent} because SMP intents (QUERY, SET …) are shared across domains; slot values are
 * placed on their first free occurrence in the text.
 */
public final class SmpEcdtReader implements NluReader {

    @Override
    public List<NluExample> read(Path file) throws IOException {
        return JsonLines.read(file, (lineNo, n) -> {
            String text = n.path("text").asText("");
            String domain = n.path("domain").asText(null);
            String intent = n.hasNonNull("intent") && !n.path("intent").asText().isEmpty()
                    ? domain + "." + n.path("intent").asText() : domain;
            SpanLocator spans = new SpanLocator(text);
            JsonNode slots = n.path("slots");
            if (slots.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = slots.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (e.getValue().isArray()) e.getValue().forEach(v -> spans.place(e.getKey(), v.asText()));
                    else spans.place(e.getKey(), e.getValue().asText());
                }
            }
            return new NluExample(String.valueOf(lineNo), String.valueOf(lineNo), text, domain, intent,
                    spans.slots(), "", null, "chat".equals(domain), null);
        });
    }
}
