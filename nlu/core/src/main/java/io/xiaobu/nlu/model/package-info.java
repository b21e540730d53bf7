/** The multitask understanding model (one character-level backbone, many heads); DJL stays inside this package. */
package io.xiaobu.nlu.model;
