/** The versioned turn event ("xiaobu.turn/1"), its JSON codec, the sink contract and the asynchronous recorder. */
package io.xiaobu.events;
