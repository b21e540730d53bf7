/** The pipeline's stages, one job each, and the small interfaces they reach other modules through. */
package io.xiaobu.dialog.stage;
