package io.xiaobu.nlu.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Reads one dataset file into labelled examples. */
public interface NluReader {

    /** @throws IOException when the file cannot be read or a line is malformed (the message names the line) */
    List<NluExample> read(Path file) throws IOException;
}
