/** Readers for the chat corpora (LCCC, KdConv, ChatterBot) and the project's own persona answers. */
package io.xiaobu.chat.corpus;
