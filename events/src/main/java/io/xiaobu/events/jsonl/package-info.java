/** The default sink: a size- and day-rotated local JSON Lines log of turn events. */
package io.xiaobu.events.jsonl;
