/** Matching vectors on the shared NLU backbone: a learned projection of its sentence embedding for post–reply retrieval. */
package io.xiaobu.chat.matching;
