/** Fusion of rule-grammar and model hypotheses into one ranked, calibrated list with explicit uncertainty. */
package io.xiaobu.nlu.fusion;
