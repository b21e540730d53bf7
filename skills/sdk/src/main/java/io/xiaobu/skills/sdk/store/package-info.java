/** Per-user persistent skill data (alarms, reminders, calendar) behind a small store interface. */
package io.xiaobu.skills.sdk.store;
