/** The assistant's knowledge graph: Neo4j store, import, entity linking and question answering. */
package io.xiaobu.kg;
