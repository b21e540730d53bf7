/** Generic dialogue work around handlers: slot filling, confirmation, follow-ups, interceptors. */
package io.xiaobu.skills.sdk.runtime;
