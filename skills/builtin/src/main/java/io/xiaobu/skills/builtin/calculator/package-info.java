/** Arithmetic and unit conversion, computed. */
package io.xiaobu.skills.builtin.calculator;
