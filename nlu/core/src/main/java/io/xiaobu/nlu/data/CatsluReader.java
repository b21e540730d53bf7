package io.xiaobu.nlu.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * CATSLU map dialogues: a JSON array of dialogues, each an array of turns with {@code manual_transcript},
 * {@code asr_1best} and {@code semantic} ({@code [act, slot, value]} triples). The model sees the ASR
 * 1-best. A turn is to be rejected when its manual transcript holds nothing but markers such as
 * {@code (side)}, {@code (noise)}, {@code (robot)}, {@code (unknown)}, {@code (dialect)}. The intent is the
 * sorted set of acts ({@code inform}, {@code deny}, {@code inform+deny}) or {@code none}; slot values are
 * placed where they occur in the ASR text (values the recogniser lost cannot be placed and are dropped).
 * Recogniser signals are simulated from the real ASR-vs-transcript differences by {@link RecogniserSignalSimulator}.
 */
public final class CatsluReader implements NluReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RecogniserSignalSimulator signals;

    public CatsluReader() {
        this(new RecogniserSignalSimulator(0.25, 20261121L));
    }

    public CatsluReader(RecogniserSignalSimulator signals) {
        this.signals = signals;
    }

    @Override
    public List<NluExample> read(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        if (!root.isArray()) throw new IOException(file + ": expected a JSON array of dialogues");
        List<NluExample> out = new ArrayList<>();
        for (int d = 0; d < root.size(); d++) {
            String previous = "";
            JsonNode dialogue = root.get(d);
            for (int t = 0; t < dialogue.size(); t++) {
                JsonNode turn = dialogue.get(t);
                String manual = turn.path("manual_transcript").asText("");
                String asr = turn.path("asr_1best").asText("");
                if (asr.equals("null")) asr = "";
                String spoken = stripMarkers(manual);
                boolean reject = spoken.isEmpty();
                TreeSet<String> acts = new TreeSet<>();
                SpanLocator spans = new SpanLocator(asr);
                for (JsonNode triple : turn.path("semantic")) {
                    if (triple.size() < 3) continue;
                    acts.add(triple.get(0).asText());
                    spans.place(triple.get(1).asText(), triple.get(2).asText());
                }
                String intent = reject ? "reject" : acts.isEmpty() ? "none" : String.join("+", acts);
                String id = (d + 1) + "-" + (t + 1);
                out.add(new NluExample(id, String.valueOf(d + 1), asr, "map", intent, spans.slots(), previous,
                        reject, false, signals.simulate(id, spoken, asr)));
                previous = asr;
            }
        }
        return out;
    }

    /** The transcript without the bracketed annotator markers. */
    static String stripMarkers(String manual) {
        return manual.replaceAll("\\([a-zA-Z]+\\)", "").strip();
    }
}
