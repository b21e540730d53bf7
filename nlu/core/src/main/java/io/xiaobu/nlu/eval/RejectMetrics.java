package io.xiaobu.nlu.eval;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Reject-detection quality, the reject class being positive: precision, recall and F1 at a threshold,
 * and the equal error rate (where the rate of wrongly rejected device-directed turns equals the rate of
 * accepted turns that should have been rejected).
 */
public record RejectMetrics(int n, int positives, double threshold, double precision, double recall, double f1, double eer) {

    public static RejectMetrics compute(boolean[] gold, double[] score, double threshold) {
        if (gold.length != score.length) throw new IllegalArgumentException("gold and score lengths differ");
        int tp = 0, fp = 0, fn = 0, pos = 0;
        for (int i = 0; i < gold.length; i++) {
            boolean p = score[i] >= threshold;
            if (gold[i]) pos++;
            if (p && gold[i]) tp++;
            else if (p) fp++;
            else if (gold[i]) fn++;
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new RejectMetrics(gold.length, pos, threshold, precision, recall, f1, eer(gold, score));
    }

    /** Equal error rate by sweeping the threshold over every score; NaN when one class is missing. */
    static double eer(boolean[] gold, double[] score) {
        int pos = 0;
        for (boolean g : gold) if (g) pos++;
        int neg = gold.length - pos;
        if (pos == 0 || neg == 0) return Double.NaN;
        Integer[] order = new Integer[gold.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble(i -> -score[i]));
        // threshold above everything: nothing rejected → miss rate 1, false-alarm rate 0
        int tp = 0, fp = 0;
        double best = Double.MAX_VALUE, eer = Double.NaN;
        for (int k = 0; k <= order.length; k++) {
            if (k == order.length || k == 0 || score[order[k]] != score[order[k - 1]]) {
                double miss = 1 - (double) tp / pos;
                double falseAlarm = (double) fp / neg;
                double gap = Math.abs(miss - falseAlarm);
                if (gap < best) {
                    best = gap;
                    eer = (miss + falseAlarm) / 2;
                }
            }
            if (k < order.length) {
                if (gold[order[k]]) tp++;
                else fp++;
            }
        }
        return eer;
    }
}
