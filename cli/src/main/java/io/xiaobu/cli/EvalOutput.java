package io.xiaobu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Prints an evaluation result and writes it as JSON when asked. */
final class EvalOutput {

    private EvalOutput() {}

    static void emit(Map<String, Object> result, Path json) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        result.forEach((k, v) -> {
            if (!(v instanceof java.util.Collection<?>)) System.out.println(k + ": " + v);
        });
        if (json != null) {
            if (json.toAbsolutePath().getParent() != null) Files.createDirectories(json.toAbsolutePath().getParent());
            mapper.writeValue(json.toFile(), result);
            System.out.println("written " + json);
        }
    }
}
