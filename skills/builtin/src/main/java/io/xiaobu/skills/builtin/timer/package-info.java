/** Countdown timers, persisted per user: start, query, cancel. */
package io.xiaobu.skills.builtin.timer;
