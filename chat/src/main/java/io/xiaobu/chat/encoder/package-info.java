/** A small dual encoder (char + hashed-bigram embeddings, mean pooling, projection) trained with DJL for reply matching. */
package io.xiaobu.chat.encoder;
