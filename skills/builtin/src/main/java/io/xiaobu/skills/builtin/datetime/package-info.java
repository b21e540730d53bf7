/** Date, time, weekday, lunar date, festival and almanac questions, computed. */
package io.xiaobu.skills.builtin.datetime;
