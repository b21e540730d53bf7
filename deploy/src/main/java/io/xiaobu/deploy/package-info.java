/** Mains that run the service's infrastructure (Neo4j, Kafka) in their own JVMs, bound to 127.0.0.1. */
package io.xiaobu.deploy;
