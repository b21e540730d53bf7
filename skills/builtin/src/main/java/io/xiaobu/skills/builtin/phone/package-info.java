/** Phone calls, text messages, contacts and e-mail, using the device's address book. */
package io.xiaobu.skills.builtin.phone;
