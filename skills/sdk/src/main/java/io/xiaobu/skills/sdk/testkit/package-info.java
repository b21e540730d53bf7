/** Test helpers: drive a skill turn by turn and assert intent, slots, reply and directives. */
package io.xiaobu.skills.sdk.testkit;
