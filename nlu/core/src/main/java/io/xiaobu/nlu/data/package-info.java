/** Readers that turn the public NLU datasets (SMP-ECDT, SMP2017, CAIS, NLPCC 2018, CATSLU) into {@link io.xiaobu.nlu.data.NluExample}s. */
package io.xiaobu.nlu.data;
