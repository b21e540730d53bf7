/** News headlines from the live-data provider. */
package io.xiaobu.skills.builtin.news;
