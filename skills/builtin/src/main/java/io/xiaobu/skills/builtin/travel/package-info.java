/** Flight and train timetables from the live-data provider. */
package io.xiaobu.skills.builtin.travel;
