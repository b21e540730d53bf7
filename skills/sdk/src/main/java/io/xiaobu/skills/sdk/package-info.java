/** The skill developer contract: handler API, request and response, directives and interceptors. */
package io.xiaobu.skills.sdk;
