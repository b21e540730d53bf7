/** Weather forecasts from the live-data provider. */
package io.xiaobu.skills.builtin.weather;
