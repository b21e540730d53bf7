/** Three safety checks: the query, the candidate reply, and the query–reply pair. */
package io.xiaobu.chat.safety;
