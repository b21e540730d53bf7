package io.xiaobu.nlu.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class IntentCalibrationTest {

    private static double[] softmax(double[] z, double t) {
        double[] p = new double[z.length];
        double max = Double.NEGATIVE_INFINITY, sum = 0;
        for (double v : z) max = Math.max(max, v / t);
        for (int i = 0; i < z.length; i++) sum += p[i] = Math.exp(z[i] / t - max);
        for (int i = 0; i < z.length; i++) p[i] /= sum;
        return p;
    }

    @Test
    void fitsTheTemperatureThatGeneratedTheLabels() {
        // a model reports softmax(z) while the truth is drawn from softmax(z / 2): it is over-confident by T = 2
        Random rnd = new Random(7);
        List<double[]> reported = new ArrayList<>();
        int[] gold = new int[6000];
        for (int n = 0; n < gold.length; n++) {
            double[] z = new double[6];
            for (int i = 0; i < z.length; i++) z[i] = rnd.nextGaussian() * 3;
            double[] truth = softmax(z, 2);
            double u = rnd.nextDouble(), acc = 0;
            int label = truth.length - 1;
            for (int i = 0; i < truth.length; i++) {
                acc += truth[i];
                if (u < acc) {
                    label = i;
                    break;
                }
            }
            reported.add(softmax(z, 1));
            gold[n] = label;
        }
        double t = IntentCalibration.fitTemperature(reported, gold);
        assertThat(t).isCloseTo(2.0, within(0.15));
        assertThat(IntentCalibration.nll(reported, gold, t)).isLessThan(IntentCalibration.nll(reported, gold, 1));
    }

    @Test
    void scalingSoftensWithoutReorderingAndStillSumsToOne() {
        double[] p = {0.90, 0.07, 0.03, 0.0};
        double[] soft = new IntentCalibration(2, Map.of()).apply(p);
        assertThat(soft[0]).isLessThan(0.90).isGreaterThan(soft[1]);
        assertThat(soft[1]).isGreaterThan(soft[2]).isGreaterThan(soft[3]);
        assertThat(soft[0] + soft[1] + soft[2] + soft[3]).isCloseTo(1, within(1e-12));
        // p^(1/2) normalised: 0.9^0.5 / (0.9^0.5 + 0.07^0.5 + 0.03^0.5 + ~0)
        assertThat(soft[0]).isCloseTo(Math.sqrt(0.9) / (Math.sqrt(0.9) + Math.sqrt(0.07) + Math.sqrt(0.03) + 1e-6), within(1e-6));
        assertThat(IntentCalibration.NONE.apply(p)).containsExactly(p).isNotSameAs(p);
    }

    @Test
    void aTemperatureOutsideTheSearchedRangeIsRefused() {
        assertThatThrownBy(() -> new IntentCalibration(0, Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IntentCalibration(Double.NaN, Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IntentCalibration.fitTemperature(List.of(), new int[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void savesIntoAModelFolderAndAFolderWithoutOneIsUncalibrated(@TempDir Path dir) throws IOException {
        assertThat(IntentCalibration.load(dir)).isEqualTo(IntentCalibration.NONE);
        new IntentCalibration(1.5, Map.of("n", 10)).save(dir);
        IntentCalibration back = IntentCalibration.load(dir);
        assertThat(back.temperature()).isEqualTo(1.5);
        assertThat(back.facts()).containsEntry("n", 10);
    }
}
