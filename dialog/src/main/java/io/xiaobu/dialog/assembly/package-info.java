/** Puts the real parts together into an {@link io.xiaobu.dialog.Assistant}, from plain settings. */
package io.xiaobu.dialog.assembly;
