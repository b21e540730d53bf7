package io.xiaobu.cli;

import io.xiaobu.nlu.data.DataDir;
import io.xiaobu.nlu.data.EntityLexicon;
import io.xiaobu.nlu.data.EntityTagger;
import io.xiaobu.nlu.data.NluExample;
import io.xiaobu.nlu.model.Backbone;
import io.xiaobu.nlu.model.ContextInput;
import io.xiaobu.nlu.model.DialogState;
import io.xiaobu.nlu.model.ModelConfig;
import io.xiaobu.nlu.model.NluTrainer;
import io.xiaobu.nlu.model.TrainOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code xiaobu train nlu}: trains the multitask model on one dataset; rerunning with the same --out resumes. */
@Command(name = "nlu", mixinStandardHelpOptions = true,
        description = "Train the multitask NLU model (one backbone, all heads) with a resumable checkpoint.")
public final class TrainNluCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    NluDataOptions data;

    @Option(names = "--dev", description = "dev file in the same format (else the --holdout part of --data)")
    Path dev;

    @Option(names = "--out", required = true, description = "model folder to write")
    Path out;

    @Option(names = "--epochs", defaultValue = "10")
    int epochs;

    @Option(names = "--batch", defaultValue = "32")
    int batch;

    @Option(names = "--lr", defaultValue = "0.002")
    float lr;

    @Mixin
    BackboneShapeOptions shape;

    @Option(names = "--no-entity-tags", description = "do not feed lexicon entity-type tags to the backbone")
    boolean noEntityTags;

    @Option(names = "--bigram-buckets", defaultValue = "0", description = "hashed char-bigram embedding table size (0 = none)")
    int bigramBuckets;

    @Option(names = "--word-boundaries", description = "feed each character's place in its word (HanLP segmentation) to the backbone")
    boolean wordBoundaries;

    @Option(names = "--kg-tags", description = "entity-type tags from the knowledge graph's linker instead of the slot lexicons "
            + "(the graph: --kg-starter-only, or Neo4j: embedded data/neo4j, or --uri)")
    boolean kgTags;

    @Mixin
    GraphTagOptions graph;

    @Option(names = "--broad-lexicons", description = "also tag apps, people, idioms, poem lines, animals and food from broad word lists (measured: no gain on SMP-ECDT)")
    boolean broadLexicons;

    @Option(names = "--text-only", description = "the reject head ignores recogniser signals")
    boolean textOnly;

    @Option(names = "--context", defaultValue = "0", description = "read this many trailing chars of the previous turn before the utterance (0 = none)")
    int context;

    @Option(names = "--dialog-state", paramLabel = "NON_TASK_DOMAIN",
            description = "read the dialog state (the domain of the session's last task turn) before the utterance; "
                    + "turns of this domain are not tasks and leave the state as it was")
    String dialogState;

    @Option(names = "--mlm-epochs", defaultValue = "0", description = "masked-char pretraining epochs over --corpus first")
    int mlmEpochs;

    @Option(names = "--corpus", description = "unlabelled text files (one utterance per line) for pretraining")
    List<Path> corpus = new ArrayList<>();

    @Option(names = "--corpus-lines", defaultValue = "20000", description = "at most this many lines per corpus file")
    int corpusLines;

    @Option(names = "--backbone", description = "start from this pretrained backbone (train backbone); its shape replaces --dim/--layers/--lstm/--max-len")
    Path backbone;

    @Option(names = "--slot-swap", defaultValue = "0", description = "probability of seeing a training utterance with other values in its slots (0 = off)")
    double slotSwap;

    @Option(names = "--seed", defaultValue = "20261121", description = "shuffling, masking and augmentation seed")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (dialogState != null && context > 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--context and --dialog-state exclude each other");
        }
        List<NluExample> all = data.read();
        List<NluExample> train = data.part(all, false);
        List<NluExample> devSet = dev != null ? data.format.reader().read(dev) : data.holdout > 0 ? data.part(all, true) : List.of();
        if (dialogState != null) {
            train = DialogState.fromGold(train, dialogState);
            devSet = DialogState.fromGold(devSet, dialogState);
        } else if (context > 0) {
            train = train.stream().map(e -> ContextInput.withContext(e, context)).toList();
            devSet = devSet.stream().map(e -> ContextInput.withContext(e, context)).toList();
        }
        GraphTagOptions.Tagging tagging = kgTags && !noEntityTags ? graph.open() : null;
        EntityTagger lexicon = noEntityTags ? EntityLexicon.empty() : tagging != null ? tagging.tagger()
                : EntityLexicon.load(DataDir.resolve(), broadLexicons ? EntityLexicon.knownTypes() : EntityLexicon.DATASET_TYPES);
        if (tagging != null) System.out.println("entity tags from the " + tagging.source());
        List<String> texts = new ArrayList<>();
        for (Path p : corpus) texts.addAll(NluTrainer.readCorpus(p, corpusLines));
        if (mlmEpochs > 0) train.forEach(e -> texts.add(e.text())); // the labelled texts are pretraining text too
        System.out.printf("train %d, dev %d utterances; entity types %s; corpus %d lines%n",
                train.size(), devSet.size(), lexicon.types(), texts.size());
        Backbone start = backbone == null ? null : Backbone.load(backbone);
        ModelConfig from = start == null ? null : start.config();
        ModelConfig cfg = new ModelConfig(from == null ? shape.dim : from.embedDim(), from == null ? shape.layers : from.layers(), 3,
                from == null ? shape.maxLen : from.maxLen(), 0.1f, !noEntityTags, !textOnly, from == null ? shape.lstm : from.lstmHidden(),
                dialogState != null ? DialogState.CHARS : context, bigramBuckets, dialogState, wordBoundaries);
        TrainOptions opt = new TrainOptions(epochs, batch, lr, mlmEpochs, 6000, seed, slotSwap);
        try (tagging) {
            Map<String, Object> info = new NluTrainer(cfg, opt, System.out::println, start).train(train, devSet, lexicon, texts, out);
            System.out.println("wrote " + out + "  " + info);
        }
        return 0;
    }
}
