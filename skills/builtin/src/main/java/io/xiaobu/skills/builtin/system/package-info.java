/** System control: wifi, bluetooth, brightness, volume, do-not-disturb, flashlight, screenshot. */
package io.xiaobu.skills.builtin.system;
