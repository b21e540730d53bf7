/** A hassil-style template grammar: data model, parser, compiled trie matcher, ranking and sampler. */
package io.xiaobu.nlu.grammar;
