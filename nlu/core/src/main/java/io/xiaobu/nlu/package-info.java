/** Understanding an utterance: normalisation, rule grammar, the multitask model and their fusion. */
package io.xiaobu.nlu;
