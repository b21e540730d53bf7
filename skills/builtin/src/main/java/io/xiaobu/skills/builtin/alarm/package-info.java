/** Alarms, persisted per user: set, list, change, cancel. */
package io.xiaobu.skills.builtin.alarm;
