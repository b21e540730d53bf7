/** Plain records of the graph model: entities, their types, relations and facts. */
package io.xiaobu.kg.model;
