package io.xiaobu.nlu.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** SMP2017 ECDT task 1 JSONL: {@code {"text","domain"}}; the domain doubles as the intent, {@code chat} marks chit-chat. */
public final class Smp2017Reader implements NluReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public List<NluExample> read(Path file) throws IOException {
        List<NluExample> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) continue;
            JsonNode n;
            try {
                n = JSON.readTree(line);
            } catch (IOException e) {
                throw new IOException(file + ":" + lineNo + ": not JSON: " + e.getMessage(), e);
            }
            String domain = n.path("domain").asText(null);
            out.add(new NluExample(String.valueOf(lineNo), String.valueOf(lineNo), n.path("text").asText(""),
                    domain, domain, List.of(), "", null, "chat".equals(domain), null));
        }
        return out;
    }
}
