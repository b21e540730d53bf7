/** Runs the Neo4j server of the embedded default in its own child JVM. */
package io.xiaobu.kg.server;
