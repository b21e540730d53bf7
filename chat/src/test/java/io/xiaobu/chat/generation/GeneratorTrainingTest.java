package io.xiaobu.chat.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Training lowers the reply loss; saved weights reload identically; IFD flags replies the post does not explain. */
class GeneratorTrainingTest {

    @Test
    void aTinyModelTrainedForAFewStepsLowersItsReplyLossAndReloadsIdentically() throws Exception {
        Path dir = TinyGenerator.trained();
        double[] loss = TinyGenerator.trainedLoss();
        assertThat(loss[1]).isLessThan(loss[0] * 0.5);
        try (GeneratorTraining reopened = GeneratorTraining.open(dir, TinyGenerator.schedule(1))) {
            assertThat(TinyGenerator.mean(reopened.replyLoss(TinyGenerator.PAIRS))).isCloseTo(loss[1], org.assertj.core.data.Offset.offset(1e-4));
        }
        try (GeneratorModel model = GeneratorModel.load(dir)) {
            List<GeneratedSample> s = model.sample(List.of("你好"), 4, Sampling.first(), new Random(1), step -> { });
            assertThat(s).hasSize(4).allSatisfy(x -> assertThat(x.meanLogProb()).isLessThanOrEqualTo(0));
            assertThat(s).anySatisfy(x -> assertThat(x.text()).isNotEmpty());
        }
    }

    @Test
    void ifdIsTheRatioOfTheConditionedLossToTheLossOfTheReplyAlone() throws Exception {
        try (GeneratorTraining run = GeneratorTraining.open(TinyGenerator.trained(), TinyGenerator.schedule(1))) {
            List<IfdCleaner.Scored> scored = IfdCleaner.score(run, TinyGenerator.PAIRS);
            IfdCleaner.Scored first = scored.getFirst();
            assertThat(first.ifd()).isCloseTo(first.conditioned() / first.alone(), org.assertj.core.data.Offset.offset(1e-9));
            IfdCleaner.Result all = IfdCleaner.clean(scored, 0.0, 1.0);
            assertThat(all.dropped()).hasSize(TinyGenerator.PAIRS.size());
            assertThat(IfdCleaner.clean(scored, 0.0, 0.5).dropped()).hasSize(3);       // the cap keeps half
            assertThat(IfdCleaner.clean(scored, 1e9, 1.0).dropped()).isEmpty();
        }
    }

    @Test
    void theContextIsCutFromTheLeftAndTheReplyEndsWithSep() {
        SequenceEncoder enc = new SequenceEncoder(TinyGenerator.vocab(), TinyGenerator.SETTINGS);
        int[] ctx = enc.context(List.of("你好你好你好你好", "早上好"));
        assertThat(ctx).hasSize(TinyGenerator.SETTINGS.maxContext());
        assertThat(ctx[ctx.length - 4]).isEqualTo(GenVocab.TURN);
        SequenceEncoder.Encoded e = enc.encode(new GenExample(List.of("晚安"), "晚安", "t"));
        assertThat(e.ids()).startsWith(GenVocab.CLS).endsWith(GenVocab.SEP);
        assertThat(e.segments()).containsExactly(0, 0, 0, 0, 1, 1, 1);
        assertThat(e.lossFrom()).isEqualTo(3);   // the first SEP predicts the first reply char
        assertThat(e.lossCount()).isEqualTo(3);  // 晚, 安, end
    }
}
