/** Stock quotes from the live-data provider. */
package io.xiaobu.skills.builtin.stock;
