/** Every Cypher statement of the project: schema, writes and parameterised reads. */
package io.xiaobu.kg.store;
