/** Knowledge-base question answering from a small set of parameterised query shapes. */
package io.xiaobu.kg.qa;
