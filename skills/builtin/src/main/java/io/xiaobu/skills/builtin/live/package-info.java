/** Live-data provider interface and its HTTP client (weather, stocks, news, flights, trains). */
package io.xiaobu.skills.builtin.live;
