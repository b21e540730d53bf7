package io.xiaobu.cli;

import io.xiaobu.nlu.data.DatasetFormat;
import io.xiaobu.nlu.data.NluExample;
import io.xiaobu.nlu.data.Splits;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Options shared by {@code train nlu} and {@code eval nlu}: which file, in which format, which part of it. */
public final class NluDataOptions {

    @Option(names = "--format", required = true, description = "smp | smp2017 | cais | nlpcc2018 | catslu")
    DatasetFormat format;

    @Option(names = "--data", required = true, description = "dataset file")
    Path data;

    @Option(names = "--holdout", defaultValue = "0",
            description = "fraction of sessions/dialogues held out by a hash of their id (train: excluded and used as dev; eval: the only part scored)")
    double holdout;

    List<NluExample> read() throws IOException {
        return format.reader().read(data);
    }

    /** The examples of the requested part: held-out groups ({@code dev}) or the rest. */
    List<NluExample> part(List<NluExample> all, boolean dev) {
        return holdout <= 0 ? all : Splits.holdOut(all, holdout, dev);
    }
}
