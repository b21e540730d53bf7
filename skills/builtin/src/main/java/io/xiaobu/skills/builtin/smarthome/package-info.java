/** Smart-home lights, air conditioners and cleaners: home control directives. */
package io.xiaobu.skills.builtin.smarthome;
