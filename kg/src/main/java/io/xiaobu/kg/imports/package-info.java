/** Importers that read the public data sets and the starter graph into Neo4j, batched and idempotent. */
package io.xiaobu.kg.imports;
