/** The multitask NLU model in the pipeline: its intent hypotheses mapped to the product's skills. */
package io.xiaobu.dialog.model;
