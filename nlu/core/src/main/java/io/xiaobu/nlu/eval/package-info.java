/** NLU metrics: intent/domain accuracy, exact-span slot F1, sentence accuracy, reject P/R/F1/EER, confusions. */
package io.xiaobu.nlu.eval;
