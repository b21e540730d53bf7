/** Per-user long-term memory: extraction of self-statements, recall, update, forget (stored in Neo4j). */
package io.xiaobu.chat.memory;
