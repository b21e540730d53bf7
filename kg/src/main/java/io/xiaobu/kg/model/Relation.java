package io.xiaobu.kg.model;

/**
 * A directed edge between two entities, named by its Chinese predicate (演唱, 主演, 妻子, 属于 …).
 * Generic subject–predicate–object facts are relations too, their object being a {@link EntityType#THING}.
 */
public record Relation(String fromId, String predicate, String toId) {}
