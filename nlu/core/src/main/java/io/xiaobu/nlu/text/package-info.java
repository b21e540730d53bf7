/** Lossless text normalisation: a chain of tiny filters that keep a map back to the original text. */
package io.xiaobu.nlu.text;
