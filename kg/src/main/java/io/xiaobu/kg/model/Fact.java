package io.xiaobu.kg.model;

/**
 * An open-domain fact whose subject and object are plain names (NLPCC 2016, KdConv): the store turns the
 * subject into a linkable entity and the object into a value node.
 */
public record Fact(String subject, String predicate, String object, EntityType subjectType) {}
