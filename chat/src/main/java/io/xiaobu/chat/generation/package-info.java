/** The generative chat model: a small UniLM-style transformer trained with DJL, IFD cleaning, 1-vs-N decoding. */
package io.xiaobu.chat.generation;
