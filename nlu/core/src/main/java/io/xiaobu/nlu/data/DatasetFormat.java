package io.xiaobu.nlu.data;

import java.util.Locale;

/** The dataset formats the project reads, each with its reader and its place under {@code nlu/} in the data dir. */
public enum DatasetFormat {
    SMP("smp-ecdt", "train.jsonl", "dev.jsonl"),
    SMP2017("smp2017", "train.jsonl", "develop.jsonl"),
    CAIS("cais", "ch.train", "ch.valid"),
    NLPCC2018("nlpcc2018-task4", "corpus.train.txt", null),
    CATSLU("catslu-map", "train.json", null);

    private final String folder;
    private final String trainFile;
    private final String devFile;

    DatasetFormat(String folder, String trainFile, String devFile) {
        this.folder = folder;
        this.trainFile = trainFile;
        this.devFile = devFile;
    }

    public NluReader reader() {
        return switch (this) {
            case SMP -> new SmpEcdtReader();
            case SMP2017 -> new Smp2017Reader();
            case CAIS -> new CaisReader();
            case NLPCC2018 -> new Nlpcc2018Reader();
            case CATSLU -> new CatsluReader();
        };
    }

    /** Folder name under {@code <data dir>/nlu}. */
    public String folder() {
        return folder;
    }

    public String trainFile() {
        return trainFile;
    }

    /** The dev file, or {@code null} when the dev split is a group-wise hold-out of the train file. */
    public String devFile() {
        return devFile;
    }

    /** Lower-case id used on the command line and as the model folder name. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
