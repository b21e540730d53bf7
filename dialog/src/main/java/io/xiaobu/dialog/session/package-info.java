/** Short-term dialogue state per session: bounded history, pending prompts, idle expiry. */
package io.xiaobu.dialog.session;
