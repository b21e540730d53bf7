package io.xiaobu.chat.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xiaobu.chat.Texts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads KdConv dialogues ({@code <domain>/dev.json}) into consecutive-turn pairs. */
public final class KdConvReader {

    private KdConvReader() {
    }

    public static List<ChatPair> read(Path json, String domain) throws IOException {
        List<ChatPair> out = new ArrayList<>();
        for (JsonNode dialogue : new ObjectMapper().readTree(json.toFile())) {
            JsonNode messages = dialogue.path("messages");
            for (int i = 0; i + 1 < messages.size(); i++) {
                String post = Texts.clean(messages.get(i).path("message").asText());
                String reply = Texts.clean(messages.get(i + 1).path("message").asText());
                if (Texts.hasContent(post) && Texts.hasContent(reply)) {
                    out.add(ChatPair.of(post, reply, "kdconv", "kdconv." + domain));
                }
            }
        }
        return out;
    }
}
