package io.xiaobu.nlu.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a JSON Lines file: one object per non-blank line, with the file and line named on bad JSON. */
final class JsonLines {

    /** Turns one parsed line into an example. */
    @FunctionalInterface
    interface RowReader {
        NluExample read(int lineNo, JsonNode row) throws IOException;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLines() {
    }

    static List<NluExample> read(Path file, RowReader rows) throws IOException {
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
            out.add(rows.read(lineNo, n));
        }
        return out;
    }
}
