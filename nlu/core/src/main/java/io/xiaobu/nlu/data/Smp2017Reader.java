package io.xiaobu.nlu.data;


import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** SMP2017 ECDT task 1 JSONL: {@code {"text","domain"}}; the domain doubles as the intent, {@code chat} marks chit-chat. */
public final class Smp2017Reader implements NluReader {

    @Override
    public List<NluExample> read(Path file) throws IOException {
        return JsonLines.read(file, (lineNo, n) -> {
            String domain = n.path("domain").asText(null);
            return new NluExample(String.valueOf(lineNo), String.valueOf(lineNo), n.path("text").asText(""),
                    domain, domain, List.of(), "", null, "chat".equals(domain), null);
        });
    }
}
