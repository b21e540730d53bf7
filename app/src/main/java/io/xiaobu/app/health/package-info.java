/** Readiness checks, one class per part of the assistant. */
package io.xiaobu.app.health;
