/** Reminders, persisted per user: create, list, cancel. */
package io.xiaobu.skills.builtin.reminder;
