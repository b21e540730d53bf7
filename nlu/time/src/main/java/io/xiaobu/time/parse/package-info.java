/** Internal hand-written scanners that find and resolve each dimension; use {@link io.xiaobu.time.TimeNormalizer}. */
package io.xiaobu.time.parse;
