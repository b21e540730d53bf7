package io.xiaobu.cli;

import picocli.CommandLine.Option;

/** The backbone's shape on the command line ({@code train nlu}, {@code train backbone}): width, layers, BiLSTM, length. */
public final class BackboneShapeOptions {

    @Option(names = "--dim", defaultValue = "128", description = "backbone width")
    int dim;

    @Option(names = "--layers", defaultValue = "4", description = "dilated conv layers")
    int layers;

    @Option(names = "--lstm", defaultValue = "64", description = "BiLSTM hidden size per direction (0 = none; 2 x lstm = dim)")
    int lstm;

    @Option(names = "--max-len", defaultValue = "48", description = "characters the model reads")
    int maxLen;
}
