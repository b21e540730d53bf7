/** Evaluations of KBQA and entity linking on the public data sets, with latency percentiles. */
package io.xiaobu.kg.eval;
