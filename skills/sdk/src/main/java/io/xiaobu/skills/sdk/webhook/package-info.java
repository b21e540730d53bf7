/** Remote skills over signed HTTPS webhooks: protocol codec, signing, URL policy, budget, retries, circuit breaker. */
package io.xiaobu.skills.sdk.webhook;
