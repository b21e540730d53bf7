/** Infrastructure processes for one machine (Kafka broker, Neo4j server), each in its own JVM on 127.0.0.1. */
package io.xiaobu.deploy;
