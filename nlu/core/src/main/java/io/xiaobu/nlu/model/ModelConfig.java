package io.xiaobu.nlu.model;

/**
 * Hyper-parameters of the multitask network.
 *
 * @param embedDim      width of the char embedding and every backbone layer
 * @param layers        number of residual dilated convolution layers (dilation 1, 2, 4, …)
 * @param kernel        convolution kernel width (odd)
 * @param maxLen        characters the model reads; longer input is cut (slots past it are not found)
 * @param dropout       dropout rate during training
 * @param entityTags    whether the backbone adds an entity-type embedding per character
 * @param asrSignals    whether the reject head reads the recogniser signals (false = text-only)
 * @param lstmHidden    hidden size per direction of a residual BiLSTM after the convolutions (0 = none;
 *                      2 × lstmHidden must equal embedDim)
 * @param contextChars  how many trailing characters of the previous user turn are read before the
 *                      utterance, after a separator ({@link ContextInput}; 0 = the utterance alone)
 * @param bigramBuckets size of a hashed character-bigram embedding table added to each character's
 *                      embedding (the bigram it starts), 0 = none
 * @param dialogState   {@code null} when the context is the previous turn's text; otherwise the context is
 *                      the dialog state ({@link DialogState}: the domain of the session's last task turn) and
 *                      this is the domain of turns that are not tasks, which leave the state as it was
 * @param wordBoundaries whether the backbone adds an embedding of each character's place in its word
 *                      ({@link WordBoundaries}: begin, middle, end, single)
 */
public record ModelConfig(int embedDim, int layers, int kernel, int maxLen, float dropout,
                          boolean entityTags, boolean asrSignals, int lstmHidden, int contextChars, int bigramBuckets,
                          String dialogState, boolean wordBoundaries) {

    /** A configuration whose context, if any, is the previous turn's text, without word boundaries. */
    public ModelConfig(int embedDim, int layers, int kernel, int maxLen, float dropout,
                       boolean entityTags, boolean asrSignals, int lstmHidden, int contextChars, int bigramBuckets) {
        this(embedDim, layers, kernel, maxLen, dropout, entityTags, asrSignals, lstmHidden, contextChars, bigramBuckets, null, false);
    }

    /** A configuration without bigram features. */
    public ModelConfig(int embedDim, int layers, int kernel, int maxLen, float dropout,
                       boolean entityTags, boolean asrSignals, int lstmHidden, int contextChars) {
        this(embedDim, layers, kernel, maxLen, dropout, entityTags, asrSignals, lstmHidden, contextChars, 0);
    }

    /** A configuration that reads the utterance alone. */
    public ModelConfig(int embedDim, int layers, int kernel, int maxLen, float dropout,
                       boolean entityTags, boolean asrSignals, int lstmHidden) {
        this(embedDim, layers, kernel, maxLen, dropout, entityTags, asrSignals, lstmHidden, 0);
    }

    public ModelConfig {
        if (embedDim < 8 || layers < 1 || kernel < 1 || kernel % 2 == 0 || maxLen < 4) {
            throw new IllegalArgumentException("bad model config " + embedDim + "/" + layers + "/" + kernel + "/" + maxLen);
        }
        if (lstmHidden != 0 && 2 * lstmHidden != embedDim) throw new IllegalArgumentException("2 x lstmHidden must equal embedDim");
        if (contextChars < 0 || contextChars >= maxLen) throw new IllegalArgumentException("contextChars must be in [0, maxLen)");
        if (bigramBuckets < 0) throw new IllegalArgumentException("bigramBuckets must be >= 0");
        if (dialogState != null && contextChars == 0) throw new IllegalArgumentException("a dialog state needs contextChars > 0");
    }

    /** Whether the context the model reads is the dialog state rather than the previous turn's text. */
    public boolean readsDialogState() {
        return dialogState != null;
    }

    /** The small default: 128-wide, 4 conv layers + BiLSTM, 48 chars, entity tags and recogniser signals on. */
    public static ModelConfig small() {
        return new ModelConfig(128, 4, 3, 48, 0.1f, true, true, 64);
    }
}
