/** Text helpers for linking: width/case normalisation and pinyin. */
package io.xiaobu.kg.text;
