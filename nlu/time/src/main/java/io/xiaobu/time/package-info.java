/** Chinese time, number and quantity normalisation: text + reference time in, typed mentions with spans out. */
package io.xiaobu.time;
