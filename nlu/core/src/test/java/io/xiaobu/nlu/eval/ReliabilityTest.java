package io.xiaobu.nlu.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ReliabilityTest {

    @Test
    void confidencesThatMatchTheirAccuracyHaveNoCalibrationError() {
        // ten predictions at 0.85, eight-and-a-half right is impossible, so: twenty at 0.85 with seventeen right
        double[] conf = new double[20];
        boolean[] right = new boolean[20];
        for (int i = 0; i < 20; i++) {
            conf[i] = 0.85;
            right[i] = i < 17;
        }
        Reliability r = Reliability.of(conf, right, 10);
        assertThat(r.ece()).isCloseTo(0, within(1e-9));
        assertThat(r.bins().get(8).n()).isEqualTo(20);
        assertThat(r.bins().get(8).accuracy()).isCloseTo(0.85, within(1e-9));
    }

    @Test
    void aModelSureOfEverythingButRightHalfTheTimeIsOverConfidentByHalf() {
        double[] conf = {0.99, 0.99, 0.99, 0.99};
        boolean[] right = {true, false, true, false};
        Reliability r = Reliability.of(conf, right, 10);
        assertThat(r.ece()).isCloseTo(0.49, within(1e-9));
        assertThat(r.overconfidence()).isCloseTo(0.49, within(1e-9));
    }

    @Test
    void eceWeighsEachBinByItsSize() {
        // three right at 0.95 (gap 0.05) and one wrong at 0.25 (gap 0.25): (3·0.05 + 1·0.25) / 4
        Reliability r = Reliability.of(new double[]{0.95, 0.95, 0.95, 0.25}, new boolean[]{true, true, true, false}, 10);
        assertThat(r.ece()).isCloseTo(0.1, within(1e-9));
        assertThat(r.overconfidence()).isCloseTo((0.95 * 3 + 0.25) / 4 - 0.75, within(1e-9));
    }

    @Test
    void confidenceOneLandsInTheTopBinAndUnscoredPredictionsAreSkipped() {
        Reliability r = Reliability.of(new double[]{1.0, Double.NaN, 1.7}, new boolean[]{true, false, true}, 10);
        assertThat(r.n()).isEqualTo(2);
        assertThat(r.bins().get(9).n()).isEqualTo(2);
        assertThat(r.ece()).isCloseTo(0, within(1e-9));
        assertThat(r.format()).contains("0.90-1.00").contains("ECE 0.0000");
    }

    @Test
    void noPredictionsHaveNoErrorToReportAndMismatchedInputsAreRefused() {
        assertThat(Reliability.of(new double[0], new boolean[0], 10).ece()).isNaN();
        assertThatThrownBy(() -> Reliability.of(new double[2], new boolean[1], 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Reliability.of(new double[1], new boolean[1], 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDiagramIsAStandaloneSvgWithOneDotPerFilledBinAndTheEceInItsLegend() throws Exception {
        Reliability over = Reliability.of(new double[]{0.95, 0.95, 0.75, 0.35}, new boolean[]{true, false, true, false}, 10);
        Reliability fine = Reliability.of(new double[]{0.85, 0.85}, new boolean[]{true, true}, 10);
        String svg = ReliabilityDiagram.svg("intent <confidence>", java.util.List.of(
                new ReliabilityDiagram.Series("before", over, "#c00"), new ReliabilityDiagram.Series("after", fine, "#00c")));
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(svg).startsWith("<svg").contains("intent &lt;confidence&gt;");
        assertThat(svg.split("<circle", -1)).hasSize(1 + 3 + 1);
        assertThat(svg).contains(String.format(java.util.Locale.ROOT, "before — ECE %.4f", over.ece())).contains("after — ECE 0.1500");
    }
}
