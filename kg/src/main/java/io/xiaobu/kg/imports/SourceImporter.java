package io.xiaobu.kg.imports;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one public data set under the data directory into an {@link ImportSink}. */
public interface SourceImporter {

    /** Short name for progress lines and the summary. */
    String name();

    /** The files it needs, relative to the data directory (the importer is skipped when they are absent). */
    Path required();

    void read(Path dataDir, ImportSink sink) throws IOException;
}
