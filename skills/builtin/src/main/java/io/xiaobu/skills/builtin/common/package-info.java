/** Shared helpers of built-in skills: intent dispatch, slot value parsing, Chinese formatting. */
package io.xiaobu.skills.builtin.common;
