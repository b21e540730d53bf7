/** Candidate answers and the fusion ranker that picks one with the reference system's priors. */
package io.xiaobu.dialog.rank;
