package io.xiaobu.nlu.model;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A backbone pretrained by masked-character language modelling on unlabelled text ({@link BackboneTrainer}):
 * the configuration, the vocabulary and the weights of a {@link MultitaskNet} whose heads are
 * placeholders. Fine-tuning ({@link NluTrainer}) starts from it: every backbone weight whose name and
 * shape match is copied, the char embedding row by row through the characters (so the fine-tuned
 * vocabulary may order and extend them its own way); heads and the entity-tag table start fresh.
 */
public final class Backbone {

    static final String FILE = "backbone.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String CHAR_TABLE = "char_embedding";

    /** What {@value #FILE} holds: the network's configuration and facts about the pretraining run. */
    public record Meta(ModelConfig config, Map<String, Object> info) {

        public Meta {
            info = info == null ? Map.of() : java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(info));
        }
    }

    private final Path dir;
    private final Meta meta;
    private final Vocabulary vocab;

    private Backbone(Path dir, Meta meta, Vocabulary vocab) {
        this.dir = dir;
        this.meta = meta;
        this.vocab = vocab;
    }

    /** Loads a folder written by {@link BackboneTrainer}. */
    public static Backbone load(Path dir) throws IOException {
        if (!Files.isRegularFile(dir.resolve(FILE))) {
            throw new java.nio.file.NoSuchFileException(dir.resolve(FILE).toString(), null, "not a pretrained backbone");
        }
        return new Backbone(dir, JSON.readValue(dir.resolve(FILE).toFile(), Meta.class), Vocabulary.load(dir.resolve(NluModel.VOCAB)));
    }

    static void saveMeta(Path dir, Meta meta) throws IOException {
        JSON.writeValue(dir.resolve(FILE).toFile(), meta);
    }

    /** The network a backbone is pretrained as: the full backbone with one-unit placeholder heads. */
    static MultitaskNet newNet(ModelConfig config, Vocabulary vocab) {
        return new MultitaskNet(config, vocab.size(), 1, 1, 1, 1);
    }

    public ModelConfig config() {
        return meta.config();
    }

    public Vocabulary vocabulary() {
        return vocab;
    }

    /** The folder's name, for model cards and logs. */
    public String name() {
        return dir.getFileName().toString();
    }

    /** Throws when {@code other} has another backbone shape (width, layers, kernel, BiLSTM, length). */
    public void checkCompatible(ModelConfig other) {
        ModelConfig c = meta.config();
        if (c.embedDim() != other.embedDim() || c.layers() != other.layers() || c.kernel() != other.kernel()
                || c.lstmHidden() != other.lstmHidden() || c.maxLen() != other.maxLen()) {
            throw new IllegalArgumentException(String.format("the backbone %s is %d wide, %d layers, kernel %d, BiLSTM %d, %d chars; "
                            + "the model to train is %d / %d / %d / %d / %d", name(), c.embedDim(), c.layers(), c.kernel(), c.lstmHidden(),
                    c.maxLen(), other.embedDim(), other.layers(), other.kernel(), other.lstmHidden(), other.maxLen()));
        }
    }

    /**
     * Copies the pretrained weights into an initialised network whose vocabulary is {@code target}: the
     * char embedding row by row (characters the backbone does not know keep their fresh rows), every
     * other parameter whose name and shape match as a whole.
     *
     * @return how many parameter arrays were copied
     */
    int copyInto(MultitaskNet net, Vocabulary target) throws IOException {
        int copied = 0;
        try (Model m = Model.newInstance(NluModel.NAME, "PyTorch")) {
            m.setBlock(newNet(meta.config(), vocab));
            NluTrainer.loadParams(m, dir);
            Map<String, NDArray> source = new HashMap<>();
            for (Pair<String, Parameter> p : m.getBlock().getParameters()) source.put(plainName(p.getKey()), p.getValue().getArray());
            for (Pair<String, Parameter> p : net.getParameters()) {
                String name = plainName(p.getKey());
                NDArray from = source.get(name);
                NDArray to = p.getValue().getArray();
                if (from == null) continue;
                if (name.equals(CHAR_TABLE)) {
                    to.set(FloatBuffer.wrap(charRows(from, to, target)));
                    copied++;
                } else if (from.getShape().equals(to.getShape())) {
                    to.set(FloatBuffer.wrap(from.toFloatArray()));
                    copied++;
                }
            }
        }
        return copied;
    }

    /** The target's char table with the rows of the characters (and reserved ids) the backbone knows. */
    private float[] charRows(NDArray from, NDArray to, Vocabulary target) {
        int d = (int) to.getShape().get(1);
        float[] src = from.toFloatArray(), dst = to.toFloatArray();
        for (int id = 0; id < target.size(); id++) {
            Character c = target.character(id);
            int sid = c == null ? id : vocab.id(c);
            if (c != null && sid == Vocabulary.UNK) continue;
            System.arraycopy(src, sid * d, dst, id * d, d);
        }
        return dst;
    }

    /**
     * The {@code k} characters the backbone finds likeliest at {@code position} of {@code text} when that
     * character is masked: what masked-char pretraining taught it (a check and a demonstration, not a
     * serving path).
     */
    public List<Character> fillMask(String text, int position, int k) throws IOException {
        if (position < 0 || position >= Math.min(text.length(), meta.config().maxLen())) {
            throw new IllegalArgumentException("position " + position + " is outside the text the backbone reads");
        }
        try (Model m = Model.newInstance(NluModel.NAME, "PyTorch")) {
            MultitaskNet net = newNet(meta.config(), vocab);
            m.setBlock(net);
            NluTrainer.loadParams(m, dir);
            net.setMaskedLm(true);
            Encoder.Batch batch = new Encoder(vocab, List.of(), meta.config()).encode(List.of(text), null, null);
            long[] chars = batch.chars().clone();
            chars[position] = Vocabulary.MASK;
            try (NDManager nm = m.getNDManager().newSubManager()) {
                NDList out = net.forward(new ParameterStore(nm, false), NluTranslator.toNd(nm, batch.withChars(chars)), false);
                float[] logits = out.get(MultitaskNet.OUT_MLM).get(0, position).toFloatArray();
                List<Integer> ids = new ArrayList<>();
                for (int i = 0; i < logits.length; i++) if (vocab.character(i) != null) ids.add(i);
                ids.sort((a, b) -> Float.compare(logits[b], logits[a]));
                return ids.stream().limit(k).map(vocab::character).toList();
            }
        }
    }

    /**
     * A parameter's name without the position prefixes DJL gives child blocks ({@code 05inNorm_gamma} →
     * {@code inNorm_gamma}), which shift when a network has an optional input the backbone lacks.
     */
    static String plainName(String key) {
        return key.replaceAll("(^|_)\\d{2}(?=[A-Za-z])", "$1");
    }
}
