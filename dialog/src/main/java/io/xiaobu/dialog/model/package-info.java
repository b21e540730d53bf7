/** The multitask NLU model in the pipeline (its intent hypotheses as the product's skills) and the product model's training data. */
package io.xiaobu.dialog.model;
