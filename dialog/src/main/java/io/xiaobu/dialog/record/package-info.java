/** Recording turns: maps a finished turn to the versioned turn event and hands it to the recorder. */
package io.xiaobu.dialog.record;
