/** Calendar events, persisted per user: create, query, change, cancel. */
package io.xiaobu.skills.builtin.calendar;
