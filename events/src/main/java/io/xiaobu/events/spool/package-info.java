/** An append-only, segmented, crash-tolerant on-disk FIFO of byte records with a committed read cursor. */
package io.xiaobu.events.spool;
