/** The knowledge graph in the pipeline: entity links, knowledge-dependent routing, factoid answers. */
package io.xiaobu.dialog.knowledge;
