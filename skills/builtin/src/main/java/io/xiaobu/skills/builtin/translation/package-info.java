/** Translation through the live-data provider (translate service). */
package io.xiaobu.skills.builtin.translation;
