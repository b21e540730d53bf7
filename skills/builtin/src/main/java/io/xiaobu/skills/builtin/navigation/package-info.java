/** Routes, current position and nearby places: map directives. */
package io.xiaobu.skills.builtin.navigation;
