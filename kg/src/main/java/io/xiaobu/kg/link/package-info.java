/** Entity linking: alias automaton, pinyin matching for ASR errors, disambiguation and routing. */
package io.xiaobu.kg.link;
