/** The built-in skill catalog: {@link io.xiaobu.skills.builtin.BuiltinSkills} assembles every skill. */
package io.xiaobu.skills.builtin;
