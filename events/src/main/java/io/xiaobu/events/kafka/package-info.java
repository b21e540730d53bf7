/** The Kafka sink: turn events keyed by userId, written ahead to a disk spool and delivered in order. */
package io.xiaobu.events.kafka;
