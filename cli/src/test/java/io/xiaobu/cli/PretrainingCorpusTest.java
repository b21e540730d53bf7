package io.xiaobu.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** What the backbone is pretrained on: running text of the data dir, never an utterance a benchmark scores. */
class PretrainingCorpusTest {

    @Test
    void aScoredUtteranceNeverJoinsTheCorpusWhateverFileItComesFrom(@TempDir Path data) throws IOException {
        Path cais = Files.createDirectories(data.resolve("nlu/cais"));
        Files.writeString(cais.resolve("ch.train"), "放 O\n首 O\n歌 O\n\n讲 O\n个 O\n笑 O\n话 O\n", StandardCharsets.UTF_8);
        Files.writeString(cais.resolve("ch.valid"), "讲 O\n个 O\n笑 O\n话 O\n", StandardCharsets.UTF_8);
        Path lccc = Files.createDirectories(data.resolve("chat/lccc-toy"));
        Files.writeString(lccc.resolve("toy_train.txt"), "讲 个 笑 话\t好 呀\n", StandardCharsets.UTF_8);

        PretrainingCorpus corpus = PretrainingCorpus.collect(data, 48);

        assertThat(corpus.texts()).containsExactly("放首歌", "好呀");
        assertThat(corpus.bySource()).containsEntry("cais (train part)", 1).containsEntry("smp (train part)", 0);
    }

    @Test
    void longTextsAreCutAfterSentencesIntoPiecesTheBackboneReadsWhole() {
        assertThat(PretrainingCorpus.pieces("你好。今天天气不错！我们去公园吧", 8)).containsExactly("你好。", "今天天气不错！", "我们去公园吧");
        assertThat(PretrainingCorpus.pieces("一二。三四", 8)).containsExactly("一二。三四");
        assertThat(PretrainingCorpus.pieces("一二三四五六七八九十", 4)).containsExactly("一二三四", "五六七八", "九十");
        assertThat(PretrainingCorpus.pieces("", 4)).isEmpty();
    }

    @Test
    void catsluFourDomainKeepsTranscriptsWithCommasAndLeavesOutMapRows(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("train_man.csv");
        Files.writeString(csv, "wav_id,transcript,label\na,导航到哈尔滨,0\nb,唱首歌,1\nc,明天,后天天气$,3\n", StandardCharsets.UTF_8);
        assertThat(PretrainingCorpus.catslu4Domain(csv)).containsExactly("唱首歌", "明天,后天天气");
    }

    @Test
    void crossWozTurnsComeOutOfTheZip(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("val.json.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("val.json"));
            z.write("{\"1\":{\"messages\":[{\"content\":\"你好，帮我推荐一个景点\",\"role\":\"usr\"},{\"content\":\"故宫不错\",\"role\":\"sys\"}]}}"
                    .getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        assertThat(PretrainingCorpus.crossWoz(zip)).isEqualTo(List.of("你好，帮我推荐一个景点", "故宫不错"));
    }
}
